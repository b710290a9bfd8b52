import { validatedAreas } from "./fakeDataValidation";
import { cellKey, columnRuns, type SheetBlock } from "./sheetBlock";
import type { WorkbookModel } from "./workbookModel";

/**
 * The cells of a block that `Range.getSpecialCellsOrNullObject` finds (ExcelApi 1.9;
 * docs/excel/excel-add-ins-ranges-special-cells.md), as rectangles: "DataValidations"
 * (cells with validation criteria) and "Formulas" (cells holding a formula), both from
 * Excel.SpecialCellType. Null for a kind the fake does not model, so a caller learns of it.
 */
export function specialCellAreas(
  model: WorkbookModel,
  block: SheetBlock,
  cellType: string,
): SheetBlock[] | null {
  if (cellType === "DataValidations") return validatedAreas(model, block);
  if (cellType !== "Formulas") return null;
  const cells = model.sheet(block.sheetId).cells;
  return columnRuns(block, (row, column) => (cells.get(cellKey(row, column))?.formula ?? null) !== null);
}
