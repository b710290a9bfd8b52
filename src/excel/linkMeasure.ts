import type { CellValue, WorkbookProblem } from "../engine/workbookProblem";
import { cellAddress, parseAddress, quoteSheet } from "./a1";
import { appendCheckResult, queueAppend, queueAppendCheck } from "./appendRows";
import { AMOUNT_FORMAT, NOT_ESTIMATED_CELL, decodeText, encodeText, type EncodedCell } from "./cells";
import { logEntry, logRows, type ChangeStamp } from "./changeLog";
import { mapColumns, type ColumnMap } from "./columnMap";
import { MEASURE_COLUMNS, TABLE_NAMES, columnsOf } from "./schema";
import { syncExpecting } from "./tableAccess";
import { toRow } from "./toCells";

/** What pointing a measure at the model came to. */
export type LinkResult =
  | { status: "linked"; formulas: string[] }
  /** The address is not one row or one column with a cell per year. */
  | { status: "wrongShape"; expected: number; rows: number; columns: number }
  | { status: "notAnAddress"; address: string }
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
  if (!block || block.sheet === "") return { status: "notAnAddress", address };
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
  const body = target.table.getDataBodyRange().load("values, address");
  const log = queueAppendCheck(context, TABLE_NAMES.changeLog, years.length * 4);
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
  const rows = context.workbook.tables.getItem(name).getDataBodyRange();
  // Desktop Excel turns a formula written into an otherwise empty table column into a
  // calculated column and copies it into every other row (office-js #2093, "by design"):
  // the other measures would silently show this one's figures. A column that already holds
  // data is left alone, so blank year cells of the other measures get "-" (not known, as
  // blank meant) first, logged. This holds whatever AutoCorrect is set to.
  const filled = blankYearCells(body.values, index, years, map);
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
  queueAppend(context, TABLE_NAMES.changeLog, logRows(logState.header, entries));
  await context.sync();
  return { status: "linked", formulas };
}

/** Year cells of the other measures that are blank, in columns where this one gets a formula. */
function blankYearCells(
  rows: readonly CellValue[][],
  linked: number,
  years: readonly number[],
  map: ColumnMap,
): { row: number; year: number }[] {
  return rows.flatMap((row, at) =>
    at === linked || decodeText(map.cell(row, MEASURE_COLUMNS.measure)).trim() === ""
      ? []
      : years
          .filter((year) => decodeText(map.cell(row, String(year))).trim() === "")
          .map((year) => ({ row: at, year })),
  );
}
