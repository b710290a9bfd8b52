import { extendValidations } from "../fakeDataValidation";
import type { PendingEvent, SheetBlock, SheetModel, WorkbookModel } from "../workbookModel";
import { fillCalculatedColumns, fillNewRows } from "./fillTableFormulas";
import { expandedTables } from "./tableAutoExpansion";

/**
 * What Excel does after values or formulas are written, as the host profile says: tables
 * grow over data next to them (their new rows take the column's data validation and, on
 * the desktop, its calculated formula), then an empty table column given a formula fills.
 */
export function applyWriteBehaviours(model: WorkbookModel, block: SheetBlock, grid: unknown[][]): void {
  const { autoExpandTables, calculatedColumns } = model.profile;
  if (autoExpandTables) {
    for (const grown of expandedTables(model.tables.all(), block, grid)) {
      model.tables.expand(grown.table, grown.block);
      if (grown.newRows === 0) continue;
      extendValidations(model, grown.block, grown.newRows);
      if (calculatedColumns) fillNewRows(model, grown.table, grown.newRows);
    }
  }
  if (calculatedColumns) fillCalculatedColumns(model, block);
}

/**
 * Excel.Worksheet.onCalculated "occurs when the worksheet has finished calculation": after
 * any cell change, every sheet with formulas recalculates (the fake does not track which
 * formulas depend on what, so it calculates them all, as a full recalculation would).
 */
export function calculationEvents(sheets: readonly SheetModel[]): PendingEvent[] {
  return sheets
    .filter((sheet) => [...sheet.cells.values()].some((cell) => cell.formula !== null))
    .map((sheet) => ({ type: "WorksheetCalculated", worksheetId: sheet.id }));
}
