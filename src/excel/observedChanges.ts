import { EDITABLE_FIELDS, effectIn, sameEffect, type Initiative } from "../engine/initiative";
import { readBack, sameCell } from "./cells";
import { LOG_EVENTS, logEntry, type ChangeEntry, type ChangeStamp } from "./changeLog";
import { INITIATIVE_COLUMNS as C, TABLE_NAMES, columnsOf } from "./schema";
import { initiativeCells } from "./toCells";

export { CO_AUTHOR } from "./coAuthor";

/** BAR's stamps change with every save BAR makes; on their own they are no edit of the user's. */
const STAMPS = new Set([C.changedAt.toLowerCase(), C.changedBy.toLowerCase()]);

/**
 * The log entries for what changed in BAR_Initiatives between two reads, as the pane saw
 * it: every changed cell (by meaning: -1257 is "-1.257"), every new row ("(created)") and
 * every row gone ("(deleted)", followed by its cells, so it can be restored). The stamp
 * says who; BAR's own changes are in the log already and are left out by `withoutLogged`.
 */
export function toObservedChanges(
  before: readonly Initiative[],
  after: readonly Initiative[],
  years: readonly number[],
  stamp: ChangeStamp,
): ChangeEntry[] {
  const name = TABLE_NAMES.initiatives;
  const key = (initiative: Initiative) => initiative.id.trim().toLowerCase();
  const old = new Map(before.map((initiative) => [key(initiative), initiative]));
  const now = new Map(after.map((initiative) => [key(initiative), initiative]));
  const specs = columnsOf("initiatives", years).filter((spec) => !STAMPS.has(spec.name.toLowerCase()));
  const entries: ChangeEntry[] = [];
  for (const initiative of after) {
    const was = old.get(key(initiative));
    if (!was) {
      entries.push(logEntry(stamp, name, initiative.id, LOG_EVENTS.created, "", initiative.name));
      continue;
    }
    // Most rows are as they were: comparing fields is exact and spares encoding both rows' cells.
    if (sameFields(was, initiative, years)) continue;
    const from = initiativeCells(was, years);
    const to = initiativeCells(initiative, years);
    for (const spec of specs) {
      const a = readBack(from.get(spec.name.toLowerCase())!);
      const b = readBack(to.get(spec.name.toLowerCase())!);
      if (!sameCell(spec, a, b)) entries.push(logEntry(stamp, name, initiative.id, spec.name, a, b));
    }
  }
  for (const initiative of before) {
    if (now.has(key(initiative))) continue;
    const cells = initiativeCells(initiative, years);
    entries.push(
      logEntry(stamp, name, initiative.id, LOG_EVENTS.deleted, initiative.name, ""),
      ...columnsOf("initiatives", years).map((spec) =>
        logEntry(stamp, name, initiative.id, spec.name, readBack(cells.get(spec.name.toLowerCase())!), ""),
      ),
    );
  }
  return entries;
}

/** True when two reads of a row hold the same in every column the diff compares (the stamps aside). */
function sameFields(a: Initiative, b: Initiative, years: readonly number[]): boolean {
  // fullYearEffect is one amount or "not estimated", so === is exact for every editable field.
  return (
    a.id === b.id &&
    EDITABLE_FIELDS.every((field) => a[field] === b[field]) &&
    years.every((year) => sameEffect(effectIn(a, year), effectIn(b, year)))
  );
}

/**
 * The observed entries the log does not hold yet: a change BAR made (here or in a
 * co-author's pane) is logged already, as is one another pane logged first. An entry
 * counts as logged when the log has one for the same row and field with the same new
 * value, written at or after `since` (the previous read, less a few minutes for
 * co-authors' clocks); a deleted row, when the log has its "(deleted)" since then.
 */
export function withoutLogged(
  observed: readonly ChangeEntry[],
  log: readonly ChangeEntry[],
  since: Date,
): ChangeEntry[] {
  const recent = log.filter((entry) => Date.parse(entry.time) >= since.getTime());
  const idOf = (entry: ChangeEntry) => entry.id.trim().toLowerCase();
  const same = (a: ChangeEntry, b: ChangeEntry) =>
    a.table === b.table && idOf(a) === idOf(b) && a.field.toLowerCase() === b.field.toLowerCase();
  const eventLogged = (id: string, events: readonly string[]) =>
    recent.some((logged) => idOf(logged) === id && events.includes(logged.field));
  const deleted = new Set(observed.filter((entry) => entry.field === LOG_EVENTS.deleted).map(idOf));
  return observed.filter((entry) => {
    // A deleted row is logged whole (its event and its cells) or not at all.
    if (deleted.has(idOf(entry))) return !eventLogged(idOf(entry), [LOG_EVENTS.deleted]);
    if (entry.field === LOG_EVENTS.created)
      return !eventLogged(idOf(entry), [LOG_EVENTS.created, LOG_EVENTS.restored]);
    return !recent.some((logged) => same(logged, entry) && logged.newValue === entry.newValue);
  });
}
