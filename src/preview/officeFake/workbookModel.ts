import type { CellValue } from "../../engine/workbookProblem";
import { GENERAL, isBlankCell, writtenCell, type FakeCell } from "./cellInput";
import { referenceEvaluator, type FormulaEvaluator } from "./formulaEvaluator";
import { FakeOfficeError } from "./fakeOfficeError";
import { ChartModels, type ChartModel } from "./chartModels";
import { cellKey, cellOfKey, contains, fitToBlock, type SheetBlock } from "./sheetBlock";
import { TableModels, type TableModel } from "./tableModels";
import type { NameModel } from "./fakeNames";
import type { SheetValidations } from "./fakeDataValidation";
import type { PageLayoutModel } from "./fakePageLayout";
import { hostProfile, type HostProfile } from "./host/hostProfile";
import { applyWriteBehaviours } from "./host/afterWrite";
import { ChangeQueue, type PendingEvent } from "./changeQueue";

/** A worksheet: cells kept sparse, keyed by row and column. */
export type SheetModel = {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden";
  cells: Map<number, FakeCell>;
  /** Widths set through `Range.format.columnWidth`, in points, by 0-based column. */
  columnWidths: Map<number, number>;
  charts: ChartModel[];
  /** Data validation (list rules) by cell key. */
  validations: SheetValidations;
  /** Print settings (`Worksheet.pageLayout`); unset is Excel's defaults. */
  pageLayout?: PageLayoutModel;
};

/** What `Range.clear` removes (Excel.ClearApplyTo). */
export type ClearApplyTo =
  "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents";

/** What a write sets: values as typed, formulas in English or the display language, or number formats. */
export type WriteKind = "values" | "formulas" | "formulasLocal" | "numberFormat";

/**
 * The shared in-memory workbook behind every fake client: sheets, cells, tables, and the
 * events their changes raise (held in a ChangeQueue until the batch or edit is flushed).
 * Proxies call into it only while a batch runs (`context.sync()`).
 */
export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  /** Which Excel this workbook behaves as (host/hostProfile.ts). */
  readonly profile: HostProfile;
  readonly tables = new TableModels(this);
  readonly charts = new ChartModels(this);
  /** Workbook-scoped defined names, by lower-case name. */
  readonly names = new Map<string, NameModel>();
  evaluator: FormulaEvaluator = referenceEvaluator;
  /** How many batches ran with calculation suspended (`suspendApiCalculationUntilNextSync`). */
  suspendedBatches = 0;
  /** Counts changes of any kind (cells, formats, sheets, tables, charts), so a view knows when to redraw. */
  revision = 0;
  private nextId = 1;
  private readonly queue = new ChangeQueue(this);
  private evaluating = new Set<number>();

  constructor(profile: HostProfile = hostProfile("web")) {
    this.profile = profile;
  }

  /** A fresh id for a sheet or table, as Excel gives them ("{…}" in Office; a counter here). */
  newId(prefix: string): string {
    return `${prefix}${this.nextId++}`;
  }

  /** Adds a visible sheet; the name must be new (ignoring case), as in Excel. */
  addSheet(name: string): SheetModel {
    checkSheetName(name);
    if (this.sheetByName(name))
      throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${name}" exists.`);
    const sheet: SheetModel = {
      id: this.newId("sheet"),
      name,
      visibility: "Visible",
      cells: new Map(),
      columnWidths: new Map(),
      charts: [],
      validations: new Map(),
    };
    this.sheets.push(sheet);
    this.evaluator.sheetAdded?.(name);
    this.touch();
    return sheet;
  }

  /** Renames a sheet; the new name must be valid and unused (ignoring case), as in Excel. */
  renameSheet(sheet: SheetModel, name: string): void {
    const other = this.sheetByName(name);
    if (other && other !== sheet)
      throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${name}" exists.`);
    checkSheetName(name);
    const old = sheet.name;
    if (old === name) return;
    this.queue.sendChangesToEvaluator();
    sheet.name = name;
    this.evaluator.sheetRenamed?.(old, name);
    this.touch();
  }

  /** Shows or hides a sheet. */
  setVisibility(sheet: SheetModel, visibility: SheetModel["visibility"]): void {
    sheet.visibility = visibility;
    this.touch();
  }

  /** Notes that something changed; see `revision`. */
  touch(): void {
    this.revision++;
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
    return this.sheet(sheetId).cells.get(cellKey(row, column));
  }

  /**
   * What a cell shows: its value, its formula's result from the evaluator, or, for an empty
   * cell, what a formula elsewhere spills into it (when the evaluator knows about spills).
   */
  valueAt(sheetId: string, row: number, column: number): CellValue {
    const cell = this.cell(sheetId, row, column);
    if (!cell || (cell.formula === null && cell.value === "")) {
      if (!this.evaluator.spillValueAt) return "";
      this.queue.sendChangesToEvaluator();
      return this.evaluator.spillValueAt({ sheet: this.sheet(sheetId).name, row, column }) ?? "";
    }
    if (cell.formula === null) return cell.value;
    if (cell.nameError) return "#NAME?";
    this.queue.sendChangesToEvaluator();
    const id = cellKey(row, column);
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

  /**
   * Writes values (as Excel interprets typed input), formulas (English, or the display
   * language's with `formulasLocal`), or number formats into a block; then tables grow over
   * data below them and calculated columns fill, as the host profile says.
   */
  writeBlock(block: SheetBlock, kind: WriteKind, data: unknown): void {
    const grid = fitToBlock(block, data, kind);
    const sheet = this.sheet(block.sheetId);
    for (let r = 0; r < block.rows; r++) {
      for (let c = 0; c < block.columns; c++) {
        const row = block.row + r;
        const column = block.column + c;
        const old = sheet.cells.get(cellKey(row, column)) ?? {
          value: "",
          formula: null,
          numberFormat: GENERAL,
        };
        const next = writtenCell(old, grid[r][c], kind, this.profile);
        sheet.cells.set(cellKey(row, column), next);
        this.queue.cellChanged(sheet, row, column, next);
      }
    }
    if (kind !== "numberFormat") applyWriteBehaviours(this, block, grid);
    this.tables.afterWrite(block);
    this.queue.queueTableChanges(block);
    this.touch();
  }

  /** Puts a formula into a cell as Excel's own fill does (calculated columns), not as a user write. */
  fillFormula(sheetId: string, row: number, column: number, formula: string): void {
    const sheet = this.sheet(sheetId);
    const key = cellKey(row, column);
    const old = sheet.cells.get(key) ?? { value: "", formula: null, numberFormat: GENERAL };
    const filled: FakeCell = { ...old, value: "", formula };
    delete filled.nameError;
    sheet.cells.set(key, filled);
    this.queue.cellChanged(sheet, row, column, filled);
  }

  /** Tells the evaluator that a cell now holds `cell` (or nothing), for moves that are not writes. */
  cellMoved(sheet: SheetModel, row: number, column: number, cell: FakeCell | undefined): void {
    this.queue.cellChanged(sheet, row, column, cell);
  }

  /** Empties a block, keeping nothing (as deleting a table's cells does). */
  clearBlock(block: SheetBlock): void {
    const sheet = this.sheet(block.sheetId);
    for (let r = 0; r < block.rows; r++) {
      for (let c = 0; c < block.columns; c++) {
        sheet.cells.delete(cellKey(block.row + r, block.column + c));
        this.queue.cellChanged(sheet, block.row + r, block.column + c, undefined);
      }
    }
    this.touch();
  }

  /**
   * `Range.clear`: contents (values and formulas), formats (number format and font), or
   * both. Only stored cells are visited, so clearing a whole sheet costs what it holds.
   * Tables and charts stay, as in Excel.
   */
  clear(block: SheetBlock, applyTo: ClearApplyTo = "All"): void {
    const sheet = this.sheet(block.sheetId);
    const contents = applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents";
    const formats = applyTo === "All" || applyTo === "Formats";
    for (const [id, cell] of [...sheet.cells]) {
      const { row, column } = cellOfKey(id);
      if (!contains(block, row, column)) continue;
      const next: FakeCell = contents ? { ...cell, value: "", formula: null } : { ...cell };
      if (formats) {
        next.numberFormat = GENERAL;
        delete next.bold;
        delete next.fontSize;
        delete next.horizontalAlignment;
        delete next.borders;
      }
      if (contents) this.queue.cellChanged(sheet, row, column, undefined);
      if (isBlankCell(next)) sheet.cells.delete(id);
      else sheet.cells.set(id, next);
    }
    if (contents) {
      this.tables.afterWrite(block);
      this.queue.queueTableChanges(block);
    }
    this.touch();
  }

  /** The smallest block holding every non-blank cell inside `within` (the whole sheet by default). */
  usedBlock(sheetId: string, within?: SheetBlock): SheetBlock | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [id, cell] of this.sheet(sheetId).cells) {
      if (cell.value === "" && cell.formula === null) continue;
      const { row, column } = cellOfKey(id);
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
    this.queue.queueEvent(event);
  }

  /** Takes the events and cell changes gathered since the last flush, telling the evaluator first. */
  flush(): PendingEvent[] {
    return this.queue.flush();
  }
}

/** Excel's rules for a sheet name: 1–31 characters, none of \\ / ? * [ ] : */
function checkSheetName(name: string): void {
  if (name.trim() === "" || /[\\/?*[\]:]/.test(name) || name.length > 31) {
    throw new FakeOfficeError("InvalidArgument", `Invalid sheet name "${name}".`);
  }
}

export type { TableModel };
export type { PendingEvent } from "./changeQueue";
export type { BorderEdge, CellBorder, FormatChange } from "./cellFormats";
export type { ChartModel, SeriesBy } from "./chartModels";
export { contains, intersect, type SheetBlock } from "./sheetBlock";
