import type { CellValue, WorkbookProblem } from "../engine/workbookProblem";
import { TABLES_WITH_CODE_LISTS } from "./codeLists";
import { mapColumns } from "./columnMap";
import type { OwnWrite } from "./ownWrite";
import { readAtOnce, type Read } from "./readWorkbook";
import { TABLE_KEYS, TABLE_NAMES, columnsOf } from "./schema";
import { toWorkbookData, type WorkbookData } from "./toWorkbookData";

// After a burst of the pane's own writes (ownWrite.ts): loaded on the first save, which keeps
// it out of the pane's first download.

/** What `readOwnWrites` reads back in one request: each written row now, and the change log's header. */
export type OwnWriteCheck = { rows: CellValue[][]; logHeader: CellValue[] };

/**
 * True when the rows still hold exactly what the writes read back and the change log's
 * header gives the problems the pane shows for it: nobody typed into those cells in the
 * meantime, so what the pane patched in is what a full read would show.
 */
export function confirmsOwnWrites(
  writes: readonly OwnWrite[],
  check: OwnWriteCheck,
  data: WorkbookData,
): boolean {
  const sameRows = writes.every((write, at) => {
    const row = check.rows[at];
    return row?.length === write.values.length && row.every((cell, column) => cell === write.values[column]);
  });
  const log = { name: TABLE_NAMES.changeLog, header: check.logHeader, rows: [], bodyAddress: "" };
  const logProblems = mapColumns(log, columnsOf("changeLog", [])).problems;
  const shown = data.problems.filter(
    (problem: WorkbookProblem) => "table" in problem && problem.table === log.name,
  );
  return sameRows && JSON.stringify(logProblems) === JSON.stringify(shown);
}

/**
 * What the pane shows after a burst of its own writes ({@link isOwnBurst}): what it patched in
 * when the rows read back unchanged, with every table but the initiatives read again after a
 * recalculation (`readKeepingInitiatives`); null when only a full read can say. One sync, two
 * after a recalculation.
 */
export async function settleOwnWrites(
  context: Excel.RequestContext,
  writes: readonly OwnWrite[],
  shown: WorkbookData,
  recalculated: boolean,
): Promise<WorkbookData | null> {
  if (!confirmsOwnWrites(writes, await readOwnWrites(context, writes), shown)) return null;
  return recalculated ? readKeepingInitiatives(context, shown) : shown;
}

/** Reads back, in one sync, what {@link confirmsOwnWrites} compares: each written row where it was, and the log's header. */
export async function readOwnWrites(
  context: Excel.RequestContext,
  writes: readonly OwnWrite[],
): Promise<OwnWriteCheck> {
  const tables = context.workbook.tables;
  const rows = writes.map((write) =>
    tables.getItem(write.table).getDataBodyRange().getRow(write.index).load("values"),
  );
  const logHeader = tables.getItem(TABLE_NAMES.changeLog).getHeaderRowRange().load("values");
  await context.sync();
  return {
    rows: rows.map((row) => row.values[0] as CellValue[]),
    logHeader: logHeader.values[0] as CellValue[],
  };
}

/**
 * Reads everything but BAR_Initiatives' body, and keeps the initiatives the pane shows: after
 * the pane's own save a recalculation of the BAR sheet (a linked measure into the budget
 * model) can change only what formulas give, and the save was the only change to the
 * initiatives (ownWrite.ts). One sync, which also asks whether the body holds any formula
 * (`getSpecialCellsOrNullObject("Formulas")`, docs/excel/excel-add-ins-ranges-special-cells.md).
 * Null — read everything — when it does, when the horizon changed, or when the read fails
 * (a missing table, the payload limit): the full read then says what is wrong.
 */
async function readKeepingInitiatives(
  context: Excel.RequestContext,
  shown: WorkbookData,
): Promise<WorkbookData | null> {
  const keys = TABLE_KEYS.filter((key) => shown.tables[key]);
  if (!keys.includes("initiatives")) return null;
  const lists = keys.filter((key) => TABLES_WITH_CODE_LISTS.includes(key));
  let read: Read;
  try {
    read = await readAtOnce(context, keys, lists, true);
  } catch {
    return null;
  }
  if (read.keptHasFormulas) return null;
  const problems = shown.problems.filter(
    (problem) => "table" in problem && problem.table === TABLE_NAMES.initiatives,
  );
  const data = toWorkbookData(read.raw, undefined, read.gaps, { initiatives: shown.initiatives, problems });
  return data.years.join() === shown.years.join() ? data : null;
}
