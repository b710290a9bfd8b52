import { cellKey } from "../sheetBlock";
import type { TableModel } from "../tableModels";
import type { SheetBlock, WorkbookModel } from "../workbookModel";
import { calculatedColumnFill, shiftRows, type ColumnCell } from "./calculatedColumns";

/**
 * Applies calculated columns (host/calculatedColumns.ts) after a write into `block`: each
 * table column the write reached that was otherwise empty is filled with the formula.
 */
export function fillCalculatedColumns(model: WorkbookModel, block: SheetBlock): void {
  for (const table of model.tables.all()) {
    const t = table.block;
    if (t.sheetId !== block.sheetId) continue;
    const bodyTop = t.row + 1;
    const from = Math.max(bodyTop, block.row);
    const to = Math.min(t.row + t.rows, block.row + block.rows);
    if (from >= to) continue;
    const left = Math.max(t.column, block.column);
    const right = Math.min(t.column + t.columns, block.column + block.columns);
    for (let column = left; column < right; column++) {
      const cells: ColumnCell[] = [];
      for (let row = bodyTop; row < t.row + t.rows; row++) {
        const cell = model.sheet(t.sheetId).cells.get(cellKey(row, column));
        cells.push({ formula: cell?.formula ?? null, blank: !cell || (cell.value === "" && !cell.formula) });
      }
      const written = { from: from - bodyTop, to: to - bodyTop };
      const source = cells.findIndex((cell, row) => row >= written.from && row < written.to && cell.formula);
      const fill = calculatedColumnFill(cells, written);
      // A formula in a column with no other data makes it a calculated column, even when the
      // written cells are the whole column (one body row): new rows get the formula later.
      if (
        source === -1 ||
        (fill.length === 0 &&
          cells.some((cell, row) => (row < written.from || row >= written.to) && !cell.blank))
      )
        continue;
      for (const { row, formula } of fill) model.fillFormula(t.sheetId, bodyTop + row, column, formula);
      table.calculated.set(column - t.column, { formula: cells[source].formula as string, row: source });
    }
  }
}

/** New rows of a table with calculated columns get the column's formula where they are blank. */
export function fillNewRows(model: WorkbookModel, table: TableModel, newRows: number): void {
  const t = table.block;
  const sheet = model.sheet(t.sheetId);
  for (const [offset, { formula, row: sourceRow }] of table.calculated) {
    for (let row = t.row + t.rows - newRows; row < t.row + t.rows; row++) {
      const cell = sheet.cells.get(cellKey(row, t.column + offset));
      if (cell && (cell.value !== "" || cell.formula)) continue;
      model.fillFormula(t.sheetId, row, t.column + offset, shiftRows(formula, row - (t.row + 1 + sourceRow)));
    }
  }
}
