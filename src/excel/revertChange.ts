import type { Initiative } from "../engine/initiative";
import { encodeFor } from "./cells";
import { loggedCell, type ChangeGroup } from "./changeGroups";
import { LOG_EVENTS, type ChangeStamp } from "./changeLog";
import { deleteInitiative, type DeleteResult } from "./deleteInitiative";
import { editRow, type RowEditOutcome } from "./editRow";
import { restoreInitiative, type RestoreResult } from "./restoreInitiative";
import { INITIATIVE_COLUMNS as C, columnsOf, tableKeyOf } from "./schema";

/** What undoing one logged change came to, by what the change was. */
export type RevertResult =
  | { kind: "cells"; outcome: RowEditOutcome }
  | { kind: "restore"; outcome: RestoreResult }
  | { kind: "delete"; outcome: DeleteResult }
  /** A change the log cannot undo (a set-up, a repair): Excel's own Undo may. */
  | { kind: "notUndoable"; event: string | null };

/**
 * Undoes one logged change, on any host and whoever made it, with the same checks as an
 * edit: changed cells are set back to their old values only where they still hold the
 * logged new ones (a co-author's later change is a conflict, never overwritten); a delete
 * is undone by restoring the row from the log; a new initiative by deleting it, checked
 * against `current`, the initiative as the user sees it now.
 */
export async function revertChange(
  context: Excel.RequestContext,
  group: ChangeGroup,
  years: readonly number[],
  stamp: ChangeStamp,
  current?: Initiative,
): Promise<RevertResult> {
  if (group.event === LOG_EVENTS.deleted)
    return { kind: "restore", outcome: await restoreInitiative(context, group.id, years, stamp) };
  if (group.event === LOG_EVENTS.created && current)
    return { kind: "delete", outcome: await deleteInitiative(context, current, years, stamp) };
  const key = tableKeyOf(group.table);
  if (group.event !== null || !key || key === "changeLog" || group.cells.length === 0)
    return { kind: "notUndoable", event: group.event };
  const specs = columnsOf(key, years);
  const specOf = (column: string) =>
    specs.find((spec) => spec.name.toLowerCase() === column.toLowerCase()) ?? { kind: "text" as const };
  const edits = group.cells.map((entry) => {
    const spec = specOf(entry.field);
    return {
      column: entry.field,
      base: loggedCell(spec, entry.newValue),
      value: encodeFor(spec, loggedCell(spec, entry.oldValue)),
    };
  });
  const stamps = key === "initiatives" ? { at: C.changedAt, by: C.changedBy } : undefined;
  return { kind: "cells", outcome: await editRow(context, key, group.id, edits, stamp, stamps, years) };
}
