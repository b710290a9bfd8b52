import type { Initiative } from "../engine/initiative";
import { addInitiatives, type AddResult } from "./addInitiatives";
import { encodeText } from "./cells";
import { deletedInitiatives, loggedCell, type ChangeGroup } from "./changeGroups";
import { readChangeLog, type ChangeStamp } from "./changeLog";
import { toInitiative } from "./deleteInitiative";
import { columnsOf } from "./schema";
import type { RowCells } from "./toCells";

/** What restoring a deleted initiative came to. */
export type RestoreResult =
  | AddResult
  /** The log has no delete of that id that is still in force (restored already, or never deleted). */
  | { status: "notDeleted"; id: string };

/**
 * Writes a deleted initiative back from BAR_ChangeLog, as the log recorded its row: every
 * column, including ones BAR does not know. Read the log (one round trip, more for a log
 * over the web's 5 MB limit), then add the row as `addInitiatives` does (two more), logged
 * "(restored)". An id taken again meanwhile (a new initiative with the same id) is skipped
 * and listed, never overwritten.
 */
export async function restoreInitiative(
  context: Excel.RequestContext,
  id: string,
  years: readonly number[],
  stamp: ChangeStamp,
): Promise<RestoreResult> {
  const deleted = deletedInitiatives(await readChangeLog(context, id));
  const group = deleted.find((candidate) => candidate.id.trim().toLowerCase() === id.trim().toLowerCase());
  if (!group) return { status: "notDeleted", id };
  const { initiative, extra } = fromLoggedRow(group, years);
  return addInitiatives(context, [initiative], years, stamp, {
    restoring: new Map([[initiative.id.trim().toLowerCase(), extra]]),
  });
}

/** The initiative a delete logged, and the cells of its columns that BAR does not know. */
export function fromLoggedRow(
  group: ChangeGroup,
  years: readonly number[],
): { initiative: Initiative; extra: RowCells } {
  const specs = columnsOf("initiatives", years);
  const specOf = (column: string) =>
    specs.find((spec) => spec.name.toLowerCase() === column.toLowerCase()) ?? { kind: "text" as const };
  const header = group.cells.map((entry) => entry.field);
  const row = group.cells.map((entry) => loggedCell(specOf(entry.field), entry.oldValue));
  const known = new Set(specs.map((spec) => spec.name.toLowerCase()));
  const extra = new Map(
    group.cells
      .filter((entry) => !known.has(entry.field.toLowerCase()))
      .map((entry) => [entry.field.toLowerCase(), encodeText(entry.oldValue)]),
  );
  return { initiative: toInitiative(header, row, years), extra };
}
