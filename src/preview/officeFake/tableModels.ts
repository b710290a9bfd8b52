import { SHEET_LIMITS } from "../../excel/a1";
import { extendValidations } from "./fakeDataValidation";
import { FakeOfficeError } from "./fakeOfficeError";
import type { SheetBlock, WorkbookModel } from "./workbookModel";
import { intersect } from "./workbookModel";

/** A table: a block whose first row is the header; the header cells are the column names. */
export type TableModel = {
  id: string;
  name: string;
  block: SheetBlock;
  style: string;
  /** Calculated columns (desktop): the formula by column offset, as in body row `row`. */
  calculated: Map<number, { formula: string; row: number }>;
};

const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

/** The tables of the fake workbook, with Excel's rules for names, overlaps and headers. */
export class TableModels {
  private readonly list: TableModel[] = [];
  private counter = 1;

  constructor(private readonly workbook: WorkbookModel) {}

  /** Every table, in creation order. */
  all(): readonly TableModel[] {
    return this.list;
  }

  /** The table of that name (ignoring case), optionally only on one sheet. */
  byName(name: string, sheetId?: string): TableModel | undefined {
    return this.list.find(
      (table) =>
        table.name.toLowerCase() === name.toLowerCase() && (!sheetId || table.block.sheetId === sheetId),
    );
  }

  /** The table with that id, if it still exists. */
  byId(id: string): TableModel | undefined {
    return this.list.find((table) => table.id === id);
  }

  /**
   * Makes a table of `block` with its first row as the header. A header-only block gets one
   * blank body row below it, because an Excel table always has at least one body row.
   */
  add(block: SheetBlock): TableModel {
    const full = block.rows === 1 ? { ...block, rows: 2 } : block;
    this.checkFree(full);
    const table: TableModel = {
      id: this.workbook.newId("table"),
      name: this.freeName(),
      block: full,
      style: "",
      calculated: new Map(),
    };
    this.list.push(table);
    this.normaliseHeader(table);
    this.workbook.queueEvent({ type: "TableAdded", tableId: table.id, worksheetId: full.sheetId });
    this.workbook.touch();
    return table;
  }

  /** Renames a table; the name must be a valid, unused table name. */
  rename(table: TableModel, name: string): void {
    if (!TABLE_NAME.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
      throw new FakeOfficeError("InvalidArgument", `"${name}" is not a valid table name.`);
    }
    const other = this.byName(name);
    if (other && other !== table)
      throw new FakeOfficeError("ItemAlreadyExists", `A table named "${name}" exists.`);
    table.name = name;
    this.workbook.touch();
  }

  /** Moves a table's edges; the header must stay where it is, and at least one body row must remain. */
  resize(table: TableModel, block: SheetBlock): void {
    if (block.sheetId !== table.block.sheetId || block.row !== table.block.row || block.rows < 2) {
      throw new FakeOfficeError(
        "InvalidArgument",
        "The header row must stay in place and one body row remain.",
      );
    }
    this.checkFree(block, table);
    const grownBy = block.rows - table.block.rows;
    table.block = block;
    if (grownBy > 0) extendValidations(this.workbook, block, grownBy);
    this.normaliseHeader(table);
    this.workbook.queueEvent({
      type: "TableChanged",
      tableId: table.id,
      worksheetId: block.sheetId,
      address: "",
    });
    this.workbook.touch();
  }

  /** Grows a table over data written next to it (host/tableAutoExpansion.ts). */
  expand(table: TableModel, block: SheetBlock): void {
    this.checkFree(block, table);
    table.block = block;
    this.normaliseHeader(table);
    this.workbook.touch();
  }

  /** Removes a table; `keepCells` is "Convert to Range", otherwise its cells go too. */
  remove(table: TableModel, keepCells: boolean): void {
    this.list.splice(this.list.indexOf(table), 1);
    if (!keepCells) this.workbook.clearBlock(table.block);
    this.workbook.queueEvent({
      type: "TableDeleted",
      tableId: table.id,
      tableName: table.name,
      worksheetId: table.block.sheetId,
    });
    this.workbook.touch();
  }

  /** The column names, read from the header cells. */
  columnNames(table: TableModel): string[] {
    const { sheetId, row, column, columns } = table.block;
    return Array.from({ length: columns }, (_, c) => String(this.workbook.valueAt(sheetId, row, column + c)));
  }

  /** After any write: a header cell left blank or duplicated gets a generated name, as Excel does. */
  afterWrite(block: SheetBlock): void {
    for (const table of this.list) {
      const header = { ...table.block, rows: 1 };
      if (intersect(header, block)) this.normaliseHeader(table);
    }
  }

  private normaliseHeader(table: TableModel): void {
    const names = this.columnNames(table);
    const seen = new Set<string>();
    const fixed = names.map((name, index) => {
      let candidate = name.trim() === "" ? `Column${index + 1}` : name;
      for (let n = 2; seen.has(candidate.toLowerCase()); n++) candidate = `${name || "Column"}${n}`;
      seen.add(candidate.toLowerCase());
      return candidate;
    });
    if (fixed.every((name, index) => name === names[index])) return;
    const sheet = this.workbook.sheet(table.block.sheetId);
    fixed.forEach((name, index) => {
      if (name === names[index]) return;
      const cellKey = table.block.row * SHEET_LIMITS.columns + table.block.column + index;
      const old = sheet.cells.get(cellKey);
      sheet.cells.set(cellKey, { value: name, formula: null, numberFormat: old?.numberFormat ?? "General" });
    });
  }

  private checkFree(block: SheetBlock, except?: TableModel): void {
    for (const other of this.list) {
      if (other !== except && intersect(other.block, block)) {
        throw new FakeOfficeError("InvalidOperation", `The range overlaps the table ${other.name}.`);
      }
    }
  }

  private freeName(): string {
    while (this.byName(`Table${this.counter}`)) this.counter++;
    return `Table${this.counter++}`;
  }
}
