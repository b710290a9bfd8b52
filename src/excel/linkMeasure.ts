import type { CellValue, WorkbookProblem } from "../engine/workbookProblem";
import { cellAddress, parseAddress, quoteSheet } from "./a1";
import { appendCheckResult, queueAppend, queueAppendCheck } from "./appendRows";
import { AMOUNT_FORMAT, NOT_ESTIMATED_CELL, decodeText, encodeText, type EncodedCell } from "./cells";
import { logEntry, logRows, type ChangeStamp } from "./changeLog";
import { isBlankRow, mapColumns, type ColumnMap } from "./columnMap";
import { MEASURE_COLUMNS, TABLE_NAMES, columnsOf } from "./schema";
import { syncExpecting } from "./tableAccess";
import { toRow } from "./toCells";

/** What pointing a measure at the model came to. */
export type LinkResult =
  | { status: "linked"; formulas: string[] }
  /** The address is not one row or one column with a cell per year. */
  | { status: "wrongShape"; expected: number; rows: number; columns: number }
  | { status: "notAnAddress"; address: string }
  /** A range without its sheet ("B2:E2"): the formulas must name the model's sheet. */
  | { status: "noSheet"; address: string }
  | { status: "sheetMissing"; sheet: string }
  | { status: "blocked"; problems: WorkbookProblem[] };

/**
 * Points a strategy measure (headroom, cash, …) at the model once: BAR_Measures gets, per
 * year, a formula such as `=Budget!D12` into the range the user selected, so the figures
 * follow the model and are read with everything else in one round trip. Two round trips.
 */
export async function linkMeasure(
  context: Excel.RequestContext,
  measure: string,
  address: string,
  years: readonly number[],
  stamp: ChangeStamp,
): Promise<LinkResult> {
  const block = parseAddress(address);
  if (!block) return { status: "notAnAddress", address };
  if (block.sheet === "") return { status: "noSheet", address };
  if (Math.min(block.rows, block.columns) !== 1 || block.rows * block.columns !== years.length) {
    return { status: "wrongShape", expected: years.length, rows: block.rows, columns: block.columns };
  }
  const formulas = years.map((_, index) => {
    const cell = cellAddress(block, block.rows === 1 ? 0 : index, block.rows === 1 ? index : 0).split("!")[1];
    return `=${quoteSheet(block.sheet)}!${cell}`;
  });
  const name = TABLE_NAMES.measures;
  const source = context.workbook.worksheets.getItemOrNullObject(block.sheet);
  const target = queueAppendCheck(context, name, 1);
  const body = target.table.getDataBodyRange().load("values, formulas, address");
  // Room in the log for this measure's years and, usually, the "-" given to a few others.
  const logRoom = years.length * LOG_ROWS_PER_YEAR;
  const log = queueAppendCheck(context, TABLE_NAMES.changeLog, logRoom);
  const missing = await syncExpecting(context, [{ table: name }, { table: TABLE_NAMES.changeLog }], years);
  if (missing.length > 0) return { status: "blocked", problems: missing };

  // eslint-disable-next-line office-addins/call-sync-before-read -- syncExpecting synced the batch
  if (source.isNullObject) return { status: "sheetMissing", sheet: block.sheet };
  const targetState = appendCheckResult(target);
  if ("problems" in targetState) return { status: "blocked", problems: targetState.problems };
  const logState = appendCheckResult(log);
  if ("problems" in logState) return { status: "blocked", problems: logState.problems };
  const map = mapColumns(
    { name, header: targetState.header, rows: body.values, bodyAddress: body.address },
    columnsOf("measures", years),
  );
  if (map.problems.length > 0) return { status: "blocked", problems: map.problems };

  const wanted = measure.trim().toLowerCase();
  const index = body.values.findIndex(
    (row: CellValue[]) => decodeText(map.cell(row, MEASURE_COLUMNS.measure)).trim().toLowerCase() === wanted,
  );
  const old = (year: number): CellValue => (index === -1 ? "" : map.cell(body.values[index], String(year)));
  // A row someone emptied has no measure to give "-" to; a calculated column would fill it.
  const blankRow = body.values.findIndex((row: CellValue[], at: number) => at !== index && isBlankRow(row));
  if (blankRow !== -1) {
    const address = map.address(blankRow, MEASURE_COLUMNS.measure);
    return { status: "blocked", problems: [{ key: "blankRow", severity: "error", table: name, address }] };
  }
  const rows = context.workbook.tables.getItem(name).getDataBodyRange();
  // Desktop Excel turns a formula written into an otherwise empty table column into a
  // calculated column and copies it into every other row (office-js #2093, "by design"):
  // the other measures would silently show this one's figures. A column that already holds
  // data is left alone, so blank year cells of the other measures get "-" (not known, as
  // blank meant) first, logged. This holds whatever AutoCorrect is set to.
  const filled = blankYearCells(body.values, body.formulas, index, years, map);
  let logCheck = logState;
  if (filled.length + years.length > logRoom) {
    // The log gets a row per filled cell too: check that many rows below it are free.
    const more = queueAppendCheck(context, TABLE_NAMES.changeLog, filled.length + years.length);
    const gone = await syncExpecting(context, [{ table: TABLE_NAMES.changeLog }], years);
    if (gone.length > 0) return { status: "blocked", problems: gone };
    const state = appendCheckResult(more);
    if ("problems" in state) return { status: "blocked", problems: state.problems };
    logCheck = state;
  }
  for (const { row, year } of filled) {
    const cell = rows.getCell(row, map.index(String(year)));
    cell.numberFormat = [[AMOUNT_FORMAT]];
    cell.values = [[NOT_ESTIMATED_CELL]];
  }
  if (index === -1) {
    const cells = new Map<string, EncodedCell>([
      [MEASURE_COLUMNS.measure.toLowerCase(), encodeText(measure.trim())],
    ]);
    years.forEach((year, at) =>
      cells.set(String(year), { value: formulas[at], numberFormat: AMOUNT_FORMAT }),
    );
    queueAppend(context, name, [toRow(targetState.header, cells)]);
  } else {
    years.forEach((year, at) => {
      const cell = rows.getCell(index, map.index(String(year)));
      cell.numberFormat = [[AMOUNT_FORMAT]];
      cell.formulas = [[formulas[at]]];
    });
  }
  const entries = [
    ...filled.map(({ row, year }) =>
      logEntry(
        stamp,
        name,
        decodeText(map.cell(body.values[row], MEASURE_COLUMNS.measure)),
        String(year),
        "",
        NOT_ESTIMATED_CELL,
      ),
    ),
    ...years.map((year, at) => logEntry(stamp, name, measure.trim(), String(year), old(year), formulas[at])),
  ];
  queueAppend(context, TABLE_NAMES.changeLog, logRows(logCheck.header, entries));
  await context.sync();
  return { status: "linked", formulas };
}

/** Log rows checked in the first round trip per year: this measure and up to seven others. */
const LOG_ROWS_PER_YEAR = 8;

/**
 * Year cells of the other measures that are blank, in columns where this one gets a
 * formula. A cell whose own formula shows "" is not blank: it is the user's.
 */
function blankYearCells(
  rows: readonly CellValue[][],
  formulas: readonly CellValue[][],
  linked: number,
  years: readonly number[],
  map: ColumnMap,
): { row: number; year: number }[] {
  const blank = (row: number, year: number) =>
    decodeText(map.cell(rows[row], String(year))).trim() === "" &&
    decodeText(map.cell(formulas[row], String(year))).trim() === "";
  return rows.flatMap((_, at) =>
    at === linked ? [] : years.filter((year) => blank(at, year)).map((year) => ({ row: at, year })),
  );
}
