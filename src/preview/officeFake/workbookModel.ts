import type { CellValue } from "../../engine/workbookProblem";
import { SHEET_LIMITS, toAddress, type CellBlock } from "../../excel/a1";
import { GENERAL, interpretFormulaInput, interpretInput, type FakeCell } from "./cellInput";
import { referenceEvaluator, type CellChange, type FormulaEvaluator } from "./formulaEvaluator";
import { FakeOfficeError } from "./fakeOfficeError";
import { TableModels, type TableModel } from "./tableModels";

/** A worksheet: cells kept sparse, keyed by row and column. */
export type SheetModel = {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden";
  cells: Map<number, FakeCell>;
};

/** A block of cells on a sheet, the sheet given by id. */
export type SheetBlock = Omit<CellBlock, "sheet"> & { sheetId: string };

/** A change event waiting to be delivered after a batch or a user edit. */
export type PendingEvent =
  | { type: "TableChanged"; tableId: string; worksheetId: string; address: string }
  | { type: "TableAdded"; tableId: string; worksheetId: string }
  | { type: "TableDeleted"; tableId: string; tableName: string; worksheetId: string };

const key = (row: number, column: number) => row * SHEET_LIMITS.columns + column;

/**
 * The shared in-memory workbook behind every fake client: sheets, cells, tables, and the
 * events their changes raise. Proxies call into it only while a batch runs (`context.sync()`).
 */
export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables = new TableModels(this);
  evaluator: FormulaEvaluator = referenceEvaluator;
  /** How many batches ran with calculation suspended (`suspendApiCalculationUntilNextSync`). */
  suspendedBatches = 0;
  private nextId = 1;
  private changes: CellChange[] = [];
  private events: PendingEvent[] = [];
  private evaluating = new Set<number>();

  /** A fresh id for a sheet or table, as Excel gives them ("{…}" in Office; a counter here). */
  newId(prefix: string): string {
    return `${prefix}${this.nextId++}`;
  }

  /** Adds a visible sheet; the name must be new (ignoring case), as in Excel. */
  addSheet(name: string): SheetModel {
    if (name.trim() === "" || /[\\/?*[\]:]/.test(name) || name.length > 31) {
      throw new FakeOfficeError("InvalidArgument", `Invalid sheet name "${name}".`);
    }
    if (this.sheetByName(name))
      throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${name}" exists.`);
    const sheet: SheetModel = { id: this.newId("sheet"), name, visibility: "Visible", cells: new Map() };
    this.sheets.push(sheet);
    this.evaluator.sheetAdded?.(name);
    return sheet;
  }

  /** The sheet of that name, ignoring case. */
  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  /** The sheet with that id; throws when it was deleted. */
  sheet(id: string): SheetModel {
    const sheet = this.sheets.find((candidate) => candidate.id === id);
    if (!sheet) throw new FakeOfficeError("ItemNotFound", "The worksheet no longer exists.");
    return sheet;
  }

  /** The stored cell, if anything was ever written to it. */
  cell(sheetId: string, row: number, column: number): FakeCell | undefined {
    return this.sheet(sheetId).cells.get(key(row, column));
  }

  /** What a cell shows: its value, or its formula's result from the evaluator. */
  valueAt(sheetId: string, row: number, column: number): CellValue {
    const cell = this.cell(sheetId, row, column);
    if (!cell) return "";
    if (cell.formula === null) return cell.value;
    const id = key(row, column);
    if (this.evaluating.has(id)) return "#REF!";
    this.evaluating.add(id);
    try {
      const sheet = this.sheet(sheetId).name;
      return this.evaluator.evaluate(
        cell.formula,
        { sheet, row, column },
        {
          valueAt: (name, r, c) => {
            const target = this.sheetByName(name);
            return target ? this.valueAt(target.id, r, c) : "#REF!";
          },
        },
      );
    } finally {
      this.evaluating.delete(id);
    }
  }

  /** Reads a block row by row with `read(cell, row, column)`. */
  readBlock<T>(block: SheetBlock, read: (row: number, column: number) => T): T[][] {
    this.sheet(block.sheetId);
    return Array.from({ length: block.rows }, (_, r) =>
      Array.from({ length: block.columns }, (_, c) => read(block.row + r, block.column + c)),
    );
  }

  /** Writes values (as Excel interprets typed input), formulas, or number formats into a block. */
  writeBlock(block: SheetBlock, kind: "values" | "formulas" | "numberFormat", data: unknown): void {
    const grid = this.fitToBlock(block, data, kind);
    const sheet = this.sheet(block.sheetId);
    for (let r = 0; r < block.rows; r++) {
      for (let c = 0; c < block.columns; c++) {
        const row = block.row + r;
        const column = block.column + c;
        const old = sheet.cells.get(key(row, column)) ?? { value: "", formula: null, numberFormat: GENERAL };
        const input = grid[r][c];
        let next: FakeCell;
        if (kind === "numberFormat") next = { ...old, numberFormat: String(input) };
        else {
          const interpreted = (kind === "values" ? interpretInput : interpretFormulaInput)(
            input,
            old.numberFormat,
          );
          next = { ...old, ...interpreted };
        }
        sheet.cells.set(key(row, column), next);
        this.changes.push({ sheet: sheet.name, row, column, value: next.value, formula: next.formula });
      }
    }
    this.tables.afterWrite(block);
    this.noteChange(block);
  }

  /** Empties a block, keeping nothing (as deleting a table's cells does). */
  clearBlock(block: SheetBlock): void {
    const sheet = this.sheet(block.sheetId);
    for (let r = 0; r < block.rows; r++) {
      for (let c = 0; c < block.columns; c++) {
        sheet.cells.delete(key(block.row + r, block.column + c));
        this.changes.push({
          sheet: sheet.name,
          row: block.row + r,
          column: block.column + c,
          value: "",
          formula: null,
        });
      }
    }
  }

  /** The smallest block holding every non-blank cell inside `within` (the whole sheet by default). */
  usedBlock(sheetId: string, within?: SheetBlock): SheetBlock | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [id, cell] of this.sheet(sheetId).cells) {
      if (cell.value === "" && cell.formula === null) continue;
      const row = Math.floor(id / SHEET_LIMITS.columns);
      const column = id % SHEET_LIMITS.columns;
      if (within && !contains(within, row, column)) continue;
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row);
      right = Math.max(right, column);
    }
    if (bottom < 0) return null;
    return { sheetId, row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }

  /** Queues an event for delivery when the current batch or edit is flushed. */
  queueEvent(event: PendingEvent): void {
    this.events.push(event);
  }

  /** Takes the events and cell changes gathered since the last flush, telling the evaluator first. */
  flush(): PendingEvent[] {
    if (this.changes.length > 0) this.evaluator.cellsChanged?.(this.changes);
    this.changes = [];
    const events = this.events;
    this.events = [];
    return events;
  }

  private noteChange(block: SheetBlock): void {
    for (const table of this.tables.all()) {
      const overlap = intersect(table.block, block);
      if (!overlap) continue;
      const address = toAddress({ ...overlap, sheet: "" }).split("!")[1];
      this.queueEvent({ type: "TableChanged", tableId: table.id, worksheetId: table.block.sheetId, address });
    }
  }

  private fitToBlock(block: SheetBlock, data: unknown, kind: string): unknown[][] {
    // A single value fills the whole block, as Office.js allows.
    if (!Array.isArray(data))
      return Array.from({ length: block.rows }, () => Array(block.columns).fill(data));
    const fits =
      data.length === block.rows && data.every((row) => Array.isArray(row) && row.length === block.columns);
    if (!fits) {
      throw new FakeOfficeError(
        "InvalidArgument",
        `The ${kind} array does not match the range: expected ${block.rows}×${block.columns}.`,
      );
    }
    return data as unknown[][];
  }
}

/** True when the cell lies inside the block. */
export function contains(block: SheetBlock, row: number, column: number): boolean {
  return (
    row >= block.row &&
    row < block.row + block.rows &&
    column >= block.column &&
    column < block.column + block.columns
  );
}

/** The overlap of two blocks on the same sheet, or null. */
export function intersect(a: SheetBlock, b: SheetBlock): SheetBlock | null {
  if (a.sheetId !== b.sheetId) return null;
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const rows = Math.min(a.row + a.rows, b.row + b.rows) - row;
  const columns = Math.min(a.column + a.columns, b.column + b.columns) - column;
  return rows > 0 && columns > 0 ? { sheetId: a.sheetId, row, column, rows, columns } : null;
}

export type { TableModel };
