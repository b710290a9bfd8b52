import type { CellValue } from "../../engine/workbookProblem";
import { SHEET_LIMITS, parseAddress, toAddress } from "../../excel/a1";
import { GENERAL } from "./cellInput";
import { FakeClientObject } from "./clientObject";
import { FakeBatch } from "./fakeBatch";
import { FakeOfficeError } from "./fakeOfficeError";
import { checkReadCells } from "./host/payloadLimits";
import { FakeDataValidation } from "./fakeDataValidation";
import { FakeRangeAreas } from "./fakeRangeAreas";
import { requireExcelApi } from "./host/requirementSets";
import { FakeRangeFormat } from "./fakeRangeFormat";
import { specialCellAreas } from "./specialCells";
import type { ClearApplyTo, SheetBlock, WorkbookModel } from "./workbookModel";

/** The scalar properties of Excel.Range the fake answers. */
type RangeScalars = Pick<
  Excel.Range,
  | "address"
  | "values"
  | "formulas"
  | "formulasLocal"
  | "numberFormat"
  | "rowCount"
  | "columnCount"
  | "rowIndex"
  | "columnIndex"
>;

/** A fake Excel.Range: a fixed block of cells, found when its batch runs. */
export class FakeRange extends FakeClientObject<SheetBlock> implements RangeScalars {
  readonly format: FakeRangeFormat = new FakeRangeFormat(this);
  private validation: FakeDataValidation | null = null;

  constructor(batch: FakeBatch, resolve: () => SheetBlock | null) {
    super(batch, resolve);
  }

  /** The range's data validation (ExcelApi 1.8), made when first asked for. */
  get dataValidation(): FakeDataValidation {
    if (!this.validation) {
      requireExcelApi(this.batch, "Range.dataValidation");
      this.validation = this.childOf("dataValidation", () => new FakeDataValidation(this.batch, this));
    }
    return this.validation;
  }

  get address(): string {
    return this.loadedValue("address");
  }
  get values(): CellValue[][] {
    return this.loadedValue("values");
  }
  set values(values: CellValue[][]) {
    this.command((block) => this.batch.owner.model.writeBlock(block, "values", values), values);
  }
  get formulas(): CellValue[][] {
    return this.loadedValue("formulas");
  }
  set formulas(formulas: CellValue[][]) {
    this.command((block) => this.batch.owner.model.writeBlock(block, "formulas", formulas), formulas);
  }
  get formulasLocal(): CellValue[][] {
    return this.loadedValue("formulasLocal");
  }
  set formulasLocal(formulas: CellValue[][]) {
    this.command((block) => this.batch.owner.model.writeBlock(block, "formulasLocal", formulas), formulas);
  }
  get numberFormat(): string[][] {
    return this.loadedValue("numberFormat");
  }
  set numberFormat(formats: string[][]) {
    this.command((block) => this.batch.owner.model.writeBlock(block, "numberFormat", formats), formats);
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }

  /** One cell by offsets from the top-left; it may lie outside the range. */
  getCell(row: number, column: number): FakeRange {
    return this.derive((block) => ({
      ...block,
      row: block.row + row,
      column: block.column + column,
      rows: 1,
      columns: 1,
    }));
  }
  /** The same size, moved by the offsets. */
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derive((block) => ({
      ...block,
      row: block.row + rowOffset,
      column: block.column + columnOffset,
    }));
  }
  /** The same top-left, grown or shrunk by the deltas. */
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derive((block) => ({
      ...block,
      rows: block.rows + deltaRows,
      columns: block.columns + deltaColumns,
    }));
  }
  /** The same top-left with an absolute size. */
  getAbsoluteResizedRange(rows: number, columns: number): FakeRange {
    return this.derive((block) => ({ ...block, rows, columns }));
  }
  /** The last row of the range. */
  getLastRow(): FakeRange {
    return this.derive((block) => ({ ...block, row: block.row + block.rows - 1, rows: 1 }));
  }
  /** The last column of the range. */
  getLastColumn(): FakeRange {
    return this.derive((block) => ({ ...block, column: block.column + block.columns - 1, columns: 1 }));
  }
  /** One row of the range, 0-based. */
  getRow(row: number): FakeRange {
    return this.derive((block) => ({ ...block, row: block.row + row, rows: 1 }));
  }
  /** One column of the range, 0-based. */
  getColumn(column: number): FakeRange {
    return this.derive((block) => ({ ...block, column: block.column + column, columns: 1 }));
  }
  /** The smallest range holding this one and `other` (a range or an address on the same sheet). */
  getBoundingRect(other: FakeRange | string): FakeRange {
    return this.derive((block) => {
      const second = typeof other === "string" ? this.blockOf(other, block.sheetId) : other.targetOrThrow();
      const row = Math.min(block.row, second.row);
      const column = Math.min(block.column, second.column);
      const bottom = Math.max(block.row + block.rows, second.row + second.rows);
      const right = Math.max(block.column + block.columns, second.column + second.columns);
      return { sheetId: block.sheetId, row, column, rows: bottom - row, columns: right - column };
    });
  }
  /** The non-blank part of the range, or a null object when it is all blank. */
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return this.childOf("getUsedRangeOrNullObject", () =>
      new FakeRange(this.batch, () => {
        const block = this.targetOrNull();
        return block === null ? null : this.batch.owner.model.usedBlock(block.sheetId, block);
      }).possiblyNull(),
    );
  }

  /**
   * The cells of the range of a kind, or a null object when there are none (ExcelApi 1.9;
   * docs/excel/excel-add-ins-ranges-special-cells.md). The fake finds "DataValidations" and "Formulas".
   */
  getSpecialCellsOrNullObject(cellType: Excel.SpecialCellType | string): FakeRangeAreas {
    requireExcelApi(this.batch, "Range.getSpecialCellsOrNullObject");
    return this.childOf("getSpecialCellsOrNullObject", () =>
      new FakeRangeAreas(this.batch, () => {
        const block = this.targetOrNull();
        const areas = block === null ? [] : specialCellAreas(this.batch.owner.model, block, String(cellType));
        if (areas === null)
          throw new FakeOfficeError(
            "InvalidArgument",
            `The fake finds "DataValidations" and "Formulas" cells only, not "${cellType}".`,
          );
        return areas.length > 0 ? areas : null;
      }).possiblyNull(),
    );
  }

  /** Clears contents, formats or both (Excel.ClearApplyTo; default all). Tables and charts stay. */
  clear(applyTo: Excel.ClearApplyTo | ClearApplyTo = "All"): void {
    this.command((block) => this.batch.owner.model.clear(block, toClearApplyTo(applyTo)));
  }

  /** Queues a command on this range's block; for the range's parts (its format). */
  commandForFake(run: (block: SheetBlock, model: WorkbookModel) => void): void {
    this.command((block) => run(block, this.batch.owner.model));
  }

  /** The block this range stands for, or null for a null object; for the range's parts (its data validation). */
  blockOrNullForFake(): SheetBlock | null {
    return this.targetOrNull();
  }

  /** The block this range stands for; for the fake's own collaborators (tables.add, resize). */
  blockForFake(): SheetBlock {
    return this.targetOrThrow();
  }

  protected override read(block: SheetBlock, property: string): unknown {
    const model = this.batch.owner.model;
    switch (property) {
      case "address":
        return toAddress({ ...block, sheet: model.sheet(block.sheetId).name });
      case "values":
        checkReadCells(model.profile, block.rows, block.columns);
        return model.readBlock(block, (row, column) => model.valueAt(block.sheetId, row, column));
      case "formulas":
      case "formulasLocal":
        checkReadCells(model.profile, block.rows, block.columns);
        return model.readBlock(block, (row, column) => {
          const cell = model.cell(block.sheetId, row, column);
          return cell?.formula ?? cell?.value ?? "";
        });
      case "numberFormat":
        checkReadCells(model.profile, block.rows, block.columns);
        return model.readBlock(
          block,
          (row, column) => model.cell(block.sheetId, row, column)?.numberFormat ?? GENERAL,
        );
      case "rowCount":
        return block.rows;
      case "columnCount":
        return block.columns;
      case "rowIndex":
        return block.row;
      case "columnIndex":
        return block.column;
      default:
        throw new FakeOfficeError("InvalidArgument", `The fake range does not load "${property}".`);
    }
  }

  protected override defaultProperties(): string[] {
    return [
      "address",
      "values",
      "formulas",
      "numberFormat",
      "rowCount",
      "columnCount",
      "rowIndex",
      "columnIndex",
    ];
  }

  private derive(change: (block: SheetBlock) => SheetBlock): FakeRange {
    return this.childOf(
      "a range method",
      () =>
        new FakeRange(this.batch, () => {
          const block = this.targetOrNull();
          return block === null ? null : checked(change(block));
        }),
    );
  }

  private blockOf(address: string, sheetId: string): SheetBlock {
    const block = parseAddress(address);
    if (!block) throw new FakeOfficeError("InvalidArgument", `"${address}" is not an address.`);
    return checked({ ...block, sheetId });
  }
}

const CLEAR_APPLY_TO: readonly ClearApplyTo[] = [
  "All",
  "Formats",
  "Contents",
  "Hyperlinks",
  "RemoveHyperlinks",
  "ResetContents",
];

function toClearApplyTo(value: string): ClearApplyTo {
  const found = CLEAR_APPLY_TO.find((candidate) => candidate === value);
  if (!found) throw new FakeOfficeError("InvalidArgument", `"${value}" is not a ClearApplyTo.`);
  return found;
}

/** Refuses blocks off the grid, as Office.js does with InvalidArgument. */
export function checked(block: SheetBlock): SheetBlock {
  const inside =
    block.row >= 0 &&
    block.column >= 0 &&
    block.rows >= 1 &&
    block.columns >= 1 &&
    block.row + block.rows <= SHEET_LIMITS.rows &&
    block.column + block.columns <= SHEET_LIMITS.columns;
  if (!inside) throw new FakeOfficeError("InvalidArgument", "The range is outside the worksheet grid.");
  return block;
}
