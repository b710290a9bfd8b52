import { columnLetters } from "../../src/excel/a1";
import { createBarStore } from "../../src/excel/barStore";
import { readChangeLog } from "../../src/excel/changeLog";
import type { NewBudgetYear } from "../../src/excel/writeNewBudgetYear";
import { writeNewBudgetYear } from "../../src/excel/writeNewBudgetYear";
import type { FakeExcelClient, FakeWorkbook } from "../../src/preview/officeFake/fakeExcel";
import { describeEachHost, readWith, setUpFake, stampBy, tableCells } from "../support/fakeExcel";

const OLD = ["2021", "2022", "2023", "2024"];
const NEW = ["2025", "2026", "2027", "2028"];

function plan(overrides: Partial<NewBudgetYear> = {}): NewBudgetYear {
  return {
    from: { budgetYear: 2021, estimateYears: 3 },
    to: { budgetYear: 2025, estimateYears: 3 },
    carry: "none",
    targets: {},
    ...overrides,
  };
}

/** A table's rows as objects by header name. */
function rowsOf(workbook: FakeWorkbook, name: string): Record<string, unknown>[] {
  const [header, ...rows] = tableCells(workbook, name);
  return rows.map((row) => Object.fromEntries(header.map((column, at) => [String(column), row[at]])));
}

async function moved(carry: NewBudgetYear["carry"], targets: NewBudgetYear["targets"] = {}) {
  const fake = await setUpFake({ example: true });
  const before = rowsOf(fake.workbook, "BAR_Initiatives");
  const targetsBefore = rowsOf(fake.workbook, "BAR_Targets");
  const syncs = fake.client.contexts.length;
  const result = await fake.client.run((context) =>
    writeNewBudgetYear(context, plan({ carry, targets }), stampBy("Anna", "2024-09-01T10:00:00.000Z")),
  );
  const contexts = fake.client.contexts.slice(syncs);
  return { ...fake, before, targetsBefore, result, syncs: contexts[0].batch.syncs };
}

function targetId(client: FakeExcelClient) {
  return readWith(client).then((data) => data.targets[0].id);
}

describeEachHost("a new budget year", () => {
  it("adds 2025–2028 right after 2024 in every year table, before FullYearEffect", async () => {
    const { workbook, result } = await moved("none");
    expect(result.status).toBe("started");
    const header = (name: string) => tableCells(workbook, name)[0].map(String);
    const initiatives = header("BAR_Initiatives");
    expect(initiatives.slice(initiatives.indexOf("2021"), initiatives.indexOf("2021") + 9)).toEqual([
      ...OLD,
      ...NEW,
      "FullYearEffect",
    ]);
    expect(initiatives[initiatives.length - 1]).toBe("ChangedBy");
    expect(header("BAR_Targets").slice(-8)).toEqual([...OLD, ...NEW]);
    expect(header("BAR_Measures").slice(-8)).toEqual([...OLD, ...NEW]);
  });

  it("keeps every initiative's 2021–2024 amounts, notes and status in the table", async () => {
    const { workbook, before } = await moved("lastYear");
    const after = rowsOf(workbook, "BAR_Initiatives");
    const kept = (rows: Record<string, unknown>[]) =>
      rows.map((row) => [row.Id, row.Status, row.Note, row.FullYearEffect, ...OLD.map((year) => row[year])]);
    expect(kept(after)).toEqual(kept(before));
  });

  it("keeps the targets' old amounts", async () => {
    const { workbook, targetsBefore } = await moved("none");
    const amounts = (rows: Record<string, unknown>[]) => rows.map((row) => OLD.map((year) => row[year]));
    expect(amounts(rowsOf(workbook, "BAR_Targets"))).toEqual(amounts(targetsBefore));
  });

  it("reads the new horizon 2025–2028 with no problems and the old years out of the overview", async () => {
    const { client } = await moved("none");
    const data = await readWith(client);
    expect(data.years).toEqual([2025, 2026, 2027, 2028]);
    expect(data.problems).toEqual([]);
    expect(Object.keys(data.initiatives[1].effects)).toEqual(NEW);
  });

  it("leaves the new years not estimated unless asked to carry", async () => {
    const { client } = await moved("none");
    const data = await readWith(client);
    expect(data.initiatives.every((i) => NEW.every((y) => i.effects[Number(y)] === "notEstimated"))).toBe(
      true,
    );
  });

  it("carries the last year's amount into every new year when asked", async () => {
    const { client, before } = await moved("lastYear");
    const data = await readWith(client);
    const young = before.find((row) => row["2024"] === -1257);
    const initiative = data.initiatives.find((i) => i.id === young?.Id);
    expect(NEW.map((y) => initiative?.effects[Number(y)])).toEqual([-1257, -1257, -1257, -1257]);
  });

  it("carries the full-year effect when asked, and '-' where there is none", async () => {
    const { client, before } = await moved("fullYearEffect");
    const data = await readWith(client);
    for (const row of before) {
      const initiative = data.initiatives.find((i) => i.id === row.Id);
      const expected = typeof row.FullYearEffect === "number" ? row.FullYearEffect : "notEstimated";
      expect(initiative?.effects[2026]).toBe(expected);
    }
  });

  it("writes the targets given for the new years, and '-' for the rest", async () => {
    const fake = await setUpFake({ example: true });
    const id = await targetId(fake.client);
    await fake.client.run((context) =>
      writeNewBudgetYear(context, plan({ targets: { [id]: { 2025: -8000, 2026: -9000 } } }), stampBy("Anna")),
    );
    const target = (await readWith(fake.client)).targets.find((t) => t.id === id);
    expect(target?.amounts).toEqual({ 2025: -8000, 2026: -9000, 2027: null, 2028: null });
  });

  it("updates BudgetYear and logs the event, the columns and the carried values", async () => {
    const { client } = await moved("lastYear");
    const data = await readWith(client);
    expect(data.settings.years).toEqual({ budgetYear: 2025, estimateYears: 3 });
    const log = await client.run((context) => readChangeLog(context));
    const fields = log.map((entry) => entry.field);
    expect(fields).toContain("(new budget year)");
    expect(log.find((entry) => entry.field === "(new budget year)")?.newValue).toBe(
      "2025–2028; carry: lastYear",
    );
    // Four years in each of BAR_Initiatives, BAR_Targets, BAR_Measures and BAR_Challenges.
    expect(log.filter((entry) => entry.field === "(column added)")).toHaveLength(16);
    expect(log.some((entry) => entry.field === "2025" && entry.newValue === "-1257")).toBe(true);
  });

  it("takes two round trips", async () => {
    const { syncs } = await moved("lastYear");
    expect(syncs).toBe(2);
  });

  it("is one undo step through the store where Excel groups", async () => {
    const { client } = await setUpFake({ example: true });
    const store = createBarStore({ run: client.run, user: () => "Anna", mergeUndoGroup: true });
    await store.read();
    const steps = client.undo.steps.length;
    expect((await store.startBudgetYear(plan({ carry: "lastYear" }))).status).toBe("started");
    expect(client.undo.steps.length - steps).toBe(1);
  });

  it("is stale when the budget year changed since the pane showed it", async () => {
    const { client } = await moved("none");
    const again = await client.run((context) => writeNewBudgetYear(context, plan(), stampBy("Bo")));
    expect(again.status).toBe("stale");
  });

  it("refuses a budget year that is not later", async () => {
    const { client } = await setUpFake({ example: true });
    const result = await client.run((context) =>
      writeNewBudgetYear(context, plan({ to: { budgetYear: 2021, estimateYears: 4 } }), stampBy("Bo")),
    );
    expect(result.status).toBe("invalid");
  });

  it("is blocked, writing nothing, when a colleague's cells sit right of a year table", async () => {
    const { workbook, client } = await setUpFake({ example: true });
    const table = workbook.model.tables.byName("BAR_Targets");
    if (!table) throw new Error("no targets");
    const column = table.block.column + table.block.columns + 1;
    await client.run(async (context) => {
      context.workbook.worksheets.getItem("BAR").getRange(`${columnLetters(column)}2`).values = [["mine"]];
      await context.sync();
    });
    const result = await client.run((context) => writeNewBudgetYear(context, plan(), stampBy("Bo")));
    expect(result.status).toBe("blocked");
    expect((await readWith(client)).settings.years.budgetYear).toBe(2021);
  });
});
