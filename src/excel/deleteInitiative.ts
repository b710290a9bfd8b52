import type { Initiative } from "../engine/initiative";
import type { CellValue, WorkbookProblem } from "../engine/workbookProblem";
import { appendCheckResult, queueAppend, queueAppendCheck } from "./appendRows";
import { decodeText, readBack, sameCell } from "./cells";
import { LOG_EVENTS, logEntry, logRows, type ChangeEntry, type ChangeStamp } from "./changeLog";
import { mapColumns } from "./columnMap";
import { findRow } from "./findRow";
import { INITIATIVE_COLUMNS as C, KEY_COLUMN, TABLE_NAMES, columnsOf, type TableKey } from "./schema";
import { initiativeCells, type RowCells } from "./toCells";
import { toInitiatives } from "./toInitiatives";

/** What deleting an initiative came to; the pane handles each case, nothing is thrown for them. */
export type DeleteResult =
  /** Deleted; the log holds the whole row (`entries`), so it can be restored. */
  | { status: "deleted"; id: string; entries: ChangeEntry[] }
  /** Someone changed the initiative since the user saw it: nothing was deleted. Show `theirs`. */
  | { status: "changed"; theirs: Initiative; columns: string[] }
  /**
   * Rows moved while the delete was under way (a co-author deleted or sorted rows), so the
   * row at the checked position was another one: it was put back at the end of the table,
   * nothing is lost, and the user tries again on a fresh read.
   */
  | { status: "moved"; id: string }
  | { status: "notFound"; id: string }
  | { status: "blocked"; problems: WorkbookProblem[] };

/** The columns BAR stamps on every save: a change of stamp alone is not a change the user must see. */
const STAMPS = new Set([C.changedAt.toLowerCase(), C.changedBy.toLowerCase()]);

/**
 * Deletes the initiative the user saw (`base`) in two round trips: find its row and check
 * that every cell still means what the user saw; then delete the row (`TableRow.delete`,
 * the only way to remove a table row; rows have no id, only a position,
 * docs/excel/excel-add-ins-tables.md) and log the whole row in BAR_ChangeLog, one entry per
 * cell after a "(deleted)" entry, so it can be restored.
 *
 * Office.js cannot make a delete conditional, so the row's cells are read in the same
 * request, just before the delete: if a co-author moved rows in the one round trip between
 * the check and the delete, the deleted row is another one, which is written back (a third
 * round trip) and the result is `moved`. A table's only row is cleared instead of deleted:
 * what Excel does when a table's last body row is deleted is not documented.
 */
export async function deleteInitiative(
  context: Excel.RequestContext,
  base: Initiative,
  years: readonly number[],
  stamp: ChangeStamp,
): Promise<DeleteResult> {
  const seen = initiativeCells(base, years);
  const result = await deleteRow(context, "initiatives", base.id, seen, base.name, years, stamp);
  if (result.status !== "changed") return result;
  return {
    status: "changed",
    columns: result.columns,
    theirs: toInitiative(result.header, result.row, years),
  };
}

/** What deleting a row of any BAR table came to; `changed` carries the row as it is now. */
export type RowDeleteResult =
  | Exclude<DeleteResult, { status: "changed" }>
  | { status: "changed"; columns: string[]; header: CellValue[]; row: CellValue[] };

/**
 * Deletes the row with key `id` of a BAR table (deleteInitiative's checks, for any table):
 * `seen` is the row as the user saw it; `label` names it in the "(deleted)" entry.
 */
export async function deleteRow(
  context: Excel.RequestContext,
  key: TableKey,
  id: string,
  seen: RowCells,
  label: string,
  years: readonly number[],
  stamp: ChangeStamp,
): Promise<RowDeleteResult> {
  const name = TABLE_NAMES[key];
  const specs = columnsOf(key, years);
  const found = await findRow(context, name, KEY_COLUMN[key], id, specs.length + 1, years);
  if ("problems" in found) return { status: "blocked", problems: found.problems };
  const logState = appendCheckResult(found.log);
  if ("problems" in logState) return { status: "blocked", problems: logState.problems };
  const { index, current } = found;
  if (index === -1 || current === null) return { status: "notFound", id };
  const map = mapColumns(
    { name, header: found.header, rows: found.rows, bodyAddress: found.bodyAddress },
    specs,
  );
  const changed = specs
    .filter((spec) => !STAMPS.has(spec.name.toLowerCase()) && map.index(spec.name) !== -1)
    .filter((spec) => {
      const cell = seen.get(spec.name.toLowerCase());
      return cell !== undefined && !sameCell(spec, map.cell(current, spec.name), readBack(cell));
    })
    .map((spec) => spec.name);
  if (changed.length > 0) return { status: "changed", columns: changed, header: found.header, row: current };

  const header = found.header.map((cell) => decodeText(cell));
  const entries = [
    logEntry(stamp, name, id, LOG_EVENTS.deleted, label, ""),
    ...header.map((column, at) => logEntry(stamp, name, id, column, current[at], "")),
  ];
  const table = context.workbook.tables.getItem(name);
  const only = found.rows.length === 1 && index === 0;
  const row = table.rows.getItemAt(index);
  const deleted = row.getRange().load("values, numberFormat");
  if (only) row.getRange().clear("Contents" as Excel.ClearApplyTo);
  else row.delete();
  queueAppend(context, TABLE_NAMES.changeLog, logRows(logState.header, entries));
  await context.sync();

  const gone = deleted.values[0] as CellValue[];
  if (decodeText(gone[map.index(KEY_COLUMN[key])]).trim().toLowerCase() === id.trim().toLowerCase())
    return { status: "deleted", id, entries };
  await putBack(context, key, gone, deleted.numberFormat[0] as string[], header, { id, label }, stamp);
  return { status: "moved", id };
}

/**
 * Writes a row deleted by mistake back at the end of the table and logs that the intended
 * delete did not happen. If the rows below the table are taken, the row cannot go back
 * without overwriting them: it is logged as deleted instead, cell by cell, to be restored.
 */
async function putBack(
  context: Excel.RequestContext,
  key: TableKey,
  cells: readonly CellValue[],
  formats: readonly string[],
  header: readonly string[],
  intended: { id: string; label: string },
  stamp: ChangeStamp,
): Promise<void> {
  const name = TABLE_NAMES[key];
  const target = queueAppendCheck(context, name, 1);
  const log = queueAppendCheck(context, TABLE_NAMES.changeLog, header.length + 2);
  await context.sync();
  const targetState = appendCheckResult(target);
  const logState = appendCheckResult(log);
  const entries = [logEntry(stamp, name, intended.id, LOG_EVENTS.deleteUndone, "", intended.label)];
  if ("header" in targetState) {
    const row = cells.map((value, at) => ({
      value: textAgain(value, formats[at]),
      numberFormat: formats[at],
    }));
    queueAppend(context, name, [row]);
  } else {
    const cellOf = (column: string) =>
      decodeText(
        cells[header.findIndex((candidate) => candidate.toLowerCase() === column.toLowerCase())] ?? "",
      );
    const other = cellOf(KEY_COLUMN[key]);
    const otherName = key === "initiatives" ? cellOf(C.name) : other;
    entries.push(
      logEntry(stamp, name, other, LOG_EVENTS.deleted, otherName, ""),
      ...header.map((column, at) => logEntry(stamp, name, other, column, cells[at], "")),
    );
  }
  if ("header" in logState) queueAppend(context, TABLE_NAMES.changeLog, logRows(logState.header, entries));
  await context.sync();
}

/** Text read from a text-formatted cell goes back with its apostrophe, so "=…" or "-5" stays text. */
function textAgain(value: CellValue, format: string | undefined): CellValue {
  return format === "@" && typeof value === "string" && value !== "" ? `'${value}` : value;
}

/** An initiative from a row of the table, by its header. */
export function toInitiative(
  header: readonly CellValue[],
  row: readonly CellValue[],
  years: readonly number[],
) {
  const names = header.map((cell) => decodeText(cell));
  return toInitiatives({ name: "", header: names, rows: [[...row]], bodyAddress: "A1" }, years)
    .initiatives[0];
}
