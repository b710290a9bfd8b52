import { columnLetters } from "./a1";
import { readWorkbook } from "./readWorkbook";
import { toStatusReport, type StatusReportTexts } from "./toStatusReport";
import type { WorkbookData } from "./toWorkbookData";

/** The report sheet's name: the same in every language, so co-authors refresh one sheet. */
export const REPORT_SHEET = "BAR Status";

/** Charts BAR owns on the report sheet carry this prefix, so a refresh replaces them, not the user's. */
export const REPORT_CHART_PREFIX = "BAR_StatusChart";

/**
 * Writes the status report on its own sheet, or refreshes it in place: the sheet's old
 * contents and BAR's charts are replaced, nothing else in the workbook is touched. Two
 * round trips for a new sheet, three to refresh one: find the sheet, its charts, then write
 * everything with calculation suspended. Returns the sheet's name.
 */
export async function writeStatusReport(
  context: Excel.RequestContext,
  data: WorkbookData,
  texts: StatusReportTexts,
): Promise<string> {
  const report = toStatusReport(data, texts);
  const existing = context.workbook.worksheets.getItemOrNullObject(REPORT_SHEET);
  await context.sync();
  // Only once the sheet is known to exist are its charts asked for (src/excel/tableAccess.ts).
  const charts = existing.isNullObject
    ? null
    : context.workbook.worksheets.getItem(REPORT_SHEET).charts.load("items/name");
  if (charts) await context.sync();

  context.application.suspendApiCalculationUntilNextSync();
  let sheet: Excel.Worksheet;
  if (!charts) {
    sheet = context.workbook.worksheets.add(REPORT_SHEET);
  } else {
    sheet = context.workbook.worksheets.getItem(REPORT_SHEET);
    sheet.getRange().clear(Excel.ClearApplyTo.all);
    for (const chart of charts.items) {
      if (chart.name.startsWith(REPORT_CHART_PREFIX)) chart.delete();
    }
  }
  const width = report.rows[0].length;
  const grid = sheet.getRangeByIndexes(0, 0, report.rows.length, width);
  // Formats first: a name typed as "=…" must land in a text cell and stay text.
  grid.numberFormat = report.rows.map((row) => row.map((cell) => cell.numberFormat));
  grid.formulas = report.rows.map((row) => row.map((cell) => cell.value));
  report.rows.forEach((row, index) => {
    if (row.some((cell) => cell.bold)) sheet.getRangeByIndexes(index, 0, 1, width).format.font.bold = true;
  });
  sheet.getRangeByIndexes(0, 0, 1, 1).format.font.size = 14;
  sheet.getRangeByIndexes(0, 0, report.rows.length, 1).format.columnWidth = 220;
  report.chartSources.forEach((source, index) => {
    const chart = sheet.charts.add(
      Excel.ChartType.columnClustered,
      sheet.getRange(source),
      Excel.ChartSeriesBy.rows,
    );
    chart.name = `${REPORT_CHART_PREFIX}${index + 1}`;
    chart.title.text = texts.chartTitle;
    chart.setPosition(`${columnLetters(width + 1)}${3 + index * 16}`);
  });
  await context.sync();
  return REPORT_SHEET;
}

/** Reads the BAR tables and writes the report from them, in one Excel.run (three or four round trips). */
export async function readAndWriteStatusReport(
  context: Excel.RequestContext,
  texts: StatusReportTexts,
): Promise<string> {
  return writeStatusReport(context, await readWorkbook(context), texts);
}
