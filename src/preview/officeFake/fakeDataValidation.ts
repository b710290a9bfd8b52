import { FakeOfficeError } from "./fakeOfficeError";
import type { FakeRange } from "./fakeRange";
import { cellKey } from "./sheetBlock";
import type { SheetBlock, WorkbookModel } from "./workbookModel";

/**
 * A list rule on a cell (docs/excel/excel-add-ins-data-validation.md, "List validation rule
 * type"): the values offered in the drop-down, and the alert style; only `stop` refuses
 * other values ("The pop-ups for warning and information … allow the user enter the
 * invalid data anyway"). The fake keeps list rules only, which is what BAR sets.
 */
export type ListValidation = {
  values: string[];
  inCellDropDown: boolean;
  style: "stop" | "warning" | "information";
};

/** The validation of every cell of the sheet that has one, by cell key. */
export type SheetValidations = Map<number, ListValidation>;

/** A fake Excel.DataValidation of a range: `rule` (list only), `errorAlert` and `clear()`. */
export class FakeDataValidation {
  constructor(private readonly range: FakeRange) {}

  /** Sets a list rule on every cell of the range. */
  set rule(rule: Excel.DataValidationRule) {
    if (!rule.list)
      throw new FakeOfficeError("InvalidArgument", "The fake keeps list validation rules only.");
    const list = rule.list;
    const values = String(list.source)
      .split(",")
      .map((value) => value.trim())
      .filter((value) => value !== "");
    this.range.commandForFake((block, model) =>
      update(model, block, (old) => ({
        values,
        inCellDropDown: list.inCellDropDown,
        style: old?.style ?? "stop",
      })),
    );
  }

  /** Sets the alert style of the range's rules (a rule must be set first, as in Excel). */
  set errorAlert(alert: Partial<Excel.DataValidationErrorAlert>) {
    const style = String(alert.style ?? "Stop").toLowerCase() as ListValidation["style"];
    this.range.commandForFake((block, model) =>
      update(model, block, (old) => (old ? { ...old, style } : undefined)),
    );
  }

  /** Removes the validation of the range's cells. */
  clear(): void {
    this.range.commandForFake((block, model) => update(model, block, () => undefined));
  }
}

function update(
  model: WorkbookModel,
  block: SheetBlock,
  change: (old: ListValidation | undefined) => ListValidation | undefined,
): void {
  const validations = model.sheet(block.sheetId).validations;
  for (let r = 0; r < block.rows; r++) {
    for (let c = 0; c < block.columns; c++) {
      const key = cellKey(block.row + r, block.column + c);
      const next = change(validations.get(key));
      if (next) validations.set(key, next);
      else validations.delete(key);
    }
  }
  model.touch();
}

/**
 * A table's new rows take the validation of the row above them, column by column, as
 * Excel carries a table column's data validation onto rows the table grows over.
 */
export function extendValidations(model: WorkbookModel, table: SheetBlock, newRows: number): void {
  const validations = model.sheet(table.sheetId).validations;
  const last = table.row + table.rows - newRows - 1;
  if (last <= table.row) return;
  for (let c = 0; c < table.columns; c++) {
    const rule = validations.get(cellKey(last, table.column + c));
    if (!rule) continue;
    for (let r = last + 1; r < table.row + table.rows; r++)
      validations.set(cellKey(r, table.column + c), rule);
  }
}
