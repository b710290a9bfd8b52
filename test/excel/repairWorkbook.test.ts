import type { Repair, WorkbookProblem } from "../../src/engine/workbookProblem";
import { readChangeLog } from "../../src/excel/changeLog";
import { repairWorkbook } from "../../src/excel/repairWorkbook";
import { TABLE_NAMES } from "../../src/excel/schema";
import type { FakeExcelClient } from "../../src/preview/officeFake/fakeExcel";
import { readWith, setUpFake, stampBy, tableCells, describeEachHost } from "../support/fakeExcel";

const YEARS = [2021, 2022, 2023, 2024];

function repair(client: FakeExcelClient, what: Repair, years: readonly number[] = YEARS) {
  return client.run((context) => repairWorkbook(context, what, years, stampBy("Anna")));
}

/** The repair offered with the first problem of that key. */
async function offered(client: FakeExcelClient, key: WorkbookProblem["key"]): Promise<Repair> {
  const problem = (await readWith(client)).problems.find((candidate) => candidate.key === key);
  if (!problem?.repair) throw new Error(`no repair offered for ${key}`);
  return problem.repair;
}

describeEachHost("repairWorkbook", () => {
  it("wraps a table converted to a range again, data and all", async () => {
    const { workbook, client } = await setUpFake();
    const before = tableCells(workbook, TABLE_NAMES.initiatives);
    client.deleteTable(TABLE_NAMES.initiatives, true);
    expect(await repair(client, await offered(client, "tableMissing"))).toEqual({ status: "repaired" });
    expect(tableCells(workbook, TABLE_NAMES.initiatives)).toEqual(before);
  });

  it("recreates a deleted table empty and clears the problem", async () => {
    const { client } = await setUpFake();
    client.deleteTable(TABLE_NAMES.targets, false);
    await repair(client, await offered(client, "tableMissing"));
    expect((await readWith(client)).problems).toEqual([]);
  });

  it("logs a restored table", async () => {
    const { client } = await setUpFake();
    client.deleteTable(TABLE_NAMES.initiatives, true);
    await repair(client, { kind: "setUp" });
    const log = await client.run((context) => readChangeLog(context));
    expect(log.slice(-2).map((entry) => entry.field)).toEqual(["(table restored)", "(set up)"]);
  });

  it("refuses to overwrite other content where a missing table belongs", async () => {
    const { workbook, client } = await setUpFake();
    client.deleteTable(TABLE_NAMES.initiatives, false);
    client.type("BAR!B2", [["privat"]]);
    const result = await repair(client, { kind: "setUp" });
    expect(result).toEqual({
      status: "blocked",
      problems: [{ key: "regionOccupied", severity: "error", table: "BAR_Initiatives", address: "BAR!A:P" }],
    });
    expect(workbook.valueAt("BAR!B2")).toBe("privat");
  });

  it("renames a column back and makes the initiatives readable again", async () => {
    const { client } = await setUpFake();
    client.type("BAR!C1", [["Navn"]]);
    await repair(client, await offered(client, "columnMissing"));
    const data = await readWith(client);
    expect([data.problems, data.initiatives.length]).toEqual([[], 7]);
  });

  it("adds a missing year column as not estimated, keeping the other cells", async () => {
    const { client } = await setUpFake();
    await setEstimateYears(client, 4);
    const seen = await readWith(client);
    const repairs = seen.problems.flatMap((problem) => (problem.repair ? [problem.repair] : []));
    expect(repairs.map((offer) => offer.kind === "addColumn" && offer.table)).toEqual([
      "BAR_Initiatives",
      "BAR_Targets",
      "BAR_Measures",
      "BAR_Challenges",
    ]);
    for (const offer of repairs) await repair(client, offer, seen.years);
    const data = await readWith(client);
    expect(data.problems).toEqual([]);
    expect(data.initiatives[1].effects).toEqual({
      2021: -977,
      2022: -1257,
      2023: -1257,
      2024: -1257,
      2025: "notEstimated",
    });
  });

  it("replaces abc in a year cell with - and logs what was there", async () => {
    const { client } = await setUpFake();
    client.type("BAR!K3", [["abc"]]);
    await repair(client, await offered(client, "invalidAmount"));
    const log = await client.run((context) => readChangeLog(context, "S002-02"));
    expect(log.map((entry) => [entry.field, entry.oldValue, entry.newValue])).toEqual([["2023", "abc", "-"]]);
    expect((await readWith(client)).problems).toEqual([]);
  });

  it("turns an amount stored as text into a number", async () => {
    const { workbook, client } = await setUpFake();
    client.type("BAR!K3", [["'-1.257"]]);
    await repair(client, await offered(client, "amountStoredAsText"));
    expect(workbook.valueAt("BAR!K3")).toBe(-1257);
  });

  it("gives a row without an id a new one", async () => {
    const { client } = await setUpFake();
    client.type("BAR!A3", [[""]]);
    await repair(client, await offered(client, "missingId"));
    const data = await readWith(client);
    expect(data.problems).toEqual([]);
    expect(data.initiatives.find((line) => line.name === "Foranstaltninger for unge")?.id).toMatch(/^I-/);
  });

  it("gives the second row of a copied id a new one", async () => {
    const { client } = await setUpFake();
    client.type("BAR!A4", [["S002-02"]]);
    await repair(client, await offered(client, "duplicateId"));
    expect((await readWith(client)).initiatives).toHaveLength(7);
  });

  it("adds a deleted setting back with its default", async () => {
    const { workbook, client } = await setUpFake();
    const settings = workbook.model.tables.byName(TABLE_NAMES.settings);
    const sheet = workbook.model.sheetByName("BAR");
    if (!settings || !sheet) throw new Error("no settings");
    // Stale-after-days is the 4th setting; blank its key as a colleague deleting the row's text would.
    workbook.model.writeBlock(
      { sheetId: sheet.id, row: 4, column: settings.block.column, rows: 1, columns: 2 },
      "values",
      [["", ""]],
    );
    await repair(client, await offered(client, "missingSetting"));
    expect((await readWith(client)).problems).toEqual([]);
  });

  it("says stale when the workbook changed since the repair was offered", async () => {
    const { client } = await setUpFake();
    client.type("BAR!C1", [["Navn"]]);
    const rename = await offered(client, "columnMissing");
    client.type("BAR!C1", [["Name"]]);
    expect(await repair(client, rename)).toEqual({ status: "stale" });
  });
});

async function setEstimateYears(client: FakeExcelClient, years: number): Promise<void> {
  await client.run(async (context) => {
    const table = context.workbook.tables.getItem(TABLE_NAMES.settings);
    table.getDataBodyRange().getCell(1, 1).values = [[years]];
    await context.sync();
  });
}
