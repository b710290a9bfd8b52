import { validateInitiative, type Initiative, type InitiativeProblem } from "../engine/initiative";
import type { CellValue, WorkbookProblem } from "../engine/workbookProblem";
import { appendCheckResult, queueAppend, queueAppendCheck } from "./appendRows";
import { toWriteBlocks } from "./blocks";
import { decodeText, encodeText } from "./cells";
import { LOG_EVENTS, logEntry, logRows, type ChangeStamp } from "./changeLog";
import { mapColumns } from "./columnMap";
import { INITIATIVE_COLUMNS as C, TABLE_NAMES, columnsOf } from "./schema";
import { clashingIds, nextReadableIds } from "./readableIds";
import { syncExpecting } from "./tableAccess";
import { initiativeCells, toRow, type RowCells } from "./toCells";

/** An initiative left out of an add, and why; nothing is dropped without being listed here. */
export type SkippedInitiative = { index: number; id: string; reason: "duplicateId" };

/** What adding initiatives came to. */
export type AddResult =
  | { status: "added"; added: Initiative[]; skipped: SkippedInitiative[] }
  | { status: "invalid"; problems: { index: number; id: string; problems: InitiativeProblem[] }[] }
  | { status: "blocked"; problems: WorkbookProblem[] };

/**
 * Adds new initiatives (one from the form, or thousands from an import) in two round
 * trips with calculation suspended while they are written: first the ids already there
 * and whether the rows under the tables are free, then one range write below
 * BAR_Initiatives and one below BAR_ChangeLog (more, in blocks, when they are over the
 * web's 5 MB request limit). An id already in the table is skipped and
 * listed; any invalid initiative stops the whole add before anything is read.
 */
export async function addInitiatives(
  context: Excel.RequestContext,
  initiatives: readonly Initiative[],
  years: readonly number[],
  stamp: ChangeStamp,
  options: AddOptions = {},
): Promise<AddResult> {
  const invalid = initiatives
    .map((initiative, index) => ({
      index,
      id: initiative.id,
      problems: validateInitiative(initiative, years).filter((problem) => problem.severity === "error"),
    }))
    .filter((entry) => entry.problems.length > 0);
  if (invalid.length > 0) return { status: "invalid", problems: invalid };
  if (initiatives.length === 0) return { status: "added", added: [], skipped: [] };

  const name = TABLE_NAMES.initiatives;
  const target = queueAppendCheck(context, name, initiatives.length);
  const ids = target.table.columns.getItem(C.id).getDataBodyRange().load("values");
  const log = queueAppendCheck(context, TABLE_NAMES.changeLog, initiatives.length);
  const missing = await syncExpecting(
    context,
    [{ table: name, columns: [C.id] }, { table: TABLE_NAMES.changeLog }],
    years,
  );
  if (missing.length > 0) return { status: "blocked", problems: missing };

  const targetState = appendCheckResult(target);
  if ("problems" in targetState) return { status: "blocked", problems: targetState.problems };
  const map = mapColumns(
    { name, header: targetState.header, rows: [], bodyAddress: "A1" },
    columnsOf("initiatives", years),
  );
  // Writing under a renamed column would drop that field without a word: repair first.
  if (map.problems.length > 0) return { status: "blocked", problems: map.problems };
  const logState = appendCheckResult(log);
  if ("problems" in logState) return { status: "blocked", problems: logState.problems };

  const taken = new Set(ids.values.map((row: CellValue[]) => decodeText(row[0]).trim().toLowerCase()));
  const added: Initiative[] = [];
  const skipped: SkippedInitiative[] = [];
  const readable = options.readableIds ? nextReadableIds(taken, initiatives.length) : null;
  initiatives.forEach((given, index) => {
    const initiative = readable ? { ...given, id: readable[index] } : given;
    const id = initiative.id.trim().toLowerCase();
    if (taken.has(id)) skipped.push({ index, id: initiative.id, reason: "duplicateId" });
    else {
      taken.add(id);
      added.push({ ...initiative, lastChanged: { at: stamp.at.toISOString(), by: stamp.by } });
    }
  });
  if (added.length === 0) return { status: "added", added, skipped };

  const rows = added.map((initiative) => {
    const extra = options.restoring?.get(initiative.id.trim().toLowerCase());
    const cells = initiativeCells(initiative, years);
    return toRow(targetState.header, extra ? new Map([...extra, ...cells]) : cells);
  });
  const event = options.restoring ? LOG_EVENTS.restored : LOG_EVENTS.created;
  const entries = added.map((initiative) => logEntry(stamp, name, initiative.id, event, "", initiative.name));
  const logged = logRows(logState.header, entries);
  // Thousands of rows with long notes are over the web's 5 MB request limit: in blocks, each
  // initiative written in the same request as its log row, so none is ever in the table
  // without its entry in the log.
  const blocks = toWriteBlocks(
    rows.map((row, at) => [row, logged[at]] as const),
    (pair) => pair.map((cells) => [cells.map((cell) => cell.value), cells.map((cell) => cell.numberFormat)]),
  );
  let after: CellValue[][] | null = null;
  for (const block of blocks) {
    context.application.suspendApiCalculationUntilNextSync();
    queueAppend(
      context,
      name,
      block.map(([row]) => row),
    );
    queueAppend(
      context,
      TABLE_NAMES.changeLog,
      block.map(([, entry]) => entry),
    );
    // Read back in the same request: a co-author may have taken one of the same next numbers.
    const check = readable
      ? context.workbook.tables.getItem(name).columns.getItem(C.id).getDataBodyRange().load("values")
      : null;
    // One sync per block is the point: each stays under the request limit (blocks.ts).
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    if (check) after = check.values;
  }
  const clashes = after
    ? clashingIds(
        after,
        added.map((initiative) => initiative.id),
      )
    : [];
  if (clashes.length === 0) return { status: "added", added, skipped };
  return { status: "added", added: await renumber(context, added, clashes, after ?? [], stamp), skipped };
}

/** Options for an add. */
export type AddOptions = {
  /** Give the initiatives the next readable ids ("I-0008") instead of their own. @default false */
  readableIds?: boolean;
  /**
   * The initiatives are deleted ones written back from the log: logged "(restored)", with
   * the cells of columns BAR does not know (keyed by id, then column, in lower case).
   */
  restoring?: ReadonlyMap<string, RowCells>;
};

/**
 * Gives our rows whose readable id a co-author took at the same moment the next free
 * numbers, found by id and by the stamp we wrote (ChangedBy), and logs each new id. One
 * round trip, only when that happened.
 */
async function renumber(
  context: Excel.RequestContext,
  added: Initiative[],
  clashes: readonly string[],
  column: readonly CellValue[][],
  stamp: ChangeStamp,
): Promise<Initiative[]> {
  const name = TABLE_NAMES.initiatives;
  const table = context.workbook.tables.getItem(name);
  const by = table.columns.getItem(C.changedBy).getDataBodyRange().load("values");
  const log = queueAppendCheck(context, TABLE_NAMES.changeLog, clashes.length);
  await context.sync();
  const logState = appendCheckResult(log);
  const taken = new Set(column.map((row) => decodeText(row[0]).trim().toLowerCase()));
  const fresh = nextReadableIds(taken, clashes.length);
  const entries = [];
  const renamed = new Map<string, string>();
  for (const [at, id] of clashes.entries()) {
    // Ours is the last row with that id stamped by us: we appended after the co-author's check.
    const row = column
      .map((cell, index) => ({ cell, index }))
      .filter(
        ({ cell, index }) =>
          decodeText(cell[0]).trim().toLowerCase() === id.toLowerCase() &&
          decodeText(by.values[index]?.[0] ?? "") === stamp.by,
      )
      .at(-1)?.index;
    if (row === undefined) continue;
    const cell = table.columns.getItem(C.id).getDataBodyRange().getCell(row, 0);
    cell.numberFormat = [[encodeText(fresh[at]).numberFormat]];
    cell.values = [[encodeText(fresh[at]).value]];
    renamed.set(id, fresh[at]);
    entries.push(logEntry(stamp, name, fresh[at], LOG_EVENTS.idAssigned, id, fresh[at]));
  }
  if ("header" in logState) queueAppend(context, TABLE_NAMES.changeLog, logRows(logState.header, entries));
  await context.sync();
  return added.map((initiative) => ({ ...initiative, id: renamed.get(initiative.id) ?? initiative.id }));
}
