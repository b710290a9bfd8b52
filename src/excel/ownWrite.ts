import type { CellValue, WorkbookProblem } from "../engine/workbookProblem";
import { parseAddress, type CellBlock } from "./a1";
import { mapColumns } from "./columnMap";
import { readKeepingInitiatives } from "./readWorkbook";
import { TABLE_NAMES, columnsOf } from "./schema";
import type { WorkbookData } from "./toWorkbookData";
import type { TableEdit, WorkbookChange } from "./watchWorkbook";

/**
 * What one save of the pane wrote, so the pane can show it without reading the workbook
 * again and tell the change events of its own write from anyone else's.
 */
export type OwnWrite = {
  table: string;
  /** The row's index in the table body when it was written. */
  index: number;
  header: CellValue[];
  /** The row as the workbook holds it after the write, read back in the write's own request. */
  values: CellValue[];
  /** The row's A1 address with its sheet ("BAR!A5:P5"), for the problems that point into it. */
  address: string;
  /** The cells written, with their sheet ("BAR!H5"). */
  cells: string[];
};

/**
 * Whether a burst of change events can be the pane's own writes alone, so the pane may keep
 * what it patched in (after {@link settleOwnWrites} has read the rows back). It can only when
 * this user's Excel made every change (`Local`; a co-author's is `Remote` and reads again),
 * no table came or went, and every table event lies in cells the writes wrote. The change
 * log's events always fit: the pane reads only its header, which is read back too. An event
 * whose address is blank or unreadable fits nowhere. A recalculation (`calculated`) may
 * come with them: what formulas give is then read again, the initiatives are not.
 */
export function isOwnBurst(change: WorkbookChange, writes: readonly OwnWrite[]): boolean {
  if (writes.length === 0 || change.structure) return false;
  if (change.sources.some((source) => source !== "Local")) return false;
  const cells = writes.flatMap((write) =>
    write.cells.flatMap((cell) => {
      const block = parseAddress(cell);
      return block ? [{ table: write.table, block }] : [];
    }),
  );
  return change.edits.every(
    (edit) =>
      edit.table === TABLE_NAMES.changeLog ||
      cells.some((cell) => cell.table === edit.table && within(edit, cell.block)),
  );
}

/** True when an event's changed area lies inside `block`. The event's address has no sheet: its table says where. */
function within(edit: TableEdit, block: CellBlock): boolean {
  const area = edit.address.trim() === "" ? null : parseAddress(edit.address.replace(/^.*!/, ""));
  return (
    area !== null &&
    area.row >= block.row &&
    area.column >= block.column &&
    area.row + area.rows <= block.row + block.rows &&
    area.column + area.columns <= block.column + block.columns
  );
}

/** What `confirmOwnWrites` reads back in one request: each written row now, and the change log's header. */
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
