import { columnLetters, parseAddress, quoteSheet } from "./a1";
import { readWorkbook } from "./readWorkbook";
import {
  toStatusReport,
  type ReportOrigin,
  type StatusReport,
  type StatusReportTexts,
} from "./toStatusReport";
import type { WorkbookData } from "./toWorkbookData";

/** The report sheet's name: the same in every language, so co-authors refresh one sheet. */
export const REPORT_SHEET = "BAR Status";

/**
 * The workbook name BAR gives the block of cells it wrote. A refresh finds its block by
 * this name, not by position, and rewrites only it: everything else on the sheet (a
 * comment, a note, a formula of the user's) stays as it is.
 */
export const REPORT_NAME = "BAR_StatusReport";

/** Charts BAR owns on the report sheet carry this prefix, so a refresh replaces them, not the user's. */
export const REPORT_CHART_PREFIX = "BAR_StatusChart";

/** What writing the report came to. */
export type ReportResult =
  | {
      status: "written";
      sheet: string;
      /** The block BAR wrote, e.g. "'BAR Status'!A1:E15". */
      address: string;
      /** A sheet named "BAR Status" was there but not BAR's, so the report went to this new sheet. */
      besideSheet: string | null;
    }
  /** The report has grown, and the cells it would now cover hold someone's content: nothing was written. */
  | { status: "blocked"; sheet: string; address: string };

/** Other names tried, in order, when "BAR Status" is a sheet BAR did not write. */
const FREE_SHEET_NAMES = Array.from({ length: 9 }, (_, index) => `${REPORT_SHEET} (${index + 2})`);

/**
 * Writes the status report, or refreshes it in place. A first report goes on a new sheet
 * ("BAR Status", or "BAR Status (2)" … when a sheet of that name is the user's own) and
 * its block is named `REPORT_NAME`. A refresh clears and rewrites that block only, and
 * refuses (nothing written) when a larger report would cover cells someone else filled.
 * Two round trips for a first report, four for a refresh; calculation is suspended while
 * writing.
 */
export async function writeStatusReport(
  context: Excel.RequestContext,
  data: WorkbookData,
  texts: StatusReportTexts,
  now: Date = new Date(),
): Promise<ReportResult> {
  const named = context.workbook.names.getItemOrNullObject(REPORT_NAME);
  const sheets = [REPORT_SHEET, ...FREE_SHEET_NAMES].map((name) => ({
    name,
    probe: context.workbook.worksheets.getItemOrNullObject(name),
  }));
  await context.sync();
  if (named.isNullObject) {
    const free = sheets.find((entry) => entry.probe.isNullObject)?.name ?? `${REPORT_SHEET} ${Date.now()}`;
    context.application.suspendApiCalculationUntilNextSync();
    const sheet = context.workbook.worksheets.add(free);
    const address = queueReport(
      context,
      sheet,
      toStatusReport(data, texts, { row: 0, column: 0 }, now),
      texts,
      {
        row: 0,
        column: 0,
      },
      free,
    );
    await context.sync();
    return {
      status: "written",
      sheet: free,
      address,
      besideSheet: free === REPORT_SHEET ? null : REPORT_SHEET,
    };
  }

  const old = context.workbook.names.getItem(REPORT_NAME).getRange().load("address");
  await context.sync();
  const block = parseAddress(old.address);
  if (!block) throw new Error(`The name ${REPORT_NAME} refers to "${old.address}", which is not a range.`);
  const sheet = context.workbook.worksheets.getItem(block.sheet);
  const origin = { row: block.row, column: block.column };
  const report = toStatusReport(data, texts, origin, now);
  const rows = report.rows.length;
  const width = report.rows[0].length;
  // The cells a grown report would cover beyond its old block: below it and to its right.
  const grown = [
    rows > block.rows ? [block.row + block.rows, block.column, rows - block.rows, width] : null,
    width > block.columns
      ? [block.row, block.column + block.columns, Math.min(rows, block.rows), width - block.columns]
      : null,
  ]
    .filter((part): part is number[] => part !== null)
    .map(([row, column, count, columns]) =>
      sheet.getRangeByIndexes(row, column, count, columns).getUsedRangeOrNullObject(true).load("address"),
    );
  const charts = sheet.charts.load("items/name");
  await context.sync();
  const taken = grown.find((used) => !used.isNullObject);
  if (taken) return { status: "blocked", sheet: block.sheet, address: taken.address };

  context.application.suspendApiCalculationUntilNextSync();
  sheet.getRangeByIndexes(block.row, block.column, block.rows, block.columns).clear(Excel.ClearApplyTo.all);
  for (const chart of charts.items) if (chart.name.startsWith(REPORT_CHART_PREFIX)) chart.delete();
  context.workbook.names.getItem(REPORT_NAME).delete();
  const address = queueReport(context, sheet, report, texts, origin, block.sheet);
  await context.sync();
  return { status: "written", sheet: block.sheet, address, besideSheet: null };
}

/** Queues the report's cells, formats, print settings and charts at `origin`, and names its block. Returns its address. */
function queueReport(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  report: StatusReport,
  texts: StatusReportTexts,
  origin: ReportOrigin,
  sheetName: string,
): string {
  const width = report.rows[0].length;
  const height = report.rows.length;
  const grid = sheet.getRangeByIndexes(origin.row, origin.column, height, width);
  grid.numberFormat = report.rows.map((row) => row.map((cell) => cell.numberFormat));
  // Names are written with Excel's text prefix (encodeText), so no order of writes makes one a formula.
  grid.formulas = report.rows.map((row) => row.map((cell) => cell.value));
  queueFormats(sheet, report, origin);
  queuePrintSettings(sheet, report, origin);
  report.chartSources.forEach((source, index) => {
    const chart = sheet.charts.add(
      Excel.ChartType.columnClustered,
      sheet.getRange(source),
      Excel.ChartSeriesBy.rows,
    );
    chart.name = `${REPORT_CHART_PREFIX}${index + 1}`;
    chart.title.text = texts.chartTitle;
    chart.setPosition(`${columnLetters(origin.column + width + 1)}${origin.row + 3 + index * 16}`);
  });
  // No comment on the name: NamedItem.comment is not on the web's undo stack
  // (docs/excel/excel-add-ins-undo-capabilities.md), and a report should be one Ctrl+Z.
  context.workbook.names.add(REPORT_NAME, grid);
  const last = columnLetters(origin.column + width - 1);
  return `${quoteSheet(sheetName)}!${columnLetters(origin.column)}${origin.row + 1}:${last}${origin.row + height}`;
}

/**
 * The committee's table: years, amounts and "-" right-aligned (years are text, so a chart
 * takes them as categories, and text is left-aligned unless told), headings bold over a
 * rule, totals bold under one (Range.format, ExcelApi 1.1). One call per styled row.
 */
function queueFormats(sheet: Excel.Worksheet, report: StatusReport, origin: ReportOrigin): void {
  const width = report.rows[0].length;
  const years = width - 2;
  sheet.getRangeByIndexes(
    origin.row,
    origin.column + 1,
    report.rows.length,
    years,
  ).format.horizontalAlignment = "Right";
  report.styles.forEach((style, index) => {
    if (style === "plain") return;
    const row = sheet.getRangeByIndexes(origin.row + index, origin.column, 1, width);
    row.format.font.bold = true;
    if (style === "title") row.format.font.size = 14;
    if (style === "header" || style === "total") {
      const line = row.format.borders.getItem(style === "header" ? "EdgeBottom" : "EdgeTop");
      line.style = "Continuous";
      line.weight = "Thin";
    }
  });
  sheet.getRangeByIndexes(origin.row, origin.column, report.rows.length, 1).format.columnWidth = 220;
  sheet.getRangeByIndexes(origin.row, origin.column + width - 1, report.rows.length, 1).format.columnWidth =
    110;
}

/**
 * Ready to print: landscape, one page wide (as many tall as it takes), the title, date and
 * row of years on every page. Worksheet.pageLayout and these members are ExcelApi 1.9
 * (@types/office-js), below the 1.13 BAR requires, so no guard is needed. `zoom` is set as one
 * object, as docs/develop/application-specific-api-model.md requires; title rows are entire rows.
 */
function queuePrintSettings(sheet: Excel.Worksheet, report: StatusReport, origin: ReportOrigin): void {
  sheet.pageLayout.orientation = "Landscape";
  sheet.pageLayout.zoom = { horizontalFitToPages: 1 };
  const first = origin.row + report.titleRows.first + 1;
  sheet.pageLayout.setPrintTitleRows(`$${first}:$${first + report.titleRows.count - 1}`);
}

/** Reads the BAR tables and writes the report from them, in one Excel.run. */
export async function readAndWriteStatusReport(
  context: Excel.RequestContext,
  texts: StatusReportTexts,
  now: Date = new Date(),
): Promise<ReportResult> {
  return writeStatusReport(context, await readWorkbook(context), texts, now);
}
