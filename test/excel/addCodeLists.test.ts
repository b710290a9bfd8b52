import { STATUSES, blankInitiative } from "../../src/engine/initiative";
import type { Repair } from "../../src/engine/workbookProblem";
import { SHEET_LIMITS } from "../../src/excel/a1";
import { addInitiatives } from "../../src/excel/addInitiatives";
import { createBarStore } from "../../src/excel/barStore";
import { readChangeLog } from "../../src/excel/changeLog";
import { repairWorkbook } from "../../src/excel/repairWorkbook";
import { TABLE_KEYS, TABLE_NAMES } from "../../src/excel/schema";
import type { FakeExcelClient, FakeWorkbook } from "../../src/preview/officeFake/fakeExcel";
import {
  describeEachHost,
  readWith,
  setUpFake,
  setUpOldFake,
  stampBy,
  tableCells,
} from "../support/fakeExcel";

const YEARS = [2021, 2022, 2023, 2024];
const WHOLE: Excel.DataValidationRule = {
  wholeNumber: { formula1: 0, operator: "GreaterThan" as Excel.DataValidationOperator },
};

function repair(client: FakeExcelClient, what: Repair) {
  return client.run((context) => repairWorkbook(context, what, YEARS, stampBy("Anna")));
}

async function offered(client: FakeExcelClient): Promise<Repair> {
  const problem = (await readWith(client)).problems.find((candidate) => candidate.key === "codeListsMissing");
  if (!problem?.repair) throw new Error("no drop-down repair offered");
  return problem.repair;
}

/** The validation of a BAR cell as the fake holds it (0-based row and column). */
const validationAt = (workbook: FakeWorkbook, row: number, column: number) =>
  workbook.model.sheetByName("BAR")?.validations.get(row * SHEET_LIMITS.columns + column);

/** Every cell of every BAR table but the change log, by table. */
const allCells = (workbook: FakeWorkbook) =>
  TABLE_KEYS.filter((key) => key !== "changeLog").map((key) => tableCells(workbook, TABLE_NAMES[key]));

describeEachHost("the drop-down repair", () => {
  it("offers drop-downs for every coded column, saying it keeps every value", async () => {
    const { client } = await setUpOldFake();
    expect(await offered(client)).toEqual({
      kind: "addCodeLists",
      columns: [
        { table: "BAR_Initiatives", column: "Kind" },
        { table: "BAR_Initiatives", column: "FocusArea" },
        { table: "BAR_Initiatives", column: "Status" },
      ],
      keepsOtherRules: false,
    });
  });

  it("puts the list of codes on every row of Kind, FocusArea and Status, letting a typed label in", async () => {
    const { workbook, client } = await setUpOldFake();
    expect(await repair(client, await offered(client))).toEqual({ status: "repaired" });
    const lists = [1, 5, 6].flatMap((column) =>
      [1, 2, 3, 4, 5, 6, 7].map((row) => validationAt(workbook, row, column)),
    );
    expect(lists.every((list) => list && "values" in list && list.style === "information")).toBe(true);
    expect(validationAt(workbook, 7, 6)).toEqual({
      values: [...STATUSES],
      inCellDropDown: true,
      style: "information",
    });
  });

  it("changes no cell of any table", async () => {
    const { workbook, client } = await setUpOldFake();
    client.type("BAR!G3", [["Besluttet"]]);
    client.type("BAR!G4", [["xyz"]]);
    const before = allCells(workbook);
    await repair(client, await offered(client));
    expect(allCells(workbook)).toEqual(before);
  });

  it("keeps a value outside the list, which BAR goes on reporting", async () => {
    const { client } = await setUpOldFake();
    client.type("BAR!G4", [["xyz"]]);
    await repair(client, await offered(client));
    expect((await readWith(client)).problems.map((problem) => problem.key)).toEqual(["invalidCode"]);
  });

  it("logs each column it gave a drop-down, with the cells", async () => {
    const { client } = await setUpOldFake();
    await repair(client, await offered(client));
    const log = await client.run((context) => readChangeLog(context));
    expect(log.slice(-3).map((entry) => [entry.by, entry.table, entry.field, entry.newValue])).toEqual([
      ["Anna", "BAR_Initiatives", "(drop-down added)", "Kind: BAR!B2:B8"],
      ["Anna", "BAR_Initiatives", "(drop-down added)", "FocusArea: BAR!F2:F8"],
      ["Anna", "BAR_Initiatives", "(drop-down added)", "Status: BAR!G2:G8"],
    ]);
  });

  it("leaves no problem for the next read, and rows added later get the drop-down too", async () => {
    const { workbook, client } = await setUpOldFake();
    await repair(client, await offered(client));
    expect((await readWith(client)).problems).toEqual([]);
    await client.run((context) =>
      addInitiatives(context, [{ ...blankInitiative("N-1", YEARS), name: "Nyt" }], YEARS, stampBy("Anna")),
    );
    expect(validationAt(workbook, 8, 6)).toMatchObject({ values: [...STATUSES] });
  });

  it("keeps a colleague's rule on part of a column and adds the list only around it", async () => {
    const { workbook, client } = await setUpOldFake();
    await client.run(async (context) => {
      context.workbook.worksheets.getItem("BAR").getRange("G3:G4").dataValidation.rule = WHOLE;
      await context.sync();
    });
    const offer = await offered(client);
    expect(offer).toMatchObject({ keepsOtherRules: true });
    expect(await repair(client, offer)).toEqual({ status: "repaired" });
    expect([2, 3].map((row) => validationAt(workbook, row, 6))).toEqual([
      expect.objectContaining({ type: "WholeNumber" }),
      expect.objectContaining({ type: "WholeNumber" }),
    ]);
    expect([1, 4, 7].map((row) => validationAt(workbook, row, 6))).toEqual(
      Array(3).fill(expect.objectContaining({ values: [...STATUSES] })),
    );
    expect((await readWith(client)).problems).toEqual([]);
  });

  it("gives rows that lost their drop-down the list again, on a host that reads them as MixedCriteria", async () => {
    const { workbook, client } = await setUpFake(
      { example: true },
      { partialValidationType: "MixedCriteria" },
    );
    await client.run(async (context) => {
      context.workbook.worksheets.getItem("BAR").getRange("F7:G8").dataValidation.clear();
      await context.sync();
    });
    await repair(client, await offered(client));
    expect(validationAt(workbook, 7, 5)).toMatchObject({ style: "information" });
    expect((await readWith(client)).problems).toEqual([]);
  });

  it("repairs with two syncs", async () => {
    const { client } = await setUpOldFake();
    const offer = await offered(client);
    await repair(client, offer);
    expect(client.contexts.at(-1)?.syncCount).toBe(2);
  });

  it("is one step on the user's undo stack", async () => {
    const { client } = await setUpOldFake();
    const store = createBarStore({ run: client.run, user: () => "Anna", mergeUndoGroup: true });
    const offer = await offered(client);
    const before = client.undo.steps.length;
    expect(await store.repair(offer)).toEqual({ status: "repaired" });
    expect(client.undo.steps.length - before).toBe(1);
  });

  it("says stale when a co-author added the drop-downs meanwhile", async () => {
    const { client } = await setUpOldFake();
    const offer = await offered(client);
    await repair(client, offer);
    expect(await repair(client, offer)).toEqual({ status: "stale" });
  });

  it("says stale when a coded column was renamed since it was offered", async () => {
    const { client } = await setUpOldFake();
    const offer = await offered(client);
    client.type("BAR!G1", [["Tilstand"]]);
    expect(await repair(client, offer)).toEqual({ status: "stale" });
  });
});
