import { SHEET_LIMITS } from "../../../excel/a1";
import { FakeOfficeError } from "../fakeOfficeError";
import { cellKey, cellOfKey, intersect, type SheetBlock } from "../sheetBlock";
import type { TableModel, WorkbookModel } from "../workbookModel";

/**
 * `TableRow.delete()` ("Deletes the row from the table", ExcelApi 1.1,
 * /javascript/api/excel/excel.tablerow#excel-excel-tablerow-delete-member(1)): the row's
 * cells go and the cells below them, in the table's columns, move up to fill the gap, as
 * `Range.delete(Excel.DeleteShiftDirection.up)` does (docs/excel/excel-add-ins-ranges-clear-delete.md,
 * "Delete a range of cells"). The table is one row shorter; its rows are found by position
 * (docs/excel/excel-add-ins-tables.md: "A TableRow object doesn't have an id property").
 *
 * Strict where the docs are silent: deleting a table's only body row fails (a table keeps
 * at least one), and so does a delete that would move part of another table, which Excel
 * refuses in the grid ("The operation is attempting to shift cells in a table").
 */
export function deleteTableRow(model: WorkbookModel, table: TableModel, index: number): void {
  const body = { ...table.block, row: table.block.row + 1, rows: table.block.rows - 1 };
  if (!Number.isInteger(index) || index < 0 || index >= body.rows)
    throw new FakeOfficeError("ItemNotFound", `The table ${table.name} has no row ${index}.`);
  if (body.rows === 1)
    throw new FakeOfficeError(
      "InvalidOperation",
      `Deleting the only body row of ${table.name} is not documented (the fake refuses it; clear the row instead).`,
    );
  const sheet = model.sheet(table.block.sheetId);
  const row = body.row + index;
  const below: SheetBlock = { ...body, row, rows: SHEET_LIMITS.rows - row };
  const shifted = model.tables
    .all()
    .find((other) => other !== table && other.block.sheetId === sheet.id && intersect(other.block, below));
  if (shifted)
    throw new FakeOfficeError(
      "InvalidOperation",
      `This operation is not allowed. The operation is attempting to shift cells in a table (${shifted.name}) on your worksheet.`,
    );
  const inColumns = (column: number) => column >= body.column && column < body.column + body.columns;
  let lastRow = row;
  for (const map of [sheet.cells, sheet.validations] as Map<number, unknown>[]) {
    const moved = new Map<number, unknown>();
    for (const [key, value] of [...map]) {
      const cell = cellOfKey(key);
      if (!inColumns(cell.column) || cell.row < row) continue;
      map.delete(key);
      lastRow = Math.max(lastRow, cell.row);
      if (cell.row > row) moved.set(cellKey(cell.row - 1, cell.column), value);
    }
    for (const [key, value] of moved) map.set(key, value);
  }
  for (let r = row; r <= lastRow; r++)
    for (let c = body.column; c < body.column + body.columns; c++)
      model.cellMoved(sheet, r, c, sheet.cells.get(cellKey(r, c)));
  table.block = { ...table.block, rows: table.block.rows - 1 };
  model.queueEvent({ type: "TableChanged", tableId: table.id, worksheetId: sheet.id, address: "" });
  model.touch();
}
