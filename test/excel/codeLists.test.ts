import { uncheckedCells } from "../../src/excel/codeLists";
import { TABLE_NAMES } from "../../src/excel/schema";
import type { FakeExcelClient } from "../../src/preview/officeFake/fakeExcel";
import { describeEachHost, readWith, setUpFake, setUpOldFake } from "../support/fakeExcel";

const WHOLE: Excel.DataValidationRule = {
  wholeNumber: { formula1: 0, operator: "GreaterThan" as Excel.DataValidationOperator },
};

/** Runs one batch on the BAR sheet, as a colleague's macro or Excel's own menu would change it. */
function onSheet(client: FakeExcelClient, change: (sheet: Excel.Worksheet) => void) {
  return client.run(async (context) => {
    change(context.workbook.worksheets.getItem("BAR"));
    await context.sync();
  });
}

const codeListProblems = async (client: FakeExcelClient) =>
  (await readWith(client)).problems.filter((problem) => problem.key === "codeListsMissing");

describeEachHost("drop-downs missing from the coded columns", () => {
  it("finds none missing in a workbook set up now", async () => {
    const { client } = await setUpFake();
    expect((await readWith(client)).problems).toEqual([]);
  });

  it("names every coded column of an old workbook, as information only", async () => {
    const client = (await setUpOldFake()).client;
    const data = await readWith(client);
    expect(data.problems).toEqual([
      {
        key: "codeListsMissing",
        severity: "info",
        columns: [
          { table: "BAR_Initiatives", column: "Kind", address: "BAR!B2:B8", partial: false },
          { table: "BAR_Initiatives", column: "FocusArea", address: "BAR!F2:F8", partial: false },
          { table: "BAR_Initiatives", column: "Status", address: "BAR!G2:G8", partial: false },
        ],
        repair: expect.objectContaining({ kind: "addCodeLists" }),
      },
    ]);
    expect(data.initiatives).toHaveLength(7);
  });

  it("lists it after the problems that concern the data", async () => {
    const client = (await setUpOldFake()).client;
    client.type("BAR!K3", [["abc"]]);
    const keys = (await readWith(client)).problems.map((problem) => problem.key);
    expect(keys).toEqual(["invalidAmount", "codeListsMissing"]);
  });

  it("names only the cells without a rule where a colleague set another rule on part of a column", async () => {
    const client = (await setUpOldFake()).client;
    await onSheet(client, (sheet) => (sheet.getRange("G3:G4").dataValidation.rule = WHOLE));
    const [problem] = await codeListProblems(client);
    expect(problem).toMatchObject({
      columns: [
        { column: "Kind", partial: false },
        { column: "FocusArea", partial: false },
        { column: "Status", address: "BAR!G2, BAR!G5:G8", partial: true },
      ],
    });
  });

  it("finds rows that lost their drop-down, whichever type the host reads for the column", async () => {
    for (const partialValidationType of ["MixedCriteria", "Inconsistent"] as const) {
      const { client } = await setUpFake({ example: true }, { partialValidationType });
      await onSheet(client, (sheet) => sheet.getRange("F7:G8").dataValidation.clear());
      const [problem] = await codeListProblems(client);
      expect(problem).toMatchObject({
        columns: [
          { column: "FocusArea", address: "BAR!F7:F8", partial: true },
          { column: "Status", address: "BAR!G7:G8", partial: true },
        ],
      });
    }
  });

  it("leaves a column alone whose every cell has a rule, some of them someone else's", async () => {
    const { client } = await setUpFake();
    await onSheet(client, (sheet) => {
      sheet.getRange("G3:G4").dataValidation.clear();
      sheet.getRange("G3:G4").dataValidation.rule = WHOLE;
    });
    expect(await codeListProblems(client)).toEqual([]);
  });

  it("leaves a column alone that has another rule all over", async () => {
    const client = (await setUpOldFake()).client;
    await onSheet(client, (sheet) => {
      sheet.getRange("B2:B8").dataValidation.rule = WHOLE;
      sheet.getRange("F2:G8").dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } };
    });
    expect(await codeListProblems(client)).toEqual([]);
  });

  it("still reads the tables when a coded column was renamed, and reports the rename", async () => {
    const client = (await setUpOldFake()).client;
    client.type("BAR!G1", [["Tilstand"]]);
    const data = await readWith(client);
    expect(data.problems.map((problem) => problem.key)).toContain("columnMissing");
    expect(data.initiatives).toHaveLength(7);
  });

  it("still finds the missing drop-downs when another table is missing", async () => {
    const client = (await setUpOldFake()).client;
    client.deleteTable(TABLE_NAMES.measures, false);
    const keys = (await readWith(client)).problems.map((problem) => problem.key);
    expect(keys).toEqual(["tableMissing", "codeListsMissing"]);
  });
});

describe("uncheckedCells", () => {
  it("gives the whole body of a column without any rule", () => {
    expect(uncheckedCells("None", "BAR!G2:G8", null)).toEqual([
      { sheet: "BAR", row: 1, column: 6, rows: 7, columns: 1 },
    ]);
  });

  it("gives nothing for a column with a list or with one other rule all over", () => {
    expect([uncheckedCells("List", "BAR!G2:G8", null), uncheckedCells("Custom", "BAR!G2:G8", null)]).toEqual([
      [],
      [],
    ]);
  });

  it("counts only the part of the validated areas inside the column, in quoted sheets too", () => {
    const gaps = uncheckedCells(
      "Inconsistent",
      "'Budget, 2025'!C2:C6",
      "'Budget, 2025'!A1:D3, 'Budget, 2025'!C5, Other!C4",
    );
    expect(gaps).toEqual([
      { sheet: "Budget, 2025", row: 3, column: 2, rows: 1, columns: 1 },
      { sheet: "Budget, 2025", row: 5, column: 2, rows: 1, columns: 1 },
    ]);
  });

  it("claims nothing when the areas' address cannot be read", () => {
    expect(uncheckedCells("MixedCriteria", "BAR!G2:G8", "BAR!G2:G3, ???")).toEqual([]);
  });
});
