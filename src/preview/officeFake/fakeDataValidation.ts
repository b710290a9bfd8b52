import { FakeClientObject } from "./clientObject";
import type { FakeBatch } from "./fakeBatch";
import { FakeOfficeError } from "./fakeOfficeError";
import type { FakeRange } from "./fakeRange";
import { cellKey, columnRuns } from "./sheetBlock";
import type { SheetBlock, WorkbookModel } from "./workbookModel";

/** The alert styles of a rule (Excel.DataValidationAlertStyle, lower case). */
type AlertStyle = "stop" | "warning" | "information";

/**
 * A list rule on a cell (docs/excel/excel-add-ins-data-validation.md, "List validation rule
 * type"): the values offered in the drop-down, and the alert style; only `stop` refuses
 * other values ("The pop-ups for warning and information … allow the user enter the
 * invalid data anyway").
 */
export type ListValidation = {
  values: string[];
  inCellDropDown: boolean;
  style: AlertStyle;
};

/** The rule types other than a list, by their DataValidationRule property (same page). */
const OTHER_TYPES = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  textLength: "TextLength",
  date: "Date",
  time: "Time",
  custom: "Custom",
} as const;

/** Any other rule on a cell: its type and its criteria as set, so two rules can be told apart. */
export type OtherValidation = {
  type: (typeof OTHER_TYPES)[keyof typeof OTHER_TYPES];
  criteria: string;
  style: AlertStyle;
};

/** The validation of one cell. */
export type CellValidation = ListValidation | OtherValidation;

/** A rule as set, before the alert style is known. */
type Rule = Omit<ListValidation, "style"> | Omit<OtherValidation, "style">;

/** The validation of every cell of the sheet that has one, by cell key. */
export type SheetValidations = Map<number, CellValidation>;

/**
 * A fake Excel.DataValidation of a range: `rule`, `errorAlert`, `clear()` and the read-only
 * `type` (docs/excel/excel-add-ins-data-validation.md, "Programmatic control of data validation").
 */
export class FakeDataValidation extends FakeClientObject<SheetBlock> {
  constructor(batch: FakeBatch, range: FakeRange) {
    super(batch, () => range.blockOrNullForFake());
  }

  /**
   * "None" when no cell has a rule, the rule's type when every cell has the same one,
   * "Inconsistent" when the cells have different rules, and for a range where only some cells
   * have one, what the host profile says (`partialValidationType`). Excel.DataValidationType.
   */
  get type(): Excel.DataValidationType {
    return this.loadedValue("type");
  }

  /**
   * Sets a rule on every cell of the range. "No more than one of these properties may be
   * present in any DataValidationRule object" (same page, "Create validation rules"). Over
   * cells whose validation differs Office fails with InvalidArgument (office-js #2594, a
   * range part of which had a prompt); the fake takes any difference that way (strict).
   */
  set rule(rule: Excel.DataValidationRule) {
    const next = toValidation(rule);
    if (next === null) {
      this.batch.fail(
        new FakeOfficeError("InvalidArgument", "A DataValidationRule needs exactly one rule type."),
      );
      return;
    }
    this.command((block) => {
      const model = this.batch.owner.model;
      const validations = model.sheet(block.sheetId).validations;
      const first = validations.get(cellKey(block.row, block.column));
      if (!cellsOf(block).every((key) => sameValidation(validations.get(key), first)))
        throw new FakeOfficeError(
          "InvalidArgument",
          "The argument is invalid or missing or has an incorrect format.",
        );
      update(model, block, (old) => ({ ...next, style: old?.style ?? "stop" }));
    }, rule);
  }

  /** Sets the alert style of the range's rules (a rule must be set first, as in Excel). */
  set errorAlert(alert: Partial<Excel.DataValidationErrorAlert>) {
    const style = String(alert.style ?? "Stop").toLowerCase() as AlertStyle;
    this.command((block) =>
      update(this.batch.owner.model, block, (old) => (old ? { ...old, style } : undefined)),
    );
  }

  /** Removes the validation of the range's cells. */
  clear(): void {
    this.command((block) => update(this.batch.owner.model, block, () => undefined));
  }

  protected override read(block: SheetBlock, property: string): unknown {
    if (property !== "type")
      throw new FakeOfficeError("InvalidArgument", `The fake data validation does not load "${property}".`);
    return typeOf(this.batch.owner.model, block);
  }

  protected override defaultProperties(): string[] {
    return ["type"];
  }
}

/**
 * Excel.DataValidationType of a block (@types/office-js): "None means … there is no data
 * validation in the range", "Inconsistent means … there are different rules on different
 * cells", "MixedCriteria means … data validation present on some but not all cells".
 */
function typeOf(model: WorkbookModel, block: SheetBlock): Excel.DataValidationType {
  const validations = model.sheet(block.sheetId).validations;
  const found = cellsOf(block).map((key) => validations.get(key));
  const first = found.find((validation) => validation !== undefined);
  if (first === undefined) return "None" as Excel.DataValidationType;
  if (found.some((validation) => validation === undefined))
    return model.profile.partialValidationType as Excel.DataValidationType;
  if (!found.every((validation) => sameValidation(validation, first)))
    return "Inconsistent" as Excel.DataValidationType;
  return ("values" in first ? "List" : first.type) as Excel.DataValidationType;
}

/**
 * The cells of a block that have a rule, as rectangles (what `Range.getSpecialCellsOrNullObject`
 * with "DataValidations" finds: "Cells with validation criteria", Excel.SpecialCellType). The fake
 * gives one rectangle per run of rows in a column; Excel's split is not documented.
 */
export function validatedAreas(model: WorkbookModel, block: SheetBlock): SheetBlock[] {
  const validations = model.sheet(block.sheetId).validations;
  return columnRuns(block, (row, column) => validations.has(cellKey(row, column)));
}

function toValidation(rule: Excel.DataValidationRule): Rule | null {
  const given = Object.entries(rule).filter(([, value]) => value !== undefined && value !== null);
  if (given.length !== 1) return null;
  const [property, value] = given[0];
  if (property === "list") {
    const list = value as Excel.ListDataValidation;
    const values = String(list.source)
      .split(",")
      .map((entry) => entry.trim())
      .filter((entry) => entry !== "");
    return { values, inCellDropDown: list.inCellDropDown };
  }
  const type = OTHER_TYPES[property as keyof typeof OTHER_TYPES];
  return type ? { type, criteria: JSON.stringify(value) } : null;
}

function sameValidation(a: CellValidation | undefined, b: CellValidation | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function cellsOf(block: SheetBlock): number[] {
  const keys: number[] = [];
  for (let r = 0; r < block.rows; r++)
    for (let c = 0; c < block.columns; c++) keys.push(cellKey(block.row + r, block.column + c));
  return keys;
}

function update(
  model: WorkbookModel,
  block: SheetBlock,
  change: (old: CellValidation | undefined) => CellValidation | undefined,
): void {
  const validations = model.sheet(block.sheetId).validations;
  for (const key of cellsOf(block)) {
    const next = change(validations.get(key));
    if (next) validations.set(key, next);
    else validations.delete(key);
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
