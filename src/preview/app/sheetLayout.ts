import { SHEET_LIMITS } from "../../excel/a1";
import type { SheetModel, WorkbookModel } from "../officeFake/workbookModel";

/** Excel's default row height (15 pt) and column width (48 pt), in CSS pixels. */
export const ROW_HEIGHT = 20;
export const DEFAULT_COLUMN_WIDTH = 64;
/** Excel's default chart size (5 × 3 inches), in CSS pixels. */
export const CHART_SIZE = { width: 480, height: 288 } as const;

/** A column's width in CSS pixels: the width set through Office.js (points), or Excel's default. */
export function columnWidth(sheet: SheetModel, column: number): number {
  const points = sheet.columnWidths.get(column);
  return points === undefined ? DEFAULT_COLUMN_WIDTH : Math.round((points * 4) / 3);
}

/** Rows Excel grows for a larger font (Range.format.font.size), with their heights in CSS pixels. */
export function tallRows(sheet: SheetModel): Map<number, number> {
  const tall = new Map<number, number>();
  for (const [key, cell] of sheet.cells) {
    if (!cell.fontSize || cell.fontSize <= 11) continue;
    const row = Math.floor(key / SHEET_LIMITS.columns);
    const height = Math.ceil((cell.fontSize * 4) / 3 + 6);
    tall.set(row, Math.max(height, tall.get(row) ?? ROW_HEIGHT));
  }
  return tall;
}

/** The top of a row in pixels from the first row's top, given the tall rows. */
export function rowTop(row: number, tall: ReadonlyMap<number, number>): number {
  let top = row * ROW_HEIGHT;
  for (const [tallRow, height] of tall) if (tallRow < row) top += height - ROW_HEIGHT;
  return top;
}

/** How many rows and columns from A1 a sheet needs shown: its cells, what spills from them, and its charts. */
export function sheetExtent(model: WorkbookModel, sheet: SheetModel): { rows: number; columns: number } {
  const used = model.usedBlock(sheet.id);
  let rows = used ? used.row + used.rows : 0;
  let columns = used ? used.column + used.columns : 0;
  const shows = (row: number, column: number) => model.valueAt(sheet.id, row, column) !== "";
  // Spilled results are not stored cells: grow while the next column or row shows something.
  const MAX_SPILL_GROWTH = 100;
  for (let step = 0; step < MAX_SPILL_GROWTH && rows > 0; step++) {
    if (!Array.from({ length: rows }, (_, row) => shows(row, columns)).some(Boolean)) break;
    columns++;
  }
  for (let step = 0; step < MAX_SPILL_GROWTH && columns > 0; step++) {
    if (!Array.from({ length: columns }, (_, column) => shows(rows, column)).some(Boolean)) break;
    rows++;
  }
  for (const chart of sheet.charts) {
    rows = Math.max(rows, chart.anchor.row + Math.ceil(CHART_SIZE.height / ROW_HEIGHT) + 1);
    let right = chart.anchor.column;
    for (let width = 0; width < CHART_SIZE.width; right++) width += columnWidth(sheet, right);
    columns = Math.max(columns, right + 1);
  }
  return { rows, columns };
}

/**
 * Where a chart anchored at a cell sits over the grid, in pixels from the grid's top-left
 * corner (headers included).
 */
export function chartPosition(
  sheet: SheetModel,
  anchor: { row: number; column: number },
  header: { width: number; height: number },
  tall: ReadonlyMap<number, number> = new Map(),
): { left: number; top: number } {
  let left = header.width;
  for (let column = 0; column < anchor.column; column++) left += columnWidth(sheet, column);
  return { left, top: header.height + rowTop(anchor.row, tall) };
}
