import type { SheetBlock } from "../sheetBlock";
import type { TableModel } from "../tableModels";

/**
 * Excel expands a table over data set directly below it: "set values in the range directly
 * below the table. Excel automatically expands the table" (docs/excel/co-authoring-in-excel-add-ins.md,
 * "Use Range.values to add rows"; docs/excel/performance.md: "write the data into a range …
 * and the table will expand automatically"), and "Tables only auto-expand when you set
 * actual data" (same page, "Can't add truly empty rows").
 *
 * Directly to the right the docs say nothing; Excel's grid does expand a table over a
 * column typed next to it (AutoCorrect, "Include new rows and columns in table"), so the
 * fake takes the unkind reading and expands there too when the header row gets a name.
 *
 * Returns the tables' new blocks; the caller applies them.
 */
export function expandedTables(
  tables: readonly TableModel[],
  block: SheetBlock,
  grid: readonly (readonly unknown[])[],
): { table: TableModel; block: SheetBlock; newRows: number }[] {
  const grown: { table: TableModel; block: SheetBlock; newRows: number }[] = [];
  for (const table of tables) {
    const t = table.block;
    if (t.sheetId !== block.sheetId) continue;
    const left = Math.max(t.column, block.column);
    const right = Math.min(t.column + t.columns, block.column + block.columns);
    const below = block.row === t.row + t.rows && left < right;
    if (below && hasData(grid, 0, block.rows, left - block.column, right - block.column)) {
      grown.push({ table, block: { ...t, rows: t.rows + block.rows }, newRows: block.rows });
      continue;
    }
    const headerRow = t.row - block.row;
    const beside = block.column === t.column + t.columns && headerRow >= 0 && headerRow < block.rows;
    if (beside && hasData(grid, headerRow, headerRow + 1, 0, block.columns)) {
      grown.push({ table, block: { ...t, columns: t.columns + block.columns }, newRows: 0 });
    }
  }
  return grown;
}

/** True when a part of the written grid holds a value or formula, not only blanks. */
function hasData(
  grid: readonly (readonly unknown[])[],
  fromRow: number,
  toRow: number,
  fromColumn: number,
  toColumn: number,
): boolean {
  for (let r = fromRow; r < toRow; r++) {
    for (let c = fromColumn; c < toColumn; c++) {
      const value = grid[r]?.[c];
      if (value !== "" && value !== null && value !== undefined) return true;
    }
  }
  return false;
}
