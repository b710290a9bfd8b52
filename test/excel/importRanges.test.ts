import { guessMapping } from "../../src/engine/importMapping";
import { planImport } from "../../src/engine/importRows";
import type { CellValue } from "../../src/engine/workbookProblem";
import { createBarStore } from "../../src/excel/barStore";
import { TABLE_NAMES } from "../../src/excel/schema";
import { SEED_002_SETTINGS } from "../../src/excel/seed002";
import { CODE_WORDS } from "../../src/i18n/codeWords";
import { IMPORT_WORDS } from "../../src/i18n/importWords";
import { describeEachHost, readWith, setUpFake, tableCells } from "../support/fakeExcel";

/**
 * Seed 000's way of writing the future, in mio. kr., as an analyst types it into Excel: the
 * documents' short form, the word forms (a leading minus behind Excel's apostrophe), the
 * unknown, and a plain number.
 */
const SHEET: CellValue[][] = [
  ["Kommende udfordringer (mio. kr.)", "", "", "", "", ""],
  ["Navn", "Myndighedsområde", "2021", "2022", "2023", "2024"],
  ["Demografi", "Børn og Familie", "7,5-14,5", "0-20", "ukendt p.t.", -1.5],
  ["Takster", "Voksenhandicap", "'-1,5 til -0,9", "'-1.5 to -0.9", "-", "'-2,5 til -1,5"],
];

/** The ranges above in 1.000 kr., as BAR keeps them. */
const IMPORTED = [
  {
    2021: { low: 7500, high: 14500 },
    2022: { low: 0, high: 20000 },
    2023: "notEstimated",
    2024: -1500,
  },
  {
    2021: { low: -1500, high: -900 },
    2022: { low: -1500, high: -900 },
    2023: "notEstimated",
    2024: { low: -2500, high: -1500 },
  },
];

/** The sheet on Ark1 of an empty BAR workbook (2021–2024), imported through the store as the pane does. */
async function importSheet() {
  const { workbook, client } = await setUpFake({ example: false, settings: SEED_002_SETTINGS });
  const store = createBarStore({ run: client.run, user: () => "Anna", mergeUndoGroup: true });
  const before = await store.read();
  workbook.model.addSheet("Ark1");
  client.type("Ark1!A1:F4", SHEET);
  client.select("Ark1!A1:F4");
  const start = { contexts: client.contexts.length, undo: client.undo.steps.length };
  const read = await store.readRange("selection");
  if (read.status !== "read") throw new Error(read.status);
  const plan = planImport(read.grid, guessMapping(read.grid, IMPORT_WORDS, before.years).mapping, {
    years: before.years,
    existing: before.initiatives,
    vocabulary: IMPORT_WORDS,
    codeWords: CODE_WORDS,
  });
  const added = await store.addInitiatives(plan.initiatives, { readableIds: plan.readableIds });
  const syncs = client.contexts.slice(start.contexts).reduce((sum, context) => sum + context.syncCount, 0);
  const undoSteps = client.undo.steps.length - start.undo;
  return { workbook, client, plan, added, syncs, undoSteps };
}

describeEachHost("importing year cells that hold ranges", () => {
  it("plans both rows with their ranges in 1.000 kr. and no problem", async () => {
    const { plan } = await importSheet();
    expect([plan.initiatives.map((line) => line.effects), plan.rows.flatMap((row) => row.problems)]).toEqual([
      IMPORTED,
      [],
    ]);
  });

  it("reads the same ranges back from the workbook", async () => {
    const { added, client } = await importSheet();
    const data = await readWith(client);
    expect([added.status, data.initiatives.map((line) => line.effects)]).toEqual(["added", IMPORTED]);
  });

  it("writes each range as text in BAR's Danish notation, so every pane reads it exactly", async () => {
    const { workbook } = await importSheet();
    const [header, ...rows] = tableCells(workbook, TABLE_NAMES.initiatives) as [string[], ...CellValue[][]];
    const years = ["2021", "2022", "2023", "2024"].map((year) => header.indexOf(year));
    // An empty table keeps Excel's one blank row above the imported ones.
    const named = rows.filter((row) => row[header.indexOf("Name")] !== "");
    expect(named.map((row) => years.map((at) => row[at]))).toEqual([
      ["7.500 til 14.500", "0 til 20.000", "-", -1500],
      ["-1.500 til -900", "-1.500 til -900", "-", "-2.500 til -1.500"],
    ]);
  });

  it("finds no problem in the table after the import", async () => {
    const { client } = await importSheet();
    const data = await readWith(client);
    expect(data.problems.filter((problem) => "table" in problem)).toEqual([]);
  });

  it("takes no more round trips than an import of amounts: three, as one undo step", async () => {
    const { syncs, undoSteps } = await importSheet();
    expect([syncs <= 3, undoSteps]).toEqual([true, 1]);
  });
});
