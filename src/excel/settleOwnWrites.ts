import type { CellValue, WorkbookProblem } from "../engine/workbookProblem";
import { TABLES_WITH_CODE_LISTS } from "./codeLists";
import { mapColumns } from "./columnMap";
import type { OwnWrite } from "./ownWrite";
import { readAtOnce, type Read } from "./readWorkbook";
import { TABLE_KEYS, TABLE_NAMES, columnsOf } from "./schema";
import { toWorkbookData, type WorkbookData } from "./toWorkbookData";

// After a burst of the pane's own writes (ownWrite.ts): loaded on the first save, which keeps
// it out of the pane's first download.

/**
 * What `readOwnWrites` reads back in one request: each written row now, the change log's
 * header, and whether BAR_Initiatives holds a formula (its result may follow the saved cells).
 */
export type OwnWriteCheck = { rows: CellValue[][]; logHeader: CellValue[]; formulas: boolean };

/**
 * True when the rows still hold exactly what the writes read back, the change log's header
 * gives the problems the pane shows for it, and no formula in BAR_Initiatives can have
 * followed the saved cells: nobody typed into those cells in the meantime, so what the pane
 * patched in is what a full read would show.
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
  return !check.formulas && sameRows && JSON.stringify(logProblems) === JSON.stringify(shown);
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
  // docs/excel/excel-add-ins-ranges-special-cells.md: a null object when no cell holds a formula.
  const formulas = tables
    .getItem(TABLE_NAMES.initiatives)
    .getDataBodyRange()
    .getSpecialCellsOrNullObject("Formulas" as Excel.SpecialCellType);
  await context.sync();
  return {
    rows: rows.map((row) => row.values[0] as CellValue[]),
    logHeader: logHeader.values[0] as CellValue[],
    formulas: !formulas.isNullObject,
  };
}

/**
 * Reads everything but BAR_Initiatives' body, and keeps the initiatives the pane shows: after
 * the pane's own save a recalculation of the BAR sheet (a linked measure into the budget
 * model) can change only what formulas give, and the save was the only change to the
 * initiatives (ownWrite.ts), whose body holds no formula (`readOwnWrites` asked). One sync.
 * Null — read everything — when the horizon changed, or when the read fails (a missing
 * table, the payload limit): the full read then says what is wrong.
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
  const problems = shown.problems.filter(
    (problem) => "table" in problem && problem.table === TABLE_NAMES.initiatives,
  );
  const data = toWorkbookData(read.raw, undefined, read.gaps, { initiatives: shown.initiatives, problems });
  return data.years.join() === shown.years.join() ? data : null;
}
