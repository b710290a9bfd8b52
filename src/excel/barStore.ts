import type { Initiative } from "../engine/initiative";
import type { CellValue, Repair } from "../engine/workbookProblem";
import type { AddOptions, AddResult } from "./addInitiatives";
import { encodeFor } from "./cells";
import type { ChangeEntry, ChangeStamp } from "./changeLog";
import { editRow, type RowEditOutcome } from "./editRow";
import type { LinkResult } from "./linkMeasure";
import { readWorkbook } from "./readWorkbook";
import type { SourceRange, SourceRangeResult } from "./readSourceRange";
import type { RepairResult } from "./repairWorkbook";
import { saveInitiative, type InitiativeEdit, type SaveResult } from "./saveInitiative";
import { columnsOf, type TableKey } from "./schema";
import type { SetUpOptions, SetUpResult } from "./setUpWorkbook";
import type { WorkbookData } from "./toWorkbookData";
import { officeCode } from "./tableAccess";
import { watchWorkbook, type Watch, type WatchOptions, type WorkbookChange } from "./watchWorkbook";

/** A batch as Excel.run takes it. */
export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/**
 * Excel.run, or the preview's stand-in for it: a batch on a new context with run options,
 * or on an earlier run's context (how event handlers are removed, docs/excel/excel-add-ins-events.md).
 */
export type ExcelRun = {
  <T>(options: Excel.RunOptions, batch: Batch<T>): Promise<T>;
  <T>(context: Excel.RequestContext, batch: Batch<T>): Promise<T>;
};

/** A change to one cell of a table other than BAR_Initiatives, from what the user saw to what they want. */
export type PlainEdit = { column: string; from: CellValue; to: CellValue };

/** An Office failure turned into one typed error at the store's boundary, for the pane to show. */
export class StoreError extends Error {
  constructor(
    readonly operation: string,
    /** Office's error code (e.g. "ItemNotFound", "GeneralException"), or "Unknown". */
    readonly code: string,
    message: string,
    readonly cause?: unknown,
  ) {
    super(`${operation}: ${message}`);
    this.name = "StoreError";
  }
}

/** An Office failure of `operation` as the one typed error the pane handles. */
function toStoreError(operation: string, error: unknown): StoreError {
  const message = error instanceof Error ? error.message : String(error);
  return new StoreError(operation, officeCode(error) || "Unknown", message, error);
}

/** Everything the task pane does with the workbook. Every method is one Excel.run. */
export type BarStore = {
  read(): Promise<WorkbookData>;
  setUp(options?: SetUpOptions): Promise<SetUpResult>;
  saveInitiative(edit: InitiativeEdit): Promise<SaveResult>;
  addInitiatives(initiatives: readonly Initiative[], options?: AddOptions): Promise<AddResult>;
  /** Saves cells of BAR_Targets, BAR_Measures, BAR_Strategy or BAR_Settings (row by its key), with the same checks. */
  saveCells(
    table: Exclude<TableKey, "initiatives" | "changeLog">,
    id: string,
    edits: readonly PlainEdit[],
  ): Promise<RowEditOutcome>;
  linkMeasure(measure: string, address: string): Promise<LinkResult>;
  repair(repair: Repair): Promise<RepairResult>;
  readChangeLog(id?: string): Promise<ChangeEntry[]>;
  /** Reads the cells an import starts from: the selection, or an address (bare: the active sheet). */
  readRange(source: SourceRange): Promise<SourceRangeResult>;
  watch(listener: (change: WorkbookChange) => void, options?: WatchOptions): Promise<Watch>;
};

/** Options for the store: how to reach Excel, and who is working. */
export type BarStoreOptions = {
  run: ExcelRun;
  /** The name written to the change log and ChangedBy. */
  user: () => string;
  /** @default () => new Date() */
  now?: () => Date;
  /**
   * Make each change one step on the user's undo stack (`Excel.run({ mergeUndoGroup: true })`,
   * ExcelApi 1.20, docs/excel/excel-add-ins-undo-capabilities.md); pass whether the host has it.
   * @default false
   */
  mergeUndoGroup?: boolean;
};

/**
 * The store the pane uses. It remembers the horizon of its last `read()` (and reads once
 * if a write comes first), and turns Office failures into StoreError.
 */
export function createBarStore(options: BarStoreOptions): BarStore {
  let years: number[] | null = null;
  const stamp = (): ChangeStamp => ({ by: options.user(), at: (options.now ?? (() => new Date()))() });
  const run = async <T>(
    operation: string,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> => {
    try {
      // Every batch waits while the user is typing in a cell instead of failing with
      // InvalidOperationInCellEditMode (docs/excel/excel-add-ins-delay-in-cell-edit.md);
      // a change is one undo step where the host can group it.
      const writes = !["read", "readChangeLog", "readRange", "watch"].includes(operation);
      const mergeUndoGroup = writes && Boolean(options.mergeUndoGroup);
      return await options.run(
        { delayForCellEdit: true, ...(mergeUndoGroup ? { mergeUndoGroup } : {}) },
        batch,
      );
    } catch (error) {
      throw toStoreError(operation, error);
    }
  };
  const horizon = async (): Promise<number[]> => years ?? (await store.read()).years;

  const store: BarStore = {
    read: async () => {
      const data = await run("read", (context) => readWorkbook(context));
      years = data.years;
      return data;
    },
    // Set-up, import, links, repairs and the log are rare: loaded on first use, which keeps
    // them out of the pane's first download.
    setUp: async (setUpOptions = {}) => {
      const { setUpWorkbook } = await import("./setUpWorkbook");
      return run("setUp", (context) => setUpWorkbook(context, setUpOptions, stamp()));
    },
    saveInitiative: async (edit) => {
      const horizonYears = await horizon();
      return run("saveInitiative", (context) => saveInitiative(context, edit, horizonYears, stamp()));
    },
    addInitiatives: async (initiatives, addOptions) => {
      const { addInitiatives } = await import("./addInitiatives");
      const horizonYears = await horizon();
      return run("addInitiatives", (context) =>
        addInitiatives(context, initiatives, horizonYears, stamp(), addOptions),
      );
    },
    saveCells: async (table, id, edits) => {
      const horizonYears = await horizon();
      const specs = columnsOf(table, horizonYears);
      const cellEdits = edits.map((edit) => {
        const spec = specs.find((candidate) => candidate.name.toLowerCase() === edit.column.toLowerCase());
        return { column: edit.column, base: edit.from, value: encodeFor(spec ?? { kind: "text" }, edit.to) };
      });
      return run("saveCells", (context) =>
        editRow(context, table, id, cellEdits, stamp(), undefined, horizonYears),
      );
    },
    linkMeasure: async (measure, address) => {
      const { linkMeasure } = await import("./linkMeasure");
      const horizonYears = await horizon();
      return run("linkMeasure", (context) => linkMeasure(context, measure, address, horizonYears, stamp()));
    },
    repair: async (repair) => {
      const { repairWorkbook } = await import("./repairWorkbook");
      const horizonYears = await horizon();
      return run("repair", (context) => repairWorkbook(context, repair, horizonYears, stamp()));
    },
    readChangeLog: async (id) => {
      const { readChangeLog } = await import("./changeLog");
      return run("readChangeLog", (context) => readChangeLog(context, id));
    },
    readRange: async (source) => {
      const { readSourceRange } = await import("./readSourceRange");
      return run("readRange", (context) => readSourceRange(context, source));
    },
    watch: async (listener, watchOptions) => {
      const watch = await run("watch", (context) => watchWorkbook(context, listener, watchOptions));
      return {
        stop: async () => {
          try {
            await options.run(watch.context, (context) => watch.stop(context));
          } catch (error) {
            throw toStoreError("watch", error);
          }
        },
      };
    },
  };
  return store;
}
