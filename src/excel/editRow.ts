import type { CellValue, WorkbookProblem } from "../engine/workbookProblem";
import { appendCheckResult, queueAppend, queueRowsSince } from "./appendRows";
import { decodeText, encodeText, encodeTime, readBack, sameCell, type EncodedCell } from "./cells";
import { logEntry, logRows, toChangeEntries, type ChangeEntry, type ChangeStamp } from "./changeLog";
import { cellAddress, parseAddress, toAddress } from "./a1";
import { isBlankRow, mapColumns } from "./columnMap";
import { findCells } from "./findRow";
import type { OwnWrite } from "./ownWrite";
import { KEY_COLUMN, TABLE_NAMES, columnsOf, type ColumnSpec, type TableKey } from "./schema";

/**
 * One cell to change: what the user started from (`base`) and what they want (`value`).
 * `exact` compares cells as stored rather than by meaning, for repairs that change only
 * how a value is stored ("-1.257" as text into the number -1257).
 */
export type CellEdit = { column: string; base: CellValue; value: EncodedCell; exact?: boolean };

/** One cell a co-author changed while the user was editing it. */
export type CellConflict = { column: string; base: CellValue; mine: CellValue; theirs: CellValue };

/** A row as the workbook holds it now, keyed by column name as in the header. */
export type RowValues = Record<string, CellValue>;

/** The outcome of a checked row edit. */
export type RowEditOutcome =
  | { status: "saved"; row: RowValues; changed: string[]; written: OwnWrite }
  /**
   * Saved, but a co-author saved the same cell between our check and our write: ours is
   * in the cell, theirs (in `theirsRow` and the log) was overwritten. The user decides.
   */
  | {
      status: "overwrote";
      row: RowValues;
      theirsRow: RowValues;
      changed: string[];
      conflicts: CellConflict[];
    }
  | { status: "unchanged"; row: RowValues }
  | { status: "conflict"; conflicts: CellConflict[]; row: RowValues }
  | { status: "notFound"; id: string }
  | { status: "blocked"; problems: WorkbookProblem[] };

/** Optional columns stamped with who and when on every saved edit (BAR_Initiatives' ChangedAt/ChangedBy). */
export type StampColumns = { at: string; by: string };

/**
 * Saves cell edits to the row with key `id`, in at most two round trips: read the table
 * and check that each cell still holds what the user started from; then write and log.
 * A cell a co-author changed in between is a conflict and nothing is written, unless they
 * made the very same change. Cells are compared by meaning (-1257 equals "-1.257").
 */
export async function editRow(
  context: Excel.RequestContext,
  tableKey: TableKey,
  id: string,
  edits: readonly CellEdit[],
  stamp: ChangeStamp,
  stampColumns?: StampColumns,
  years: readonly number[] = [],
): Promise<RowEditOutcome> {
  const name = TABLE_NAMES[tableKey];
  const keyColumn = KEY_COLUMN[tableKey];
  const found = await findCells(
    context,
    name,
    keyColumn,
    id,
    edits.map((edit) => edit.column),
    edits.length,
    years,
  );
  if ("problems" in found) return { status: "blocked", problems: found.problems };
  const { log } = found;
  const specs = columnsOf(tableKey, years);
  const map = mapColumns({ name, header: found.header, rows: [], bodyAddress: found.bodyAddress }, specs);
  const missing = map.problems.filter(
    (problem) =>
      problem.key === "columnMissing" &&
      (problem.column === keyColumn ||
        edits.some((edit) => edit.column.toLowerCase() === problem.column.toLowerCase())),
  );
  if (missing.length > 0) return { status: "blocked", problems: missing };
  const logState = appendCheckResult(log);
  if ("problems" in logState) return { status: "blocked", problems: logState.problems };

  const wanted = id.trim().toLowerCase();
  const { index } = found;
  if (index === -1) return { status: "notFound", id };
  const headerNames = found.header.map((cell: CellValue) => decodeText(cell));
  const toRowValues = (row: readonly CellValue[]): RowValues =>
    Object.fromEntries(headerNames.map((column: string, at: number) => [column, row[at]]));
  const rowRange = () => context.workbook.tables.getItem(name).getDataBodyRange().getRow(index);
  // The whole row only when the outcome needs it: one row, however large the table.
  const readRow = async () => {
    const row = rowRange().load("values");
    await context.sync();
    return toRowValues(row.values[0] as CellValue[]);
  };

  const conflicts: CellConflict[] = [];
  const changes: { edit: CellEdit; old: CellValue }[] = [];
  for (const edit of edits) {
    const spec = specOf(specs, edit.column);
    const same = (a: CellValue, b: CellValue) => (edit.exact ? a === b : sameCell(spec, a, b));
    const now = found.cells[edit.column];
    if (same(now, readBack(edit.value))) continue;
    if (same(now, edit.base)) changes.push({ edit, old: now });
    else conflicts.push({ column: edit.column, base: edit.base, mine: readBack(edit.value), theirs: now });
  }
  if (conflicts.length > 0) return { status: "conflict", conflicts, row: await readRow() };
  if (changes.length === 0) return { status: "unchanged", row: await readRow() };

  const cells = context.workbook.tables.getItem(name).getDataBodyRange();
  const body = parseAddress(found.bodyAddress);
  const writtenCells: string[] = [];
  const write = (column: string, cell: EncodedCell) => {
    if (body) writtenCells.push(cellAddress(body, index, map.index(column)));
    const target = cells.getCell(index, map.index(column));
    target.numberFormat = [[cell.numberFormat]];
    target.values = [[cell.value]];
  };
  const entries: ChangeEntry[] = [];
  for (const { edit, old } of changes) {
    write(edit.column, edit.value);
    entries.push(logEntry(stamp, name, id, edit.column, old, readBack(edit.value)));
  }
  if (stampColumns && map.index(stampColumns.at) !== -1)
    write(stampColumns.at, encodeTime(stamp.at.toISOString()));
  if (stampColumns && map.index(stampColumns.by) !== -1) write(stampColumns.by, encodeText(stamp.by));
  queueAppend(context, TABLE_NAMES.changeLog, logRows(logState.header, entries));
  // Office.js cannot make the write conditional, so the check has a window of one round
  // trip: read back what co-authors logged in it, and say so if they changed our cells.
  const since = queueRowsSince(context, TABLE_NAMES.changeLog, logState.rowsBefore);
  // Read in the same request, after the writes: the row as it is now, ours included.
  const written = rowRange().load("values");
  await context.sync();

  const after = toRowValues(written.values[0] as CellValue[]);
  const columnOf = (column: string) => headerNames[map.index(column)];
  const changed = changes.map(({ edit }) => edit.column);
  // Our own entries are the last rows written; a blank row after them (a host that grew
  // the table further) must not push one of ours into "theirs".
  const rowsSince = withoutTrailingBlankRows(since.values);
  const theirsMeanwhile = toChangeEntries(
    logState.header,
    rowsSince.slice(0, Math.max(0, rowsSince.length - entries.length)),
  );
  const overwritten: CellConflict[] = [];
  const theirsRow: RowValues = { ...after };
  for (const { edit } of changes) {
    const same = theirsMeanwhile.filter(
      (entry) =>
        entry.table === name &&
        entry.id.trim().toLowerCase() === wanted &&
        entry.field.toLowerCase() === edit.column.toLowerCase(),
    );
    const last = same[same.length - 1];
    if (!last) continue;
    overwritten.push({
      column: edit.column,
      base: edit.base,
      mine: readBack(edit.value),
      theirs: last.newValue,
    });
    theirsRow[columnOf(edit.column)] = last.newValue;
  }
  if (overwritten.length > 0)
    return { status: "overwrote", row: after, theirsRow, changed, conflicts: overwritten };
  return {
    status: "saved",
    row: after,
    changed,
    written: {
      table: name,
      index,
      header: found.header,
      values: written.values[0] as CellValue[],
      address: body ? toAddress({ ...body, row: body.row + index, rows: 1 }) : "",
      cells: writtenCells,
    },
  };
}

/** The spec of a column, or plain text for a column the schema does not describe. */
function specOf(specs: readonly ColumnSpec[], column: string): ColumnSpec {
  return (
    specs.find((spec) => spec.name.toLowerCase() === column.toLowerCase()) ?? {
      name: column,
      kind: "text",
      key: false,
    }
  );
}

function withoutTrailingBlankRows(rows: CellValue[][]): CellValue[][] {
  let end = rows.length;
  while (end > 0 && isBlankRow(rows[end - 1])) end--;
  return rows.slice(0, end);
}
