import { guessMapping } from "../../src/engine/importMapping";
import { planImport } from "../../src/engine/importRows";
import { addInitiatives } from "../../src/excel/addInitiatives";
import { createBarStore } from "../../src/excel/barStore";
import { LOG_EVENTS, readChangeLog } from "../../src/excel/changeLog";
import { readSourceRange } from "../../src/excel/readSourceRange";
import { TABLE_KEYS, TABLE_NAMES } from "../../src/excel/schema";
import { SEED_002_SETTINGS } from "../../src/excel/seed002";
import { CODE_WORDS } from "../../src/i18n/codeWords";
import { IMPORT_WORDS } from "../../src/i18n/importWords";
import { mockContext } from "../support/officeMock";
import { readWith, setUpFake, stampBy, tableCells } from "../support/fakeExcel";
import type { SourceGrid } from "../../src/engine/importMapping";

const YEARS = [2021, 2022, 2023, 2024];
const ROWS = 5000;

/** A sheet of `ROWS` initiatives as an analyst keeps them: Danish header, amounts as numbers and "-". */
function sheetRows(): (string | number)[][] {
  const header = ["Navn", "Myndighedsområde", "Status", "2021", "2022", "2023", "2024"];
  const rows = Array.from({ length: ROWS }, (_, at) => [
    `Initiativ ${at + 1}`,
    ["Børn og Familie", "Psykiatri/Misbrug", "Voksenhandicap"][at % 3],
    at % 2 === 0 ? "Skønnet" : "Idé",
    at % 2 === 0 ? -at : "-",
    at % 2 === 0 ? -2 * at : "-",
    "-",
    at % 2 === 0 ? -3 * at : "-",
  ]);
  return [header, ...rows];
}

function planOf(grid: SourceGrid) {
  const { mapping } = guessMapping(grid, IMPORT_WORDS, YEARS);
  return planImport(grid, mapping, {
    years: YEARS,
    existing: [],
    vocabulary: IMPORT_WORDS,
    codeWords: CODE_WORDS,
  });
}

describe("importing 5,000 rows from a sheet", () => {
  it("takes at most three syncs against office-addin-mock, reading the source included", async () => {
    const { workbook } = await setUpFake({ example: false, settings: SEED_002_SETTINGS });
    const tables = Object.fromEntries(
      TABLE_KEYS.map((key) => [TABLE_NAMES[key], tableCells(workbook, TABLE_NAMES[key])]),
    );
    const { context } = mockContext(tables, { source: { address: "Ark1!A1:G5001", values: sheetRows() } });
    const sync = jest.spyOn(context, "sync");
    const read = await readSourceRange(context, "Ark1!A1:G5001");
    if (read.status !== "read") throw new Error(read.status);
    const plan = planOf(read.grid);
    const added = await addInitiatives(context, plan.initiatives, YEARS, stampBy("Bo"), {
      readableIds: plan.readableIds,
    });
    expect([added.status, plan.initiatives.length]).toEqual(["added", ROWS]);
    expect(sync.mock.calls.length).toBeLessThanOrEqual(3);
  }, 30000);

  it("takes three syncs through the store in the in-memory workbook, strict as Excel on the web, as one undo step", async () => {
    const { client } = await setUpFake({ example: false, settings: SEED_002_SETTINGS });
    const store = createBarStore({ run: client.run, user: () => "Bo", mergeUndoGroup: true });
    await store.read();
    client.workbook.model.addSheet("Ark1");
    client.type("Ark1!A1:G5001", sheetRows());
    client.select("Ark1!A1:G5001");
    const before = { contexts: client.contexts.length, undo: client.undo.steps.length };

    const read = await store.readRange("selection");
    if (read.status !== "read") throw new Error(read.status);
    const plan = planOf(read.grid);
    const added = await store.addInitiatives(plan.initiatives, { readableIds: plan.readableIds });

    const syncs = client.contexts.slice(before.contexts).map((context) => context.syncCount);
    expect(syncs.reduce((sum, count) => sum + count, 0)).toBeLessThanOrEqual(3);
    expect([added.status, client.undo.steps.length - before.undo]).toEqual(["added", 1]);
  }, 30000);

  it("logs every imported initiative as created, with readable ids", async () => {
    const { client } = await setUpFake({ example: false, settings: SEED_002_SETTINGS });
    const store = createBarStore({ run: client.run, user: () => "Bo" });
    client.workbook.model.addSheet("Ark1");
    client.type("Ark1!A1:G11", sheetRows().slice(0, 11));
    const read = await store.readRange("Ark1!A1:G11");
    if (read.status !== "read") throw new Error(read.status);
    await store.addInitiatives(planOf(read.grid).initiatives, { readableIds: true });
    const log = await client.run((context) => readChangeLog(context));
    const created = log.filter((entry) => entry.field === LOG_EVENTS.created);
    const data = await readWith(client);
    expect([created.length, data.initiatives.map((line) => line.id).slice(0, 2)]).toEqual([
      10,
      ["I-0001", "I-0002"],
    ]);
  });
});
