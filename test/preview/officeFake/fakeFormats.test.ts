import { FakeWorkbook, type FakeExcelClient } from "../../../src/preview/officeFake/fakeExcel";
import { EXCEL_ENUMS, toExcelNamespace } from "../../../src/preview/officeFake/excelEnums";

function sheetWithData(): { workbook: FakeWorkbook; client: FakeExcelClient } {
  const workbook = new FakeWorkbook();
  workbook.model.addSheet("Ark1");
  const client = workbook.createClient("Anna");
  client.type("Ark1!A1:B2", [
    ["Navn", "Beløb"],
    ["Første", -1257],
  ]);
  return { workbook, client };
}

/** Registers a handler on a table's onChanged; resolves with the first change it hears. */
async function nextChange(client: FakeExcelClient, table: string): Promise<{ heard: Promise<string> }> {
  let heard: (source: string) => void = () => undefined;
  const change = new Promise<string>((resolve) => (heard = resolve));
  await client.run(async (context) => {
    context.workbook.tables.getItem(table).onChanged.add(async (event) => heard(event.source));
    await context.sync();
  });
  // Wrapped: an async function returning the promise itself would wait for the change.
  return { heard: change };
}

const cellOf = (workbook: FakeWorkbook, row: number, column: number) =>
  workbook.model.cell(workbook.model.sheets[0].id, row, column);

describe("formats", () => {
  it("sets bold and font size on every cell of the range", async () => {
    const { workbook, client } = sheetWithData();
    await client.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Ark1");
      sheet.getRangeByIndexes(0, 0, 1, 2).format.font.bold = true;
      sheet.getRange("A1").format.font.size = 14;
      await context.sync();
    });
    expect([cellOf(workbook, 0, 0), cellOf(workbook, 0, 1)?.bold]).toEqual([
      expect.objectContaining({ value: "Navn", bold: true, fontSize: 14 }),
      true,
    ]);
  });

  it("keeps column widths in points per column", async () => {
    const { workbook, client } = sheetWithData();
    await client.run(async (context) => {
      context.workbook.worksheets.getItem("Ark1").getRange("A1:B5").format.columnWidth = 220;
      await context.sync();
    });
    expect([...workbook.model.sheets[0].columnWidths]).toEqual([
      [0, 220],
      [1, 220],
    ]);
  });

  it("writes 2-D number formats and formulas in one go", async () => {
    const { workbook, client } = sheetWithData();
    await client.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Ark1").getRangeByIndexes(2, 0, 1, 2);
      range.numberFormat = [["@", "#,##0"]];
      range.formulas = [["=B2", "=B2"]];
      await context.sync();
    });
    expect([cellOf(workbook, 2, 0), cellOf(workbook, 2, 1)]).toEqual([
      expect.objectContaining({ numberFormat: "@", formula: "=B2" }),
      expect.objectContaining({ numberFormat: "#,##0", formula: "=B2" }),
    ]);
  });
});

describe("clear", () => {
  const clearSheet = async (
    client: FakeExcelClient,
    applyTo: Excel.ClearApplyTo | "All" | "Contents" | "Formats",
  ) =>
    client.run(async (context) => {
      context.workbook.worksheets.getItem("Ark1").getRange().clear(applyTo);
      await context.sync();
    });

  it("empties the whole sheet and its formats with ClearApplyTo.all", async () => {
    const { workbook, client } = sheetWithData();
    await clearSheet(client, "All");
    expect(workbook.model.sheets[0].cells.size).toBe(0);
  });

  it("keeps number formats and fonts when clearing contents", async () => {
    const { workbook, client } = sheetWithData();
    await client.run(async (context) => {
      context.workbook.worksheets.getItem("Ark1").getRange("A1").format.font.bold = true;
      await context.sync();
    });
    await clearSheet(client, "Contents");
    expect(cellOf(workbook, 0, 0)).toEqual({ value: "", formula: null, numberFormat: "General", bold: true });
  });

  it("keeps values when clearing formats", async () => {
    const { workbook, client } = sheetWithData();
    await client.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Ark1").getRange("B2");
      cell.numberFormat = [["#,##0"]];
      await context.sync();
    });
    await clearSheet(client, "Formats");
    expect(cellOf(workbook, 1, 1)).toEqual({ value: -1257, formula: null, numberFormat: "General" });
  });

  it("clears only the range's cells", async () => {
    const { workbook, client } = sheetWithData();
    await client.run(async (context) => {
      context.workbook.worksheets.getItem("Ark1").getRange("A2:B2").clear();
      await context.sync();
    });
    expect(
      workbook.model.readBlock(
        { sheetId: workbook.model.sheets[0].id, row: 0, column: 0, rows: 2, columns: 2 },
        (row, column) => workbook.model.valueAt(workbook.model.sheets[0].id, row, column),
      ),
    ).toEqual([
      ["Navn", "Beløb"],
      ["", ""],
    ]);
  });

  it("refuses an unknown ClearApplyTo", async () => {
    const { client } = sheetWithData();
    await expect(clearSheet(client, "Everything" as "All")).rejects.toMatchObject({
      code: "InvalidArgument",
    });
  });
});

describe("the Excel namespace stand-in", () => {
  it("has the enum values Office.js uses", () => {
    expect([
      EXCEL_ENUMS.ClearApplyTo.all,
      EXCEL_ENUMS.ChartType.columnClustered,
      EXCEL_ENUMS.ChartSeriesBy.rows,
    ]).toEqual(["All", "ColumnClustered", "Rows"]);
  });

  it("runs a batch on the client it is bound to, with or without a first argument", async () => {
    const { client } = sheetWithData();
    const excel = toExcelNamespace(client);
    const read = async (context: Excel.RequestContext) => {
      const cell = context.workbook.worksheets.getItem("Ark1").getRange("A2").load("values");
      await context.sync();
      return cell.values[0][0];
    };
    expect([await excel.run(read), await excel.run({}, read)]).toEqual(["Første", "Første"]);
  });
});

describe("change listeners", () => {
  it("hears a batch that changed the workbook, once", async () => {
    const { workbook, client } = sheetWithData();
    const heard = jest.fn();
    workbook.onChange(heard);
    await client.run(async (context) => {
      context.workbook.worksheets.getItem("Ark1").getRange("C1").values = [["x"]];
      await context.sync();
    });
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it("does not hear a batch that only read", async () => {
    const { workbook, client } = sheetWithData();
    const heard = jest.fn();
    workbook.onChange(heard);
    await client.run(async (context) => {
      context.workbook.worksheets.getItem("Ark1").getRange("A1").load("values");
      await context.sync();
    });
    expect(heard).not.toHaveBeenCalled();
  });

  it("stops hearing after unsubscribing", () => {
    const { workbook, client } = sheetWithData();
    const heard = jest.fn();
    workbook.onChange(heard)();
    client.type("Ark1!C1", [["x"]]);
    expect(heard).not.toHaveBeenCalled();
  });

  it("stops delivering events to a closed client", async () => {
    const { workbook, client } = sheetWithData();
    const heard = jest.fn();
    workbook.model.tables.add({
      sheetId: workbook.model.sheets[0].id,
      row: 0,
      column: 0,
      rows: 2,
      columns: 2,
    });
    await client.run(async (context) => {
      context.workbook.tables.getItem("Table1").onChanged.add(async () => heard());
      await context.sync();
    });
    workbook.closeClient(client);
    // Bo listens too: the workbook hands an event to every client's handlers at once, so once
    // Bo has heard the edit, the closed client would have heard it as well.
    const bo = workbook.createClient("Bo");
    const { heard: boHeard } = await nextChange(bo, "Table1");
    bo.type("Ark1!A2", [["Ny"]]);
    await boHeard;
    expect(heard).not.toHaveBeenCalled();
  });
});
