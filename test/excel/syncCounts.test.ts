import { addInitiatives } from "../../src/excel/addInitiatives";
import { deleteInitiative } from "../../src/excel/deleteInitiative";
import { readChangeLog } from "../../src/excel/changeLog";
import { linkMeasure } from "../../src/excel/linkMeasure";
import { setUpWorkbook } from "../../src/excel/setUpWorkbook";
import { FakeWorkbook, type FakeExcelClient } from "../../src/preview/officeFake/fakeExcel";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { readOwnWrites } from "../../src/excel/settleOwnWrites";
import { saveInitiative } from "../../src/excel/saveInitiative";
import { TABLE_KEYS, TABLE_NAMES } from "../../src/excel/schema";
import { blankInitiative, type Initiative } from "../../src/engine/initiative";
import { SEED_002_SETTINGS } from "../../src/excel/seed002";
import { mockContext, type MockTables } from "../support/officeMock";
import { readWith, setUpFake, setUpOldFake, stampBy, tableCells } from "../support/fakeExcel";

const YEARS = [2021, 2022, 2023, 2024];

function manyInitiatives(count: number, prefix = "M"): Initiative[] {
  return Array.from({ length: count }, (_, index) => ({
    ...blankInitiative(`${prefix}-${index}`, YEARS),
    name: `Initiativ ${index}`,
    effects: { 2021: -index, 2022: -index, 2023: "notEstimated", 2024: -2 * index },
  }));
}

/** The BAR tables' cells from a set-up fake workbook, with `extra` initiatives added. */
async function seededTables(extra: number): Promise<MockTables> {
  const { workbook, client } = await setUpFake({ example: extra > 0, settings: SEED_002_SETTINGS });
  if (extra > 0)
    await client.run((context) => addInitiatives(context, manyInitiatives(extra), YEARS, stampBy("Anna")));
  return Object.fromEntries(
    TABLE_KEYS.map((key) => [TABLE_NAMES[key], tableCells(workbook, TABLE_NAMES[key])]),
  );
}

describe("round trips against office-addin-mock", () => {
  it("reads everything with one sync when there are no initiatives", async () => {
    const { context } = mockContext(await seededTables(0));
    const sync = jest.spyOn(context, "sync");
    const data = await readWorkbook(context);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(data.initiatives).toEqual([]);
    expect(data.calendar).toHaveLength(10);
  });

  it("reads everything with one sync with 5,000 initiatives", async () => {
    const { context } = mockContext(await seededTables(5000));
    const sync = jest.spyOn(context, "sync");
    const data = await readWorkbook(context);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(data.initiatives).toHaveLength(5007);
  }, 30000);

  it("finds coded columns without drop-downs in the same one sync", async () => {
    const { context } = mockContext(await seededTables(3), { validationType: "None" });
    const sync = jest.spyOn(context, "sync");
    const data = await readWorkbook(context);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(data.problems.map((problem) => problem.key)).toEqual(["codeListsMissing"]);
  });

  it("reads a workbook that was never set up with three syncs: the read, which tables exist, the rest", async () => {
    const { context } = mockContext(Object.fromEntries(TABLE_KEYS.map((key) => [TABLE_NAMES[key], null])));
    const sync = jest.spyOn(context, "sync");
    const data = await readWorkbook(context);
    expect(sync).toHaveBeenCalledTimes(3);
    expect(data.problems.map((problem) => problem.key)).toEqual(["notSetUp"]);
  });

  it("saves one edit with two syncs", async () => {
    const { workbook, client } = await setUpFake({ example: true });
    const base = (await readWith(client)).initiatives[1];
    const tables = Object.fromEntries(
      TABLE_KEYS.map((key) => [TABLE_NAMES[key], tableCells(workbook, TABLE_NAMES[key])]),
    );
    const { context } = mockContext(tables);
    const sync = jest.spyOn(context, "sync");
    const result = await saveInitiative(
      context,
      { base, changes: { status: "decided" } },
      YEARS,
      stampBy("Bo"),
    );
    expect(result.status).toBe("saved");
    expect(sync.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it("reads a save's row and the log's header back with one sync, to confirm its own change events", async () => {
    const { workbook, client } = await setUpFake({ example: true });
    const base = (await readWith(client)).initiatives[1];
    const saved = await client.run((context) =>
      saveInitiative(context, { base, changes: { status: "decided" } }, YEARS, stampBy("Bo")),
    );
    if (saved.status !== "saved") throw new Error(saved.status);
    const tables = Object.fromEntries(
      TABLE_KEYS.map((key) => [TABLE_NAMES[key], tableCells(workbook, TABLE_NAMES[key])]),
    );
    const { context } = mockContext(tables);
    const sync = jest.spyOn(context, "sync");
    const check = await readOwnWrites(context, [saved.written]);
    expect(sync).toHaveBeenCalledTimes(1);
    // The mock's getRow gives the whole body (its first row here); ownWrite.test.ts checks the values.
    expect(check.rows).toHaveLength(1);
    expect(check.logHeader).toEqual(tables[TABLE_NAMES.changeLog][0]);
  });

  it("deletes an initiative with two syncs", async () => {
    const { workbook, client } = await setUpFake({ example: true });
    const base = (await readWith(client)).initiatives[0];
    const tables = Object.fromEntries(
      TABLE_KEYS.map((key) => [TABLE_NAMES[key], tableCells(workbook, TABLE_NAMES[key])]),
    );
    const { context } = mockContext(tables);
    const sync = jest.spyOn(context, "sync");
    const result = await deleteInitiative(context, base, YEARS, stampBy("Bo"));
    expect(result.status).toBe("deleted");
    expect(sync).toHaveBeenCalledTimes(2);
  });

  it("imports 5,000 initiatives with at most three syncs, calculation suspended", async () => {
    const { context, suspend } = mockContext(await seededTables(0));
    const sync = jest.spyOn(context, "sync");
    const result = await addInitiatives(context, manyInitiatives(5000, "N"), YEARS, stampBy("Bo"));
    expect(result).toMatchObject({ status: "added", skipped: [] });
    expect(sync.mock.calls.length).toBeLessThanOrEqual(3);
    expect(suspend).toHaveBeenCalledTimes(1);
  }, 30000);
});

describe("round trips in the in-memory workbook, strict as Excel on the web", () => {
  const syncsOf = (client: FakeExcelClient) => client.contexts.at(-1)?.syncCount;

  it("sets up a new workbook with two syncs", async () => {
    const workbook = new FakeWorkbook();
    const client = workbook.createClient();
    await client.run((context) => setUpWorkbook(context, { example: true }, stampBy("Anna")));
    expect(syncsOf(client)).toBe(2);
  });

  it("sets up the missing tables of a workbook with four syncs", async () => {
    const { client } = await setUpFake();
    client.deleteTable(TABLE_NAMES.targets, false);
    await client.run((context) => setUpWorkbook(context, {}, stampBy("Anna")));
    expect(syncsOf(client)).toBe(4);
  });

  it("links a measure with two syncs", async () => {
    const { client } = await setUpFake({ example: true, settings: SEED_002_SETTINGS });
    await client.run(async (context) => {
      context.workbook.worksheets.add("Model").getRange("A1").values = [[1]];
      await context.sync();
    });
    await client.run((context) => linkMeasure(context, "headroom", "Model!B2:E2", YEARS, stampBy("Anna")));
    expect(syncsOf(client)).toBe(2);
  });

  it("reads a workbook set up before the drop-downs with one sync", async () => {
    const { client } = await setUpOldFake();
    const data = await readWith(client);
    expect([syncsOf(client), data.problems.map((problem) => problem.key)]).toEqual([1, ["codeListsMissing"]]);
  });

  it("reads a workbook whose coded column was renamed with three syncs", async () => {
    const { client } = await setUpFake();
    client.type("BAR!G1", [["Tilstand"]]);
    await readWith(client);
    expect(syncsOf(client)).toBe(3);
  });

  it("reads the change log with one sync", async () => {
    const { client } = await setUpFake();
    await client.run((context) => readChangeLog(context));
    expect(syncsOf(client)).toBe(1);
  });

  it("saves one edit with two syncs", async () => {
    const { client } = await setUpFake();
    const base = (await readWith(client)).initiatives[1];
    await client.run((context) =>
      saveInitiative(context, { base, changes: { status: "decided" } }, YEARS, stampBy("Bo")),
    );
    expect(syncsOf(client)).toBe(2);
  });
});
