import {
  DetailedCellError,
  HyperFormula,
  type CellValue as HfValue,
  type RawCellContent,
} from "hyperformula";
import type { CellValue } from "../../engine/workbookProblem";
import { SHEET_LIMITS } from "../../excel/a1";
import type { CellChange, FormulaEvaluator } from "../officeFake/formulaEvaluator";
import type { WorkbookModel } from "../officeFake/workbookModel";
import { registerBarFunctions } from "./barFunctionPlugin";
import { BAR_FUNCTIONS, BAR_FUNCTION_TRANSLATIONS } from "./barFunctions";

/** Formulas as Office.js writes them (en-US: "," between arguments, "." for decimals), on Excel's grid. */
const CONFIG = {
  licenseKey: "gpl-v3",
  language: "enGB",
  functionArgSeparator: ",",
  decimalSeparator: ".",
  thousandSeparator: "",
  maxRows: SHEET_LIMITS.rows,
  maxColumns: SHEET_LIMITS.columns,
  // Every write is mirrored here; an undo stack would only cost memory and time.
  undoLimit: 0,
  // Excel has dynamic arrays: a function given a range where it takes one value, such as
  // IFNA(BAR.SCENARIO(…);0), works on each value and spills the result
  // (docs/excel/excel-add-ins-ranges-dynamic-arrays.md). HyperFormula does so in this mode.
  useArrayArithmetic: true,
} as const;

/** The fake workbook's formulas evaluated by HyperFormula; `hf` is open for tests. */
export type HyperFormulaBinding = { hf: HyperFormula; evaluator: FormulaEvaluator };

/** Registers the BAR functions (English names) once per page or test file. */
function registerOnce(): void {
  if (HyperFormula.getRegisteredFunctionNames("enGB").includes("BAR.CARRYFORWARD")) return;
  registerBarFunctions(BAR_FUNCTIONS, { enGB: BAR_FUNCTION_TRANSLATIONS.enGB });
}

/**
 * Plugs HyperFormula, with the BAR functions registered as Excel calls them, into the fake
 * workbook's evaluator hook: the cells there now are copied in, every later change is
 * mirrored, and formulas read through Office.js (`range.values`) show HyperFormula's
 * results, spills included. Formulas are English with "," as Office.js writes them.
 *
 * Changes reach HyperFormula when a formula is next read, not when they are made: setting
 * up 5,000 initiatives then costs nothing here until someone reads a formula, and a sheet
 * without formulas (where nothing can spill) is never waited for.
 */
export function bindHyperFormula(model: WorkbookModel): HyperFormulaBinding {
  registerOnce();
  const sheets = Object.fromEntries(model.sheets.map((sheet) => [sheet.name, [] as RawCellContent[][]]));
  const hf = HyperFormula.buildFromSheets(sheets, CONFIG);
  const pending: (readonly CellChange[])[] = [];
  const formulaCells = new Map<string, Set<number>>();
  const catchUp = () => {
    if (pending.length === 0) return;
    const changes = pending.flat();
    pending.length = 0;
    writeChanges(hf, changes);
  };
  const address = (sheet: string, row: number, column: number) => {
    catchUp();
    const id = hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`HyperFormula has no sheet "${sheet}".`);
    return { sheet: id, row, col: column };
  };
  const evaluator: FormulaEvaluator = {
    evaluate: (_formula, at) => toCellValue(hf.getCellValue(address(at.sheet, at.row, at.column)), 0),
    spillValueAt: (at) => {
      // A spill stays on its formula's sheet: without formulas there, nothing spills into it.
      if (!formulaCells.get(at.sheet)?.size) return undefined;
      const value = hf.getCellValue(address(at.sheet, at.row, at.column));
      return value === null ? undefined : toCellValue(value, "");
    },
    cellsChanged: (changes) => {
      pending.push(changes);
      noteFormulas(formulaCells, changes);
    },
    sheetAdded: (name) => {
      if (!hf.doesSheetExist(name)) hf.addSheet(name);
    },
    sheetRenamed: (from, to) => {
      hf.renameSheet(address(from, 0, 0).sheet, to);
      const cells = formulaCells.get(from);
      formulaCells.delete(from);
      if (cells) formulaCells.set(to, cells);
    },
  };
  const existing: CellChange[] = model.sheets.flatMap((sheet) =>
    [...sheet.cells].map(([key, cell]) => ({
      sheet: sheet.name,
      row: Math.floor(key / SHEET_LIMITS.columns),
      column: key % SHEET_LIMITS.columns,
      value: cell.value,
      formula: cell.formula,
    })),
  );
  writeChanges(hf, existing);
  model.evaluator = evaluator;
  return { hf, evaluator };
}

/** Keeps, per sheet, which cells hold formulas. */
function noteFormulas(formulaCells: Map<string, Set<number>>, changes: readonly CellChange[]): void {
  for (const change of changes) {
    const key = change.row * SHEET_LIMITS.columns + change.column;
    const cells = formulaCells.get(change.sheet);
    if (change.formula !== null) {
      if (cells) cells.add(key);
      else formulaCells.set(change.sheet, new Set([key]));
    } else cells?.delete(key);
  }
}

/**
 * What HyperFormula should hold for a fake cell. Text always gets HyperFormula's text prefix
 * ("'"), so text that looks like a number or formula stays text; "" is an empty cell, as
 * Excel clears a cell written with "" (anything else would block spills).
 */
export function toRawContent(value: CellValue, formula: string | null): RawCellContent {
  if (formula !== null) return formula;
  if (value === "") return null;
  return typeof value === "string" ? `'${value}` : value;
}

/** A HyperFormula value as Office.js gives it: errors as their code ("#SPILL!"), empty as `empty`. */
function toCellValue(value: HfValue, empty: CellValue): CellValue {
  if (value instanceof DetailedCellError) return value.value;
  if (value === null || value === undefined) return empty;
  return value as CellValue;
}

/** A rectangle of changes, top-left first, as one `setCellContents` call takes them. */
type Block = { sheet: string; row: number; column: number; contents: RawCellContent[][] };

/**
 * Writes changes into HyperFormula in rectangles (a range write arrives cell by cell, row
 * by row): one `setCellContents` per rectangle is far faster than one per cell, and many
 * rectangles are written with evaluation suspended.
 */
function writeChanges(hf: HyperFormula, changes: readonly CellChange[]): void {
  const blocks = toBlocks(changes);
  const write = () => {
    for (const block of blocks) {
      const id = hf.getSheetId(block.sheet);
      if (id === undefined) continue; // A sheet deleted since; the fake cannot delete sheets yet.
      hf.setCellContents({ sheet: id, row: block.row, col: block.column }, block.contents);
    }
  };
  if (blocks.length <= 1) return write();
  hf.suspendEvaluation();
  try {
    write();
  } finally {
    hf.resumeEvaluation();
  }
}

/** Groups changes into rectangles, keeping their order so a later change to a cell still wins. */
export function toBlocks(changes: readonly CellChange[]): Block[] {
  const blocks: Block[] = [];
  let run: Block | null = null;
  const close = () => {
    if (!run) return;
    const last = blocks[blocks.length - 1];
    const width = run.contents[0].length;
    const continues =
      last &&
      last.sheet === run.sheet &&
      last.column === run.column &&
      last.contents[0].length === width &&
      last.row + last.contents.length === run.row;
    if (continues) last.contents.push(run.contents[0]);
    else blocks.push(run);
    run = null;
  };
  for (const change of changes) {
    const content = toRawContent(change.value, change.formula);
    const current: Block | null = run;
    if (
      current &&
      current.sheet === change.sheet &&
      current.row === change.row &&
      current.column + current.contents[0].length === change.column
    ) {
      current.contents[0].push(content);
      continue;
    }
    close();
    run = { sheet: change.sheet, row: change.row, column: change.column, contents: [[content]] };
  }
  close();
  return blocks;
}
