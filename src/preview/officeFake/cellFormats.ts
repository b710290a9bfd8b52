import { FakeOfficeError } from "./fakeOfficeError";
import { GENERAL, type FakeCell } from "./cellInput";
import { cellKey, type SheetBlock } from "./sheetBlock";
import type { WorkbookModel } from "./workbookModel";

/*
 * How cells look rather than what they hold: `Range.format.font`, `.horizontalAlignment`,
 * `.borders` and `.columnWidth`. A format change is no value change: no event, nothing
 * for the formula evaluator.
 */

/** A formatting change to every cell of a block. */
export type FormatChange = Partial<Pick<FakeCell, "bold" | "fontSize" | "horizontalAlignment">>;

/** An edge of a cell that a border line is drawn on. */
export type BorderEdge = "top" | "bottom" | "left" | "right";

/** One border line: `Excel.RangeBorder.style` and `weight`. */
export type CellBorder = { style?: string; weight?: string };

/** Sets the font of every cell in a block (`Range.format.font`). */
export function writeFormat(model: WorkbookModel, block: SheetBlock, change: FormatChange): void {
  const sheet = model.sheet(block.sheetId);
  for (let r = 0; r < block.rows; r++) {
    for (let c = 0; c < block.columns; c++) {
      const id = cellKey(block.row + r, block.column + c);
      const old = sheet.cells.get(id) ?? { value: "", formula: null, numberFormat: GENERAL };
      sheet.cells.set(id, { ...old, ...change });
    }
  }
  model.touch();
}

/** Sets one edge's border line on the cells at `rows` × `columns` (`Range.format.borders`). */
export function writeBorder(
  model: WorkbookModel,
  sheetId: string,
  rows: number[],
  columns: number[],
  edge: BorderEdge,
  change: CellBorder,
): void {
  const sheet = model.sheet(sheetId);
  for (const row of rows) {
    for (const column of columns) {
      const id = cellKey(row, column);
      const old = sheet.cells.get(id) ?? { value: "", formula: null, numberFormat: GENERAL };
      const line = { ...old.borders?.[edge], ...change };
      sheet.cells.set(id, { ...old, borders: { ...old.borders, [edge]: line } });
    }
  }
  model.touch();
}

/** Sets the width, in points, of every column the block spans (`Range.format.columnWidth`). */
export function setColumnWidth(model: WorkbookModel, block: SheetBlock, width: number): void {
  if (!(width >= 0)) throw new FakeOfficeError("InvalidArgument", `${width} is not a column width.`);
  const sheet = model.sheet(block.sheetId);
  for (let c = 0; c < block.columns; c++) sheet.columnWidths.set(block.column + c, width);
  model.touch();
}
