import { FakeOfficeError } from "../fakeOfficeError";
import type { SheetBlock, SheetModel, WorkbookModel } from "../workbookModel";

/**
 * What one user's Excel window shows: the active sheet and the cells selected on it. Each
 * co-author has their own (one `ClientView` per fake client).
 *
 * - `workbook.getSelectedRange()` "Gets the currently selected single range from the
 *   workbook. If there are multiple ranges selected, this method will throw an error"
 *   (@types/office-js, ExcelApi 1.1); the error is `InvalidSelection`
 *   (docs/excel/excel-add-ins-workbooks.md, "Get the selected range"), "The current selection
 *   is invalid for this operation" (docs/testing/application-specific-api-error-handling.md).
 * - `worksheets.getActiveWorksheet()` is "the sheet the user is currently working in"
 *   (docs/excel/excel-add-ins-worksheets.md, "Get the active worksheet"); `activate()`
 *   switches it.
 * - `worksheets.add` does not activate the new sheet: "If you wish to activate the newly
 *   added worksheet, call `.activate()` on it" (@types/office-js, WorksheetCollection.add).
 *
 * Where the docs are silent the view is strict: a new workbook's active sheet is its first
 * sheet with A1 selected, and when the active sheet is deleted or hidden the first visible
 * sheet becomes active (Excel's grid does the same; the API pages do not say).
 */
export class ClientView {
  private activeId: string | null = null;
  /** The selection of each sheet, by id: Excel remembers it when another sheet is active. */
  private readonly selections = new Map<string, readonly SheetBlock[]>();

  constructor(private readonly model: WorkbookModel) {}

  /** The active sheet: the one last activated or selected on, else the first visible sheet. */
  activeSheet(): SheetModel {
    const visible = this.model.sheets.filter((sheet) => sheet.visibility === "Visible");
    const sheet = visible.find((candidate) => candidate.id === this.activeId) ?? visible[0];
    if (!sheet) throw new FakeOfficeError("ItemNotFound", "The workbook has no visible worksheet.");
    return sheet;
  }

  /** Makes `sheet` the active one (`Worksheet.activate()`), keeping its own selection. */
  activate(sheet: SheetModel): void {
    this.activeId = sheet.id;
  }

  /** Selects one or more blocks (Ctrl+click for more), all on one sheet, which becomes active. */
  select(blocks: readonly SheetBlock[]): void {
    const sheetId = blocks[0]?.sheetId;
    if (sheetId === undefined || blocks.some((block) => block.sheetId !== sheetId))
      throw new FakeOfficeError("InvalidArgument", "A selection is one or more ranges on one sheet.");
    this.activeId = sheetId;
    this.selections.set(sheetId, [...blocks]);
  }

  /** The blocks selected on the active sheet; A1 until the user selects something there. */
  selection(): readonly SheetBlock[] {
    const sheet = this.activeSheet();
    return this.selections.get(sheet.id) ?? [{ sheetId: sheet.id, row: 0, column: 0, rows: 1, columns: 1 }];
  }

  /** What `getSelectedRange()` gives: the one selected block, or InvalidSelection for several. */
  selectedBlock(): SheetBlock {
    const blocks = this.selection();
    if (blocks.length !== 1)
      throw new FakeOfficeError("InvalidSelection", "The current selection is invalid for this operation.");
    return blocks[0];
  }
}
