import type { Initiative } from "../../src/engine/initiative";
import { linkMeasure } from "../../src/excel/linkMeasure";
import { isOwnBurst, type OwnWrite } from "../../src/excel/ownWrite";
import { confirmsOwnWrites, readOwnWrites, settleOwnWrites } from "../../src/excel/settleOwnWrites";
import { saveInitiative, type InitiativeEdit } from "../../src/excel/saveInitiative";
import { TABLE_NAMES } from "../../src/excel/schema";
import type { WorkbookData } from "../../src/excel/toWorkbookData";
import { watchWorkbook, type WorkbookChange } from "../../src/excel/watchWorkbook";
import { withOwnWrite } from "../../src/excel/withOwnWrite";
import type { FakeExcelClient } from "../../src/preview/officeFake/fakeExcel";
import { describeEachHost, readWith, setUpFake, stampBy } from "../support/fakeExcel";

// The pane shows its own save from what the save read back, and skips the read its change
// events would cause only when they are its own (ownWrite.ts). Every test compares with a
// full read of the workbook: the patch must be exactly what the pane would have read.

const DEBOUNCE_MS = 5;
const YEARS = [2021, 2022, 2023, 2024];

beforeEach(() => {
  jest.useFakeTimers();
});

afterEach(() => {
  jest.useRealTimers();
});

async function watching(client: FakeExcelClient) {
  const changes: WorkbookChange[] = [];
  await client.run((context) =>
    watchWorkbook(context, (change) => changes.push(change), { debounceMs: DEBOUNCE_MS }),
  );
  return changes;
}

/** Seed 002 with a second Excel (Bo) on it, Anna's Excel watching, and what her pane read. */
async function workbookRead() {
  const { workbook, client: anna } = await setUpFake();
  const bo = workbook.createClient("Bo");
  const changes = await watching(anna);
  const data = await readWith(anna);
  return { workbook, anna, bo, changes, data };
}

async function save(client: FakeExcelClient, data: WorkbookData, edit: InitiativeEdit): Promise<OwnWrite> {
  const result = await client.run((context) => saveInitiative(context, edit, data.years, stampBy("Anna")));
  if (result.status !== "saved") throw new Error(`not saved: ${result.status}`);
  return result.written;
}

/** Saves a new owner for Kontraktgrundlag: the save most tests start from. */
const saveOwner = (client: FakeExcelClient, data: WorkbookData) =>
  save(client, data, { base: named(data, "Kontraktgrundlag"), changes: { owner: "Bo" } });

/** Whether the rows read back now confirm what the pane patched in after `written`. */
async function confirmed(client: FakeExcelClient, written: OwnWrite, data: WorkbookData): Promise<boolean> {
  const check = await client.run((context) => readOwnWrites(context, [written]));
  return confirmsOwnWrites([written], check, withOwnWrite(data, written) as WorkbookData);
}

const named = (data: WorkbookData, name: string) =>
  data.initiatives.find((initiative) => initiative.name === name) as Initiative;

const EDITS: [string, InitiativeEdit["changes"]][] = [
  ["the owner", { owner: "Anna Holm" }],
  ["a year's amount, in decimals", { effects: { 2022: -1257.25 } }],
  ["a range", { effects: { 2023: { low: -1500, high: -900 } } }],
  ["a year not estimated after all", { effects: { 2022: -720 } }],
  ["the status and the note", { status: "decided", note: "Vedtaget i udvalget" }],
  ["the focus area", { focusArea: "closure" }],
];

describeEachHost("the pane's own save, shown without a read", () => {
  it.each(EDITS)("gives what a full read gives after a save of %s", async (_, changes) => {
    const { anna, data } = await workbookRead();
    const written = await save(anna, data, { base: named(data, "Kontraktgrundlag"), changes });
    expect(withOwnWrite(data, written)).toEqual(await readWith(anna));
  });

  it("gives what a full read gives when the table's header has a problem of its own (a renamed column)", async () => {
    const { anna } = await workbookRead();
    anna.type("BAR!N1", [["Notat"]]);
    const data = await readWith(anna);
    expect(data.problems).toEqual([expect.objectContaining({ key: "columnMissing", column: "Note" })]);
    const written = await saveOwner(anna, data);
    expect(withOwnWrite(data, written)).toEqual(await readWith(anna));
  });

  it("knows the change events of its save as its own, and reads back what it wrote", async () => {
    const { anna, changes, data } = await workbookRead();
    const written = await saveOwner(anna, data);
    await jest.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect([changes.length, isOwnBurst(changes[0], [written])]).toEqual([1, true]);
    expect(await confirmed(anna, written, data)).toBe(true);
  });

  it("reads again when the user typed into a cell the save wrote before its events came", async () => {
    const { anna, changes, data } = await workbookRead();
    const written = await saveOwner(anna, data);
    // The address says nothing here: the cell is one the save wrote. Reading it back does.
    anna.type(written.cells[0], [["Carl"]]);
    await jest.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(isOwnBurst(changes[0], [written])).toBe(true);
    expect(await confirmed(anna, written, data)).toBe(false);
  });

  it("reads again when the user typed into another row in the same burst", async () => {
    const { anna, changes, data } = await workbookRead();
    const written = await saveOwner(anna, data);
    const otherRow = written.cells[0].replace(/\d+$/, (row) => String(Number(row) + 1));
    anna.type(otherRow, [["Carl"]]);
    await jest.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(isOwnBurst(changes[0], [written])).toBe(false);
  });

  it("reads again when a co-author changed anything in the same burst, even the same cell", async () => {
    const { anna, bo, changes, data } = await workbookRead();
    const written = await saveOwner(anna, data);
    bo.type(written.cells[0], [["Bo"]]);
    await jest.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(changes[0].sources).toEqual(["Local", "Remote"]);
    expect(isOwnBurst(changes[0], [written])).toBe(false);
  });

  it("reads again when the change log's header was changed in the same burst", async () => {
    const { anna, changes, data } = await workbookRead();
    const written = await saveOwner(anna, data);
    const header = await anna.run(async (context) => {
      const range = context.workbook.tables
        .getItem(TABLE_NAMES.changeLog)
        .getHeaderRowRange()
        .load("address");
      await context.sync();
      return range.address.replace(/:.*$/, "");
    });
    anna.type(header, [["Tidspunkt"]]);
    await jest.advanceTimersByTimeAsync(DEBOUNCE_MS);
    // Every change-log event fits (the pane reads only its header); the header read back does not.
    expect(isOwnBurst(changes[0], [written])).toBe(true);
    expect(await confirmed(anna, written, data)).toBe(false);
  });

  it("settles a burst without a recalculation with what it patched in, the very object", async () => {
    const { anna, changes, data } = await workbookRead();
    const written = await saveOwner(anna, data);
    await jest.advanceTimersByTimeAsync(DEBOUNCE_MS);
    const patched = withOwnWrite(data, written) as WorkbookData;
    const before = anna.contexts.length;
    const settled = await anna.run((context) =>
      settleOwnWrites(context, [written], patched, changes[0].calculated),
    );
    expect([changes[0].calculated, settled === patched]).toEqual([false, true]);
    expect(anna.contexts.slice(before).map((context) => context.syncCount)).toEqual([1]);
  });
});

describeEachHost("the pane's own save in a workbook whose measures link to the budget model", () => {
  /** Seed 002 with the cash measure linked to Ark1!B2:E2: every write recalculates the BAR sheet. */
  async function linked() {
    const { client: anna } = await setUpFake();
    await anna.run(async (context) => {
      context.workbook.worksheets.add("Ark1").getRange("B2:E2").values = [[80, 90, 100, 110]];
      await context.sync();
    });
    await anna.run((context) => linkMeasure(context, "cash", "Ark1!B2:E2", YEARS, stampBy("Anna")));
    const changes = await watching(anna);
    const data = await readWith(anna);
    return { anna, changes, data };
  }

  it("knows the burst as its own though the BAR sheet recalculated, and reads everything but the initiatives again", async () => {
    const { anna, changes, data } = await linked();
    const written = await saveOwner(anna, data);
    // The budget model changed in the same burst: a recalculation, and no BAR table event.
    anna.type("Ark1!C2", [[50]]);
    await jest.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect([changes[0].calculated, isOwnBurst(changes[0], [written])]).toEqual([true, true]);
    const patched = withOwnWrite(data, written) as WorkbookData;
    const before = anna.contexts.length;
    const settled = await anna.run((context) => settleOwnWrites(context, [written], patched, true));
    expect(anna.contexts.slice(before).map((context) => context.syncCount)).toEqual([2]);
    expect(settled?.measures.cash).toEqual([80, 50, 100, 110]);
    expect(settled).toEqual(await readWith(anna));
  });

  it("reads everything when BAR_Initiatives holds a formula, whose result the recalculation may have changed", async () => {
    const { anna, data } = await linked();
    const written = await saveOwner(anna, data);
    anna.type(
      written.cells[0].replace(/^BAR!H(\d+)$/, (_, row) => `BAR!N${Number(row) + 1}`),
      [["=Ark1!B2"]],
    );
    const shown = withOwnWrite(await readWith(anna), written) as WorkbookData;
    const settled = await anna.run((context) => settleOwnWrites(context, [written], shown, true));
    expect(settled).toBeNull();
  });
});

describeEachHost("the pane's own save in a workbook with a formula in BAR_Initiatives", () => {
  it("is never confirmed: the formula's result may follow the saved cell, recalculated or not", async () => {
    const { anna } = await workbookRead();
    // A note that repeats the owner the save writes (H4), one row down.
    anna.type("BAR!N5", [["=H4"]]);
    const shown = await readWith(anna);
    const written = await saveOwner(anna, shown);
    const patched = withOwnWrite(shown, written) as WorkbookData;
    const settled = [];
    for (const recalculated of [false, true])
      settled.push(await anna.run((context) => settleOwnWrites(context, [written], patched, recalculated)));
    expect([written.cells[0], settled]).toEqual(["BAR!H4", [null, null]]);
  });
});

describeEachHost("the pane's own save, when it cannot be patched in", () => {
  it("is not patched in when the save changes the row's problems, and is when they stay the same", async () => {
    const { client: anna } = await setUpFake();
    const before = await readWith(anna);
    const row = await save(anna, before, {
      base: named(before, "Kontraktgrundlag"),
      changes: { owner: "x" },
    });
    // 2023 (column K) pasted as text: a warning in the row, with its repair.
    anna.type(row.cells[0].replace(/^BAR!H/, "BAR!K"), [["'-1.257"]]);
    const data = await readWith(anna);
    expect(data.problems).toEqual([
      expect.objectContaining({ key: "amountStoredAsText", id: row.values[0] }),
    ]);
    const unchanged = await save(anna, data, {
      base: named(data, "Kontraktgrundlag"),
      changes: { owner: "Anna" },
    });
    const patched = withOwnWrite(data, unchanged) as WorkbookData;
    expect(patched).toEqual(await readWith(anna));
    const fixed = await save(anna, patched, {
      base: named(patched, "Kontraktgrundlag"),
      changes: { effects: { 2023: -1300 } },
    });
    expect(withOwnWrite(patched, fixed)).toBeNull();
  });
});
