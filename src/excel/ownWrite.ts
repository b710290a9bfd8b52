import type { CellValue } from "../engine/workbookProblem";
import { parseAddress, type CellBlock } from "./a1";
import { TABLE_NAMES } from "./schema";
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
 * what it patched in (after `settleOwnWrites` has read the rows back). It can only when
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
