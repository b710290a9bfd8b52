import type { Initiative } from "../engine/initiative";
import type { CellValue, Repair } from "../engine/workbookProblem";
import type { AddOptions, AddResult } from "./addInitiatives";
import { encodeFor } from "./cells";
import type { RowAddResult } from "./addRow";
import type { ChangeGroup } from "./changeGroups";
import type { ChangeEntry, ChangeStamp } from "./changeLog";
import type { DeleteResult, RowDeleteResult } from "./deleteInitiative";
import type { RowEditOutcome } from "./editRow";
import type { LinkResult } from "./linkMeasure";
import type { ObservedLogResult } from "./logObservedChanges";
import type { OwnWrite } from "./ownWrite";
import { readWorkbook } from "./readWorkbook";
import { toStoreError } from "./storeError";
import type { SourceRange, SourceRangeResult } from "./readSourceRange";
import type { RepairResult } from "./repairWorkbook";
import type { SelectionResult } from "./readSelection";
import type { RestoreResult } from "./restoreInitiative";
import type { RevertResult } from "./revertChange";
import { saveInitiative, type InitiativeEdit, type SaveResult } from "./saveInitiative";
import type { TableKey } from "./schema";
import type { SetUpOptions, SetUpResult } from "./setUpWorkbook";
import { encodedRow } from "./toCells";
import type { WorkbookData } from "./toWorkbookData";
import type { NewBudgetYear, NewYearResult } from "./writeNewBudgetYear";
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

/** The tables whose rows the pane adds and deletes besides initiatives. */
export type EditableTable = "targets" | "strategy";

/** A change to one cell of a table other than BAR_Initiatives, from what the user saw to what they want. */
export type PlainEdit = { column: string; from: CellValue; to: CellValue };

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
  /** Deletes the initiative the user saw, checked and logged with its whole row (deleteInitiative.ts). */
  deleteInitiative(base: Initiative): Promise<DeleteResult>;
  /** Writes a deleted initiative back from the change log. */
  restoreInitiative(id: string): Promise<RestoreResult>;
  /** Undoes one logged change (revertChange.ts); `current` is the initiative as the user sees it. */
  revertChange(group: ChangeGroup, current?: Initiative): Promise<RevertResult>;
  /** Adds a reduction target or a strategy rule (addRow.ts); `label` names it in the log. */
  addRow(
    table: EditableTable,
    id: string,
    values: Readonly<Record<string, CellValue>>,
    label: string,
  ): Promise<RowAddResult>;
  /** Deletes a target or rule the user saw as `seen` (deleteRow, with the same checks as deleting an initiative). */
  deleteRow(
    table: EditableTable,
    id: string,
    seen: Readonly<Record<string, CellValue>>,
    label: string,
  ): Promise<RowDeleteResult>;
  linkMeasure(measure: string, address: string): Promise<LinkResult>;
  repair(repair: Repair): Promise<RepairResult>;
  /** Moves to a new budget year: year columns added, settings updated, all logged (writeNewBudgetYear.ts). */
  startBudgetYear(plan: NewBudgetYear): Promise<NewYearResult>;
  readChangeLog(id?: string): Promise<ChangeEntry[]>;
  /**
   * Logs what changed in BAR_Initiatives between two reads that nobody logged (an edit typed
   * into the table). `byUser`: only this user's Excel changed the table since `since`, so the
   * log names them; otherwise it names no one ("(co-author)").
   */
  logObservedChanges(
    before: readonly Initiative[],
    after: readonly Initiative[],
    options: { since: Date; byUser: boolean },
  ): Promise<ObservedLogResult>;
  /** The last change this user made that the log can undo (changeGroups.ts), or null. */
  readLastChange(): Promise<ChangeGroup | null>;
  /** The selected range's address with its sheet, for "Brug markering" (readSelection.ts). */
  readSelection(): Promise<SelectionResult>;
  /** Reads the cells an import starts from: the selection, or an address (bare: the active sheet). */
  readRange(source: SourceRange): Promise<SourceRangeResult>;
  watch(listener: (change: WorkbookChange) => void, options?: WatchOptions): Promise<Watch>;
  /** What to show after a burst of the pane's own writes, or null to read everything (ownWrite.ts). */
  settleOwnWrites(
    writes: readonly OwnWrite[],
    shown: WorkbookData,
    recalculated: boolean,
  ): Promise<WorkbookData | null>;
};

/** How far co-authors' clocks may differ, for telling what BAR logged from what it did not. */
const CLOCK_SKEW_MS = 5 * 60_000;

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
      // A logged observation is no change of the user's: it is not an undo step of its own.
      const writes = ![
        "read",
        "readChangeLog",
        "readRange",
        "watch",
        "logObservedChanges",
        "settleOwnWrites",
      ].includes(operation);
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
      const encoded = encodedRow(
        table,
        horizonYears,
        Object.fromEntries(edits.map((edit) => [edit.column, edit.to])),
      );
      const cellEdits = edits.map((edit) => ({
        column: edit.column,
        base: edit.from,
        value: encoded.get(edit.column.toLowerCase()) ?? encodeFor({ kind: "text" }, edit.to),
      }));
      const { editRow } = await import("./editRow");
      return run("saveCells", (context) =>
        editRow(context, table, id, cellEdits, stamp(), undefined, horizonYears),
      );
    },
    deleteInitiative: async (base) => {
      const { deleteInitiative } = await import("./deleteInitiative");
      const horizonYears = await horizon();
      return run("deleteInitiative", (context) => deleteInitiative(context, base, horizonYears, stamp()));
    },
    restoreInitiative: async (id) => {
      const { restoreInitiative } = await import("./restoreInitiative");
      const horizonYears = await horizon();
      return run("restoreInitiative", (context) => restoreInitiative(context, id, horizonYears, stamp()));
    },
    revertChange: async (group, current) => {
      const { revertChange } = await import("./revertChange");
      const horizonYears = await horizon();
      return run("revertChange", (context) => revertChange(context, group, horizonYears, stamp(), current));
    },
    addRow: async (table, id, values, label) => {
      const { addRow } = await import("./addRow");
      const horizonYears = await horizon();
      const cells = encodedRow(table, horizonYears, values);
      return run("addRow", (context) => addRow(context, table, id, cells, label, horizonYears, stamp()));
    },
    deleteRow: async (table, id, seen, label) => {
      const { deleteRow } = await import("./deleteInitiative");
      const horizonYears = await horizon();
      const cells = encodedRow(table, horizonYears, seen);
      return run("deleteRow", (context) =>
        deleteRow(context, table, id, cells, label, horizonYears, stamp()),
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
    startBudgetYear: async (plan) => {
      const { writeNewBudgetYear } = await import("./writeNewBudgetYear");
      const result = await run("startBudgetYear", (context) => writeNewBudgetYear(context, plan, stamp()));
      // The next write works on the new horizon; a read would tell the same.
      if (result.status === "started") years = null;
      return result;
    },
    readChangeLog: async (id) => {
      const { readChangeLog } = await import("./changeLog");
      return run("readChangeLog", (context) => readChangeLog(context, id));
    },
    logObservedChanges: async (before, after, observeOptions) => {
      const { toObservedChanges, CO_AUTHOR } = await import("./observedChanges");
      const { logObservedChanges } = await import("./logObservedChanges");
      const horizonYears = await horizon();
      const by = observeOptions.byUser ? options.user() : CO_AUTHOR;
      const observed = toObservedChanges(before, after, horizonYears, { ...stamp(), by });
      if (observed.length === 0) return { status: "logged", entries: 0 };
      // Co-authors' clocks differ: what BAR logged shortly before the previous read counts too.
      const since = new Date(observeOptions.since.getTime() - CLOCK_SKEW_MS);
      return run("logObservedChanges", (context) => logObservedChanges(context, observed, since));
    },
    readLastChange: async () => {
      const { readChangeLog } = await import("./changeLog");
      const { lastChangeBy } = await import("./changeGroups");
      const entries = await run("readChangeLog", (context) => readChangeLog(context));
      return lastChangeBy(entries, options.user());
    },
    readSelection: async () => {
      const { readSelection } = await import("./readSelection");
      return run("readRange", (context) => readSelection(context));
    },
    readRange: async (source) => {
      const { readSourceRange } = await import("./readSourceRange");
      return run("readRange", (context) => readSourceRange(context, source));
    },
    settleOwnWrites: async (writes, shown, recalculated) => {
      const { settleOwnWrites } = await import("./settleOwnWrites");
      return run("settleOwnWrites", (context) => settleOwnWrites(context, writes, shown, recalculated));
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
