import type { BarStore } from "../excel/barStore";
import { StoreError } from "../excel/storeError";
import type { WorkbookOperation } from "../i18n/paneTexts";

/**
 * How long the pane waits for each workbook call before it gives up and says so. Office.js
 * itself never gives up on a workbook call (its rich API requests carry no timeout), so a
 * call to a host that stopped answering would otherwise show "Reading the workbook …" for
 * ever. A call that ran out of time may still finish in Excel later: the pane then hears
 * the change like any other and reads again.
 *
 * - Reads (one `context.sync()` however large the workbook, BENCHMARKS.md): 20 s.
 * - Saves, links and repairs (two or three syncs): 30 s.
 * - Set-up and the status report (new sheet, tables or chart, formats): 60 s.
 */
export const WORKBOOK_CALL_TIME_LIMITS_MS: Readonly<Record<WorkbookOperation, number>> = {
  read: 20_000,
  readChangeLog: 20_000,
  readRange: 20_000,
  watch: 20_000,
  saveInitiative: 30_000,
  addInitiatives: 30_000,
  saveCells: 30_000,
  linkMeasure: 30_000,
  repair: 30_000,
  deleteInitiative: 30_000,
  restoreInitiative: 30_000,
  revertChange: 30_000,
  logObservedChanges: 30_000,
  addRow: 30_000,
  deleteRow: 30_000,
  setUp: 60_000,
  writeReport: 60_000,
  startBudgetYear: 60_000,
};

/** The calls that change the workbook: one that ran out of time may have done so anyway. */
export const WRITING_OPERATIONS: ReadonlySet<WorkbookOperation> = new Set([
  "setUp",
  "saveInitiative",
  "addInitiatives",
  "saveCells",
  "linkMeasure",
  "repair",
  "deleteInitiative",
  "restoreInitiative",
  "revertChange",
  "logObservedChanges",
  "addRow",
  "deleteRow",
  "writeReport",
  "startBudgetYear",
]);

/** A workbook call that failed or got no answer in time, named by what the pane was doing. */
export class WorkbookCallError extends Error {
  constructor(
    readonly operation: WorkbookOperation,
    /** "timedOut": no answer within `limitMs`; "failed": Office (or BAR) reported an error. */
    readonly reason: "timedOut" | "failed",
    /** Office's error code (e.g. "GeneralException"), or "Unknown" when the failure was not Office's. */
    readonly code: string,
    readonly limitMs: number,
    readonly cause?: unknown,
  ) {
    super(
      reason === "timedOut"
        ? `${operation}: no answer from Excel within ${limitMs} ms`
        : `${operation}: ${code}${cause instanceof Error ? ` (${cause.message})` : ""}`,
    );
    this.name = "WorkbookCallError";
  }
}

/** Office's error code on a failure: StoreError's, OfficeExtension.Error's, or "Unknown". */
export function officeCodeOf(error: unknown): string {
  if (error instanceof StoreError) return error.code;
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string")
    return error.code;
  return "Unknown";
}

/**
 * Runs one workbook call with its time limit. Resolves as the call does; rejects with a
 * {@link WorkbookCallError} when the call fails or gives no answer within the limit. An
 * answer that comes after the limit goes to `onLate` (a late failure is not reported twice).
 */
export function limitWorkbookCall<T>(
  operation: WorkbookOperation,
  call: () => Promise<T>,
  limits: Readonly<Record<WorkbookOperation, number>> = WORKBOOK_CALL_TIME_LIMITS_MS,
  onLate?: (value: T) => void,
): Promise<T> {
  const limitMs = limits[operation];
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      reject(new WorkbookCallError(operation, "timedOut", "Timeout", limitMs));
    }, limitMs);
    const finish = () => {
      clearTimeout(timer);
      const first = !settled;
      settled = true;
      return first;
    };
    let running: Promise<T>;
    try {
      running = call();
    } catch (error) {
      running = Promise.reject(error);
    }
    running.then(
      (value) => {
        if (finish()) resolve(value);
        else onLate?.(value);
      },
      (error: unknown) => {
        if (!finish()) return;
        // The code goes to the user; the details to whoever opens the developer tools.
        console.warn(`[BAR] ${operation} failed:`, error);
        reject(new WorkbookCallError(operation, "failed", officeCodeOf(error), limitMs, error));
      },
    );
  });
}

/** The store with a time limit on every call the pane makes (starting a watch included; stopping one is not). */
export function withTimeLimits(
  store: BarStore,
  limits: Readonly<Record<WorkbookOperation, number>> = WORKBOOK_CALL_TIME_LIMITS_MS,
): BarStore {
  const limit = <T>(operation: WorkbookOperation, call: () => Promise<T>, onLate?: (value: T) => void) =>
    limitWorkbookCall(operation, call, limits, onLate);
  return {
    read: () => limit("read", () => store.read()),
    setUp: (options) => limit("setUp", () => store.setUp(options)),
    saveInitiative: (edit) => limit("saveInitiative", () => store.saveInitiative(edit)),
    addInitiatives: (initiatives, options) =>
      limit("addInitiatives", () => store.addInitiatives(initiatives, options)),
    saveCells: (table, id, edits) => limit("saveCells", () => store.saveCells(table, id, edits)),
    linkMeasure: (measure, address) => limit("linkMeasure", () => store.linkMeasure(measure, address)),
    repair: (repair) => limit("repair", () => store.repair(repair)),
    startBudgetYear: (plan) => limit("startBudgetYear", () => store.startBudgetYear(plan)),
    deleteInitiative: (base) => limit("deleteInitiative", () => store.deleteInitiative(base)),
    restoreInitiative: (id) => limit("restoreInitiative", () => store.restoreInitiative(id)),
    revertChange: (group, current) => limit("revertChange", () => store.revertChange(group, current)),
    readChangeLog: (id) => limit("readChangeLog", () => store.readChangeLog(id)),
    logObservedChanges: (before, after, options) =>
      limit("logObservedChanges", () => store.logObservedChanges(before, after, options)),
    addRow: (table, id, values, label) => limit("addRow", () => store.addRow(table, id, values, label)),
    deleteRow: (table, id, seen, label) => limit("deleteRow", () => store.deleteRow(table, id, seen, label)),
    readLastChange: () => limit("readChangeLog", () => store.readLastChange()),
    readSelection: () => limit("readRange", () => store.readSelection()),
    readRange: (source) => limit("readRange", () => store.readRange(source)),
    settleOwnWrites: (writes, shown, recalculated) =>
      limit("read", () => store.settleOwnWrites(writes, shown, recalculated)),
    // A watch that starts after the pane gave up on it would report changes nobody listens for.
    watch: (listener, options) =>
      limit(
        "watch",
        () => store.watch(listener, options),
        (late) => void late.stop(),
      ),
  };
}
