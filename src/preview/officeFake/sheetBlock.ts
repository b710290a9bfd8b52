import { FakeOfficeError } from "./fakeOfficeError";
import { SHEET_LIMITS, type CellBlock } from "../../excel/a1";

/** A block of cells on a sheet, the sheet given by id. */
export type SheetBlock = Omit<CellBlock, "sheet"> & { sheetId: string };

/** The key of a cell in a sheet's sparse cell map. */
export const cellKey = (row: number, column: number) => row * SHEET_LIMITS.columns + column;

/** The row and column of a cell key. */
export function cellOfKey(key: number): { row: number; column: number } {
  return { row: Math.floor(key / SHEET_LIMITS.columns), column: key % SHEET_LIMITS.columns };
}

/** True when the cell lies inside the block. */
export function contains(block: SheetBlock, row: number, column: number): boolean {
  return (
    row >= block.row &&
    row < block.row + block.rows &&
    column >= block.column &&
    column < block.column + block.columns
  );
}

/** The overlap of two blocks on the same sheet, or null. */
export function intersect(a: SheetBlock, b: SheetBlock): SheetBlock | null {
  if (a.sheetId !== b.sheetId) return null;
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const rows = Math.min(a.row + a.rows, b.row + b.rows) - row;
  const columns = Math.min(a.column + a.columns, b.column + b.columns) - column;
  return rows > 0 && columns > 0 ? { sheetId: a.sheetId, row, column, rows, columns } : null;
}

/** The data of a write as a grid of the block's size: a single value fills it, as Office.js allows. */
export function fitToBlock(block: SheetBlock, data: unknown, kind: string): unknown[][] {
  if (!Array.isArray(data)) return Array.from({ length: block.rows }, () => Array(block.columns).fill(data));
  const fits =
    data.length === block.rows && data.every((row) => Array.isArray(row) && row.length === block.columns);
  if (!fits) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `The ${kind} array does not match the range: expected ${block.rows}×${block.columns}.`,
    );
  }
  return data as unknown[][];
}

/** One rectangle per run of rows in a column where `has` holds; Excel's split of the areas is not documented. */
export function columnRuns(block: SheetBlock, has: (row: number, column: number) => boolean): SheetBlock[] {
  const areas: SheetBlock[] = [];
  for (let c = block.column; c < block.column + block.columns; c++) {
    let start = -1;
    for (let r = block.row; r <= block.row + block.rows; r++) {
      const found = r < block.row + block.rows && has(r, c);
      if (found && start === -1) start = r;
      if (!found && start !== -1) {
        areas.push({ sheetId: block.sheetId, row: start, column: c, rows: r - start, columns: 1 });
        start = -1;
      }
    }
  }
  return areas;
}
