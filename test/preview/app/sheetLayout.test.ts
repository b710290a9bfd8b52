import { FakeWorkbook } from "../../../src/preview/officeFake/fakeExcel";
import { bindHyperFormula } from "../../../src/preview/hyperformula/hyperFormulaEvaluator";
import {
  CHART_SIZE,
  DEFAULT_COLUMN_WIDTH,
  ROW_HEIGHT,
  chartPosition,
  columnWidth,
  sheetExtent,
  tallRows,
} from "../../../src/preview/app/sheetLayout";

function sheetWith(cells: [string, unknown[][]][]) {
  const workbook = new FakeWorkbook();
  const sheet = workbook.model.addSheet("Ark1");
  bindHyperFormula(workbook.model);
  const client = workbook.createClient();
  for (const [address, values] of cells) client.type(`Ark1!${address}`, values as never);
  return { workbook, sheet, client };
}

describe("sheetExtent", () => {
  it("reaches the last stored cell", () => {
    const { workbook, sheet } = sheetWith([["C5", [[1]]]]);
    expect(sheetExtent(workbook.model, sheet)).toEqual({ rows: 5, columns: 3 });
  });

  it("reaches what a formula spills beyond the stored cells", () => {
    const { workbook, sheet } = sheetWith([["A1", [["=SEQUENCE(3,4)"]]]]);
    expect(sheetExtent(workbook.model, sheet)).toEqual({ rows: 3, columns: 4 });
  });

  it("is empty for an empty sheet", () => {
    const { workbook, sheet } = sheetWith([]);
    expect(sheetExtent(workbook.model, sheet)).toEqual({ rows: 0, columns: 0 });
  });

  it("reaches over a chart placed beside the cells", async () => {
    const { workbook, sheet, client } = sheetWith([
      [
        "A1:B2",
        [
          ["x", 1],
          ["y", 2],
        ],
      ],
    ]);
    await client.run(async (context) => {
      const target = context.workbook.worksheets.getItem("Ark1");
      target.charts.add("ColumnClustered", target.getRange("A1:B2"), "Rows").setPosition("D3");
      await context.sync();
    });
    const columnsUnder = Math.ceil(CHART_SIZE.width / DEFAULT_COLUMN_WIDTH);
    expect(sheetExtent(workbook.model, sheet)).toEqual({
      rows: 2 + Math.ceil(CHART_SIZE.height / ROW_HEIGHT) + 1,
      columns: 3 + columnsUnder + 1,
    });
  });
});

describe("geometry", () => {
  it("turns a width set in points into pixels", async () => {
    const { sheet, client } = sheetWith([]);
    await client.run(async (context) => {
      context.workbook.worksheets.getItem("Ark1").getRange("A1").format.columnWidth = 220;
      await context.sync();
    });
    expect([columnWidth(sheet, 0), columnWidth(sheet, 1)]).toEqual([293, DEFAULT_COLUMN_WIDTH]);
  });

  it("grows a row holding a larger font", async () => {
    const { sheet, client } = sheetWith([["A1", [["Titel"]]]]);
    await client.run(async (context) => {
      context.workbook.worksheets.getItem("Ark1").getRange("A1").format.font.size = 14;
      await context.sync();
    });
    expect([...tallRows(sheet)]).toEqual([[0, 25]]);
  });

  it("places a chart at its anchor cell, below the headers", () => {
    const { sheet } = sheetWith([]);
    const tall = new Map([[0, 25]]);
    expect(chartPosition(sheet, { row: 2, column: 3 }, { width: 44, height: 20 }, tall)).toEqual({
      left: 44 + 3 * DEFAULT_COLUMN_WIDTH,
      top: 20 + 25 + ROW_HEIGHT,
    });
  });
});
