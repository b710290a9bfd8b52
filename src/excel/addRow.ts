import type { CellValue, WorkbookProblem } from "../engine/workbookProblem";
import { appendCheckResult, queueAppend, queueAppendCheck } from "./appendRows";
import { decodeText } from "./cells";
import { LOG_EVENTS, logEntry, logRows, type ChangeStamp } from "./changeLog";
import { mapColumns } from "./columnMap";
import { KEY_COLUMN, TABLE_NAMES, columnsOf, type TableKey } from "./schema";
import { syncExpecting } from "./tableAccess";
import { toRow, type RowCells } from "./toCells";

/** What adding a row came to. */
export type RowAddResult =
  | { status: "added"; id: string }
  /** A row with that key is there already (a co-author added it first): nothing was written. */
  | { status: "taken"; id: string }
  | { status: "blocked"; problems: WorkbookProblem[] };

/**
 * Adds one row (a reduction target, a strategy rule) below a BAR table, in two round trips
 * as initiatives are added (addInitiatives.ts): the keys already there and whether the rows
 * below the table and the log are free; then the row and its "(created)" entry, `label`
 * naming it. A key already in the table is refused, never written twice.
 */
export async function addRow(
  context: Excel.RequestContext,
  key: Exclude<TableKey, "changeLog" | "initiatives">,
  id: string,
  cells: RowCells,
  label: string,
  years: readonly number[],
  stamp: ChangeStamp,
): Promise<RowAddResult> {
  const name = TABLE_NAMES[key];
  const keyColumn = KEY_COLUMN[key];
  const target = queueAppendCheck(context, name, 1);
  const keys = target.table.columns.getItem(keyColumn).getDataBodyRange().load("values");
  const log = queueAppendCheck(context, TABLE_NAMES.changeLog, 1);
  const missing = await syncExpecting(
    context,
    [{ table: name, columns: [keyColumn] }, { table: TABLE_NAMES.changeLog }],
    years,
  );
  if (missing.length > 0) return { status: "blocked", problems: missing };
  const targetState = appendCheckResult(target);
  if ("problems" in targetState) return { status: "blocked", problems: targetState.problems };
  const logState = appendCheckResult(log);
  if ("problems" in logState) return { status: "blocked", problems: logState.problems };
  const map = mapColumns(
    { name, header: targetState.header, rows: [], bodyAddress: "A1" },
    columnsOf(key, years),
  );
  if (map.problems.length > 0) return { status: "blocked", problems: map.problems };
  const wanted = id.trim().toLowerCase();
  if (keys.values.some((row: CellValue[]) => decodeText(row[0]).trim().toLowerCase() === wanted))
    return { status: "taken", id };
  queueAppend(context, name, [toRow(targetState.header, cells)]);
  queueAppend(
    context,
    TABLE_NAMES.changeLog,
    logRows(logState.header, [logEntry(stamp, name, id, LOG_EVENTS.created, "", label)]),
  );
  await context.sync();
  return { status: "added", id };
}
