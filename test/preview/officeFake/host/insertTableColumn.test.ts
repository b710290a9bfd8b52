import type { FakeExcelClient } from "../../../../src/preview/officeFake/fakeExcel";
import { tableOnSheet } from "../../../support/tableOnSheet";

const CELLS = [
  ["Id", "Y1", "Note"],
  ["a", "p", "x"],
  ["b", "q", "y"],
];

function add(client: FakeExcelClient, index: number, name?: string, values?: (string | number)[][]) {
  return client.run(async (context) => {
    context.workbook.tables.getItem("T").columns.add(index, values, name);
    await context.sync();
  });
}

function header(client: FakeExcelClient) {
  return client.run(async (context) => {
    const range = context.workbook.tables.getItem("T").getRange().load("values");
    await context.sync();
    return range.values;
  });
}

describe("TableColumnCollection.add in the in-memory workbook", () => {
  it("inserts a column at the index and shifts the later columns to the side", async () => {
    const { client } = tableOnSheet("T", CELLS);
    await add(client, 2, "Y2");
    expect(await header(client)).toEqual([
      ["Id", "Y1", "Y2", "Note"],
      ["a", "p", "", "x"],
      ["b", "q", "", "y"],
    ]);
  });

  it("appends at the end with -1", async () => {
    const { client } = tableOnSheet("T", CELLS);
    await add(client, -1, "Extra");
    expect((await header(client))[0]).toEqual(["Id", "Y1", "Note", "Extra"]);
  });

  it("refuses an index equal to the column count (ExcelApi 1.1: smaller than the count)", async () => {
    const { client } = tableOnSheet("T", CELLS);
    await expect(add(client, 3, "Extra")).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("refuses values together with a name (undocumented which row is the header)", async () => {
    const { client } = tableOnSheet("T", CELLS);
    await expect(add(client, 1, "X", [["X"], [1], [2]])).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("refuses to shift a colleague's cells right of the table (strict)", async () => {
    const { client, workbook } = tableOnSheet("T", CELLS);
    client.type("Ark1!D2", [["mine"]]);
    await expect(add(client, 1, "Y0")).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(workbook.valueAt("Ark1!D2")).toBe("mine");
  });

  it("leaves cells below and further right where they are", async () => {
    const { client, workbook } = tableOnSheet("T", CELLS);
    client.type("Ark1!B5", [["below"]]);
    client.type("Ark1!F2", [["far"]]);
    await add(client, 1, "Y0");
    expect([workbook.valueAt("Ark1!B5"), workbook.valueAt("Ark1!F2")]).toEqual(["below", "far"]);
  });
});
