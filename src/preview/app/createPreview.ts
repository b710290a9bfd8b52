import type { CellValue } from "../../engine/workbookProblem";
import { parseAddress, quoteSheet } from "../../excel/a1";
import { createBarStore } from "../../excel/barStore";
import { FakeWorkbook, type FakeExcelClient } from "../officeFake/fakeExcel";
import type { SheetBlock } from "../officeFake/workbookModel";
import { generateInitiatives } from "./generateInitiatives";
import type { PreviewOptions } from "./previewOptions";

/**
 * `window.barPreview`: the preview's workbook, for browser tests, demos and the pane's
 * Office stand-in. Sheets and ranges are given as in Excel: `values("BAR Status", "B14:E15")`.
 */
export type BarPreview = {
  /** Settles when the workbook is set up (the seed, and generated initiatives if asked for). */
  ready: Promise<void>;
  workbook: FakeWorkbook;
  /** Evaluated values, as `range.values` gives them. */
  values(sheet: string, a1Range: string): CellValue[][];
  /** Formulas where there are formulas, values elsewhere, as `range.formulas` gives them. */
  formulas(sheet: string, a1Range: string): CellValue[][];
  sheetNames(): string[];
  /** A second Excel instance on the same workbook (one per name): its changes reach the pane as Remote. */
  coAuthor(name: string): FakeExcelClient;
  /** Types into one cell as the user of the pane's Excel would: the pane hears a Local change. */
  typeInto(sheet: string, a1: string, value: CellValue): void;
  /** Selects cells as the user of the pane's Excel would (what "Use selection" reads): `select("Ark1", "A1:E14")`. */
  select(sheet: string, a1: string): void;
  /** The client the task pane's `Excel.run` uses; a reloaded pane gets a new one and the old one is closed. */
  connectPane(): FakeExcelClient;
  /** The pane's client once connected: what each of its Excel.run did (syncs, payloads), for tests. */
  paneClient(): FakeExcelClient | null;
};

/** The name of a new workbook's first sheet in Office's language. */
const FIRST_SHEET: Record<PreviewOptions["language"], string> = { "da-DK": "Ark1", "en-US": "Sheet1" };

/**
 * Makes the preview's workbook: a first empty sheet as a new workbook has, then (unless
 * `workbook=empty`) the seed 002 example set up through the store, with generated
 * initiatives added through the store too, and HyperFormula bound for the formulas.
 * HyperFormula is most of the page's code: it loads while the workbook is set up.
 */
export function createPreview(options: PreviewOptions): BarPreview {
  const workbook = new FakeWorkbook();
  const model = workbook.model;
  model.addSheet(FIRST_SHEET[options.language]);
  const evaluating = import(
    /* webpackChunkName: "hyperformula" */ "../hyperformula/hyperFormulaEvaluator"
  ).then(({ bindHyperFormula }) => bindHyperFormula(model));
  const host = workbook.createClient("Excel");
  const coAuthors = new Map<string, FakeExcelClient>();
  let pane: FakeExcelClient | null = null;

  const blockOf = (sheet: string, a1Range: string): SheetBlock => {
    const found = model.sheetByName(sheet);
    const block = parseAddress(a1Range, sheet);
    if (!found) throw new Error(`The preview's workbook has no sheet "${sheet}".`);
    if (!block) throw new Error(`"${a1Range}" is not an A1 range.`);
    return { ...block, sheetId: found.id };
  };

  return {
    ready: Promise.all([setUp(host, options), evaluating]).then(() => undefined),
    workbook,
    values: (sheet, a1Range) => {
      const block = blockOf(sheet, a1Range);
      return model.readBlock(block, (row, column) => model.valueAt(block.sheetId, row, column));
    },
    formulas: (sheet, a1Range) => {
      const block = blockOf(sheet, a1Range);
      return model.readBlock(block, (row, column) => {
        const cell = model.cell(block.sheetId, row, column);
        return cell?.formula ?? cell?.value ?? "";
      });
    },
    sheetNames: () => model.sheets.map((sheet) => sheet.name),
    coAuthor: (name) => {
      const client = coAuthors.get(name) ?? workbook.createClient(name);
      coAuthors.set(name, client);
      return client;
    },
    typeInto: (sheet, a1, value) => (pane ?? host).type(`${quoteSheet(sheet)}!${a1}`, [[value]]),
    select: (sheet, a1) => (pane ?? host).select(`${quoteSheet(sheet)}!${a1}`),
    connectPane: () => {
      if (pane) workbook.closeClient(pane);
      pane = workbook.createClient("pane");
      return pane;
    },
    paneClient: () => pane,
  };
}

/** Sets the workbook up through the store, as the pane's "Set up" does. */
async function setUp(client: FakeExcelClient, options: PreviewOptions): Promise<void> {
  if (options.workbook === "empty") return;
  const store = createBarStore({ run: client.run, user: () => options.user ?? "BAR" });
  const setUpResult = await store.setUp({ example: true });
  if (setUpResult.problems.length > 0) {
    throw new Error(`Setting up the seed workbook failed: ${JSON.stringify(setUpResult.problems)}`);
  }
  if (options.initiatives === 0) return;
  const { years } = await store.read();
  const added = await store.addInitiatives(generateInitiatives(options.initiatives, years));
  if (added.status !== "added") {
    throw new Error(`Adding ${options.initiatives} initiatives failed: ${added.status}`);
  }
}
