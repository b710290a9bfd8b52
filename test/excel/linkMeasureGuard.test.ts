import { columnLetters } from "../../src/excel/a1";
import { linkMeasure } from "../../src/excel/linkMeasure";
import { TABLE_NAMES } from "../../src/excel/schema";
import { SEED_002_SETTINGS } from "../../src/excel/seed002";
import { bindHyperFormula } from "../../src/preview/hyperformula/hyperFormulaEvaluator";
import type { FakeExcelClient, FakeWorkbook } from "../../src/preview/officeFake/fakeExcel";
import { describeEachHost, setUpFake, stampBy } from "../support/fakeExcel";

const YEARS = [2021, 2022, 2023, 2024];

/** The seed workbook with a model sheet whose row 2 holds headroom and row 3 cash. */
async function withModel() {
  const { workbook, client } = await setUpFake({ example: true, settings: SEED_002_SETTINGS });
  workbook.model.addSheet("Model");
  client.type("Model!B2:E3", [
    [80, 90, 100, 110],
    [150, 140, 130, 120],
  ]);
  return { workbook, client };
}

function link(client: FakeExcelClient, measure: string, address: string) {
  return client.run((context) => linkMeasure(context, measure, address, YEARS, stampBy("Anna")));
}

/** A table's block on the BAR sheet, for addresses relative to it. */
function blockOf(workbook: FakeWorkbook, name: string) {
  const table = workbook.model.tables.byName(name);
  if (!table) throw new Error(`no table ${name}`);
  return table.block;
}

/** "BAR!C7" for 0-based row and column. */
const at = (row: number, column: number) => `BAR!${columnLetters(column)}${row + 1}`;

/** "BAR!C7:F7" from 0-based corners. */
const span = (row: number, column: number, lastRow: number, lastColumn: number) =>
  `${at(row, column)}:${columnLetters(lastColumn)}${lastRow + 1}`;

/** The row of a measure in BAR_Measures (0-based sheet row). */
function measureRow(workbook: FakeWorkbook, measure: string): number {
  const block = blockOf(workbook, TABLE_NAMES.measures);
  for (let row = block.row + 1; row < block.row + block.rows; row++) {
    if (workbook.valueAt(at(row, block.column)) === measure) return row;
  }
  throw new Error(`no measure ${measure}`);
}

describeEachHost("linkMeasure's guard against calculated columns", () => {
  it("checks as many rows below the change log as it writes there, so a colleague's cells are not overwritten", async () => {
    const { workbook, client } = await withModel();
    const measures = blockOf(workbook, TABLE_NAMES.measures);
    // Four more measures without figures yet, typed below the table (Excel takes them in).
    const below = measures.row + measures.rows;
    client.type(span(below, measures.column, below + 3, measures.column), [
      ["debt"],
      ["investments"],
      ["staff"],
      ["grants"],
    ]);
    expect(blockOf(workbook, TABLE_NAMES.measures).rows).toBe(measures.rows + 4);
    // Linking headroom logs 4 × 5 "-" fills of the other measures and its own 4 formulas: 24 rows.
    const log = blockOf(workbook, TABLE_NAMES.changeLog);
    const colleagues = at(log.row + log.rows + 19, log.column);
    client.type(colleagues, [["Bo's note"]]);

    const result = await link(client, "headroom", "Model!B2:E2");

    expect(workbook.valueAt(colleagues)).toBe("Bo's note");
    expect(result.status).toBe("blocked");
  });

  it("leaves another measure's own formula alone when it shows an empty text", async () => {
    const { workbook, client } = await withModel();
    bindHyperFormula(workbook.model);
    const measures = blockOf(workbook, TABLE_NAMES.measures);
    const cash2021 = at(measureRow(workbook, "cash"), measures.column + 1);
    // The analyst's own link: blank while the model has no cash figure yet.
    client.type(cash2021, [['=IF(Model!B9="","",Model!B9)']]);
    expect(workbook.valueAt(cash2021)).toBe("");

    expect((await link(client, "headroom", "Model!B2:E2")).status).toBe("linked");

    const sheet = workbook.model.sheetByName("BAR");
    const cell = sheet && workbook.model.cell(sheet.id, measureRow(workbook, "cash"), measures.column + 1);
    expect([cell?.formula, workbook.valueAt(cash2021)]).toEqual(['=IF(Model!B9="","",Model!B9)', ""]);
  });

  it("links nothing while BAR_Measures has an emptied row, and says which (a calculated column would fill it on the desktop)", async () => {
    const { workbook, client } = await withModel();
    const measures = blockOf(workbook, TABLE_NAMES.measures);
    // The analyst emptied the cash row (selected it and pressed Delete): a blank table row.
    const cashRow = measureRow(workbook, "cash");
    client.type(span(cashRow, measures.column, cashRow, measures.column + YEARS.length), [
      ["", "", "", "", ""],
    ]);

    const result = await link(client, "headroom", "Model!B2:E2");
    expect(result).toEqual({
      status: "blocked",
      problems: [expect.objectContaining({ key: "blankRow", table: TABLE_NAMES.measures })],
    });

    const sheetId = workbook.model.sheetByName("BAR")?.id ?? "";
    const formulas = YEARS.map(
      (_, index) => workbook.model.cell(sheetId, cashRow, measures.column + 1 + index)?.formula ?? null,
    );
    expect(formulas).toEqual([null, null, null, null]);
  });
});
