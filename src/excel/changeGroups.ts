import type { CellValue } from "../engine/workbookProblem";
import { LOG_EVENTS, type ChangeEntry } from "./changeLog";
import { TABLE_NAMES, type ColumnSpec } from "./schema";

/**
 * One change as the log records it: the entries one store call wrote (same time, same
 * person, same row, next to each other). A save is its changed cells; a delete is a
 * "(deleted)" entry and the row's cells; a new initiative is one "(created)" entry.
 */
export type ChangeGroup = {
  time: string;
  by: string;
  table: string;
  id: string;
  /** The event ("(deleted)", "(created)", …), or null for changed cells. */
  event: string | null;
  /** The changed cells (for a delete: every cell of the row, as it was). */
  cells: ChangeEntry[];
};

/** What happened to one row, in the order it happened (the log is oldest first). */
export function toChangeGroups(entries: readonly ChangeEntry[]): ChangeGroup[] {
  const groups: ChangeGroup[] = [];
  for (const entry of entries) {
    const last = groups.at(-1);
    const event = entry.field.startsWith("(") ? entry.field : null;
    const same =
      last !== undefined &&
      last.time === entry.time &&
      last.by === entry.by &&
      last.table === entry.table &&
      last.id.toLowerCase() === entry.id.toLowerCase() &&
      event === null &&
      (last.event === null || last.event === LOG_EVENTS.deleted);
    if (same) last.cells.push(entry);
    else
      groups.push({
        time: entry.time,
        by: entry.by,
        table: entry.table,
        id: entry.id,
        event,
        cells: event === null ? [entry] : [],
      });
  }
  return groups;
}

/** The changes that can be undone from the log: changed cells, deletes, and new initiatives. */
export function isUndoable(group: ChangeGroup): boolean {
  if (group.event === null) return group.cells.length > 0;
  return (
    group.table === TABLE_NAMES.initiatives &&
    (group.event === LOG_EVENTS.deleted || group.event === LOG_EVENTS.created)
  );
}

/** The last change `by` made, or null; set-ups and repairs are left to Excel's own undo. */
export function lastChangeBy(entries: readonly ChangeEntry[], by: string): ChangeGroup | null {
  const mine = toChangeGroups(entries).filter((group) => group.by === by);
  const last = mine.at(-1);
  return last && isUndoable(last) ? last : null;
}

/** The initiatives whose latest change is a delete, newest first, each with its logged cells. */
export function deletedInitiatives(entries: readonly ChangeEntry[]): ChangeGroup[] {
  const latest = new Map<string, ChangeGroup>();
  for (const group of toChangeGroups(entries)) {
    if (group.table !== TABLE_NAMES.initiatives || group.event === null) continue;
    latest.set(group.id.trim().toLowerCase(), group);
  }
  return [...latest.values()]
    .filter((group) => group.event === LOG_EVENTS.deleted)
    .sort((a, b) => b.time.localeCompare(a.time));
}

/**
 * A logged value as a cell again. The log keeps values as text (`String(value)`), so a
 * number column's "-1257.5" is the number it was, never re-read in the Danish format, and
 * a text column's "0012" stays text.
 */
export function loggedCell(spec: Pick<ColumnSpec, "kind">, text: string): CellValue {
  const numeric = spec.kind === "effect" || spec.kind === "number" || spec.kind === "time";
  return numeric && /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(text.trim()) ? Number(text) : text;
}
