import type { CellValue } from "../engine/workbookProblem";
import { readRowsInBlocks } from "./blocks";
import { decodeText, decodeTime, encodeText, encodeTime, type EncodedCell } from "./cells";
import { isBlankRow, mapColumns } from "./columnMap";
import { CHANGE_LOG_COLUMNS as L, TABLE_NAMES, columnsOf } from "./schema";
import { isPayloadLimit, officeCode } from "./tableAccess";
import { toRow } from "./toCells";

/** Who makes a change and when; every write through the store carries one. */
export type ChangeStamp = { by: string; at: Date };

/** One row of BAR_ChangeLog: a changed cell, or an event such as a created initiative. */
export type ChangeEntry = {
  time: string;
  by: string;
  table: string;
  id: string;
  /** The column name, or one of LOG_EVENTS for changes that are not one cell. */
  field: string;
  oldValue: string;
  newValue: string;
};

/** Field names for log rows that record more than one cell. */
export const LOG_EVENTS = {
  created: "(created)",
  setUp: "(set up)",
  tableCreated: "(table created)",
  tableRestored: "(table restored)",
  columnRenamed: "(column renamed)",
  columnAdded: "(column added)",
  idAssigned: "(id assigned)",
  /** The row was deleted; the entries that follow with the same time hold its cells. */
  deleted: "(deleted)",
  /** A deleted row was written back from the log. */
  restored: "(restored)",
  /** A delete took another row by mistake (rows moved meanwhile) and was undone. */
  deleteUndone: "(delete undone)",
  codeListAdded: "(drop-down added)",
  /** The horizon moved to a new budget year (writeNewBudgetYear.ts); the entries after it hold what was filled in. */
  newBudgetYear: "(new budget year)",
} as const;

/** A log entry for one change; values are kept as text so the log shows exactly what was there. */
export function logEntry(
  stamp: ChangeStamp,
  table: string,
  id: string,
  field: string,
  oldValue: CellValue,
  newValue: CellValue,
): ChangeEntry {
  return {
    time: stamp.at.toISOString(),
    by: stamp.by,
    table,
    id,
    field,
    oldValue: decodeText(oldValue),
    newValue: decodeText(newValue),
  };
}

/** Log entries as rows in the order of the log's header. */
export function logRows(header: readonly string[], entries: readonly ChangeEntry[]): EncodedCell[][] {
  return entries.map((entry) =>
    toRow(
      header,
      new Map(
        (Object.keys(L) as (keyof typeof L)[]).map((field) => [
          L[field].toLowerCase(),
          field === "time" ? encodeTime(entry.time) : encodeText(entry[field]),
        ]),
      ),
    ),
  );
}

/**
 * Reads the change log, oldest first; `id` keeps only one row's history. One round trip,
 * or, for a log over Excel on the web's 5 MB response limit, its rows in blocks below it.
 * No log (the table was deleted) reads as no entries.
 */
export async function readChangeLog(context: Excel.RequestContext, id?: string): Promise<ChangeEntry[]> {
  const log = () => context.workbook.tables.getItem(TABLE_NAMES.changeLog);
  const header = log().getHeaderRowRange().load("values");
  const body = log().getDataBodyRange().load("values, rowCount, columnCount");
  let rows: CellValue[][];
  try {
    await context.sync();
    rows = body.values;
  } catch (error) {
    if (officeCode(error) === "ItemNotFound") return [];
    if (!isPayloadLimit(error)) throw error;
    const size = log().getDataBodyRange().load("rowCount, columnCount");
    const headerAgain = log().getHeaderRowRange().load("values");
    await context.sync();
    rows = await readRowsInBlocks(context, size.rowCount, size.columnCount, (row, count) =>
      log()
        .getDataBodyRange()
        .getRow(row)
        .getResizedRange(count - 1, 0),
    );
    return selectEntries(
      toChangeEntries(
        headerAgain.values[0].map((cell) => decodeText(cell)),
        rows,
      ),
      id,
    );
  }
  return selectEntries(
    toChangeEntries(
      header.values[0].map((cell: CellValue) => decodeText(cell)),
      rows,
    ),
    id,
  );
}

/**
 * The log's last `count` entries, oldest first, in two round trips (its size, then those
 * rows), so a long log costs what its tail holds. No log reads as no entries.
 */
export async function readRecentChangeLog(
  context: Excel.RequestContext,
  count: number,
): Promise<ChangeEntry[]> {
  const log = () => context.workbook.tables.getItem(TABLE_NAMES.changeLog);
  const header = log().getHeaderRowRange().load("values");
  const size = log().getDataBodyRange().load("rowCount");
  try {
    await context.sync();
  } catch (error) {
    if (officeCode(error) === "ItemNotFound") return [];
    throw error;
  }
  const rows = Math.min(count, size.rowCount);
  const tail = log()
    .getDataBodyRange()
    .getRow(size.rowCount - rows)
    .getResizedRange(rows - 1, 0)
    .load("values");
  await context.sync();
  return toChangeEntries(
    header.values[0].map((cell: CellValue) => decodeText(cell)),
    tail.values,
  );
}

function selectEntries(entries: ChangeEntry[], id: string | undefined): ChangeEntry[] {
  return entries.filter((entry) => id === undefined || entry.id === id);
}

/** Log rows as entries, by the log's header; blank rows are left out. */
export function toChangeEntries(header: readonly string[], rows: readonly CellValue[][]): ChangeEntry[] {
  const map = mapColumns(
    { name: TABLE_NAMES.changeLog, header: [...header], rows: [], bodyAddress: "A1" },
    columnsOf("changeLog", []),
  );
  const text = (row: CellValue[], column: string) => decodeText(map.cell(row, column));
  return rows
    .filter((row) => !isBlankRow(row))
    .map((row) => ({
      time: decodeTime(map.cell(row, L.time)) ?? text(row, L.time),
      by: text(row, L.by),
      table: text(row, L.table),
      id: text(row, L.id),
      field: text(row, L.field),
      oldValue: text(row, L.oldValue),
      newValue: text(row, L.newValue),
    }));
}
