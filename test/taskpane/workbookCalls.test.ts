import type { BarStore } from "../../src/excel/barStore";
import { StoreError } from "../../src/excel/storeError";
import type { Watch } from "../../src/excel/watchWorkbook";
import {
  WORKBOOK_CALL_TIME_LIMITS_MS,
  WorkbookCallError,
  limitWorkbookCall,
  withTimeLimits,
} from "../../src/taskpane/workbookCalls";

/** A promise and the functions that settle it. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/** What a promise has done so far, without waiting for it. */
async function stateOf(promise: Promise<unknown>): Promise<"pending" | "resolved" | "rejected"> {
  const pending = Symbol("pending");
  try {
    return (await Promise.race([promise, Promise.resolve(pending)])) === pending ? "pending" : "resolved";
  } catch {
    return "rejected";
  }
}

beforeEach(() => {
  jest.useFakeTimers();
  jest.spyOn(console, "warn").mockImplementation(() => undefined);
});

afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
});

describe("limitWorkbookCall", () => {
  it("passes an answer within the limit through", async () => {
    await expect(limitWorkbookCall("read", async () => "data")).resolves.toBe("data");
  });

  it("is still waiting one millisecond before the limit", async () => {
    const call = limitWorkbookCall("read", () => new Promise<never>(() => undefined));
    call.catch(() => undefined);
    await jest.advanceTimersByTimeAsync(WORKBOOK_CALL_TIME_LIMITS_MS.read - 1);
    expect(await stateOf(call)).toBe("pending");
  });

  it("gives up at the limit with the operation and the limit it waited", async () => {
    const call = limitWorkbookCall("saveInitiative", () => new Promise<never>(() => undefined));
    const failure = call.catch((error: unknown) => error);
    await jest.advanceTimersByTimeAsync(WORKBOOK_CALL_TIME_LIMITS_MS.saveInitiative);
    expect(await failure).toMatchObject({
      operation: "saveInitiative",
      reason: "timedOut",
      limitMs: 30_000,
    });
  });

  it("turns a StoreError into a failure with Office's code", async () => {
    const cause = new StoreError("read", "GeneralException", "An internal error has occurred.");
    const failure = await limitWorkbookCall("read", () => Promise.reject(cause)).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(WorkbookCallError);
    expect(failure).toMatchObject({ operation: "read", reason: "failed", code: "GeneralException", cause });
  });

  it("reads the code of an OfficeExtension.Error-like failure too, and calls others Unknown", async () => {
    const office = Object.assign(new Error("Access denied"), { code: "AccessDenied" });
    const codes = await Promise.all(
      [office, new Error("chunk failed"), "a string"].map((cause) =>
        limitWorkbookCall("writeReport", () => Promise.reject(cause)).catch(
          (error: WorkbookCallError) => error.code,
        ),
      ),
    );
    expect(codes).toEqual(["AccessDenied", "Unknown", "Unknown"]);
  });

  it("counts a call that throws at once as a failure", async () => {
    const failure = await limitWorkbookCall("repair", () => {
      throw new StoreError("repair", "InvalidOperation", "no");
    }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ reason: "failed", code: "InvalidOperation" });
  });

  it("hands an answer that comes after the limit to onLate, and reports nothing twice", async () => {
    const late = deferred<string>();
    const onLate = jest.fn();
    const failure = limitWorkbookCall("read", () => late.promise, WORKBOOK_CALL_TIME_LIMITS_MS, onLate).catch(
      (error: WorkbookCallError) => error.reason,
    );
    await jest.advanceTimersByTimeAsync(WORKBOOK_CALL_TIME_LIMITS_MS.read);
    late.resolve("too late");
    await late.promise;
    expect([await failure, onLate.mock.calls]).toEqual(["timedOut", [["too late"]]]);
  });
});

describe("withTimeLimits", () => {
  const hanging = () => new Promise<never>(() => undefined);

  function storeWith(overrides: Partial<BarStore>): BarStore {
    const unused = () => Promise.reject(new Error("not used in this test"));
    return {
      read: unused,
      setUp: unused,
      saveInitiative: unused,
      addInitiatives: unused,
      saveCells: unused,
      linkMeasure: unused,
      repair: unused,
      startBudgetYear: unused,
      deleteInitiative: unused,
      restoreInitiative: unused,
      revertChange: unused,
      readChangeLog: unused,
      readLastChange: unused,
      logObservedChanges: unused,
      addRow: unused,
      readSelection: unused,
      deleteRow: unused,
      readRange: unused,
      settleOwnWrites: unused,
      watch: unused,
      ...overrides,
    };
  }

  it("names each call by its store method", async () => {
    const failing = () => Promise.reject(new StoreError("x", "GeneralException", "x"));
    const store = withTimeLimits(
      storeWith({ setUp: failing, saveCells: failing, linkMeasure: failing, readChangeLog: failing }),
    );
    const operations = await Promise.all(
      [
        store.setUp({ example: true }),
        store.saveCells("settings", "SurplusRule", []),
        store.linkMeasure("headroom", "A1:D1"),
        store.readChangeLog(),
      ].map((call) => call.catch((error: WorkbookCallError) => error.operation)),
    );
    expect(operations).toEqual(["setUp", "saveCells", "linkMeasure", "readChangeLog"]);
  });

  it("passes every argument through, the add's options included", async () => {
    const addInitiatives = jest.fn(async () => ({ status: "added" as const, added: [], skipped: [] }));
    const revertChange = jest.fn(async () => ({ kind: "notUndoable" as const, event: null }));
    const store = withTimeLimits(storeWith({ addInitiatives, revertChange }));
    const group = { time: "t", by: "Anna", table: "BAR_Initiatives", id: "I-1", event: null, cells: [] };
    await store.addInitiatives([], { readableIds: true });
    await store.revertChange(group);
    expect([addInitiatives.mock.calls, revertChange.mock.calls]).toEqual([
      [[[], { readableIds: true }]],
      [[group, undefined]],
    ]);
  });

  it("uses the limits it is given", async () => {
    const store = withTimeLimits(storeWith({ read: hanging }), { ...WORKBOOK_CALL_TIME_LIMITS_MS, read: 5 });
    const failure = store.read().catch((error: WorkbookCallError) => error.limitMs);
    await jest.advanceTimersByTimeAsync(5);
    expect(await failure).toBe(5);
  });

  it("stops a watch that starts only after the pane gave up on it", async () => {
    const started = deferred<Watch>();
    const stop = jest.fn(async () => undefined);
    const store = withTimeLimits(storeWith({ watch: () => started.promise }));
    const failure = store.watch(() => undefined).catch((error: WorkbookCallError) => error.reason);
    await jest.advanceTimersByTimeAsync(WORKBOOK_CALL_TIME_LIMITS_MS.watch);
    started.resolve({ stop });
    await started.promise;
    expect([await failure, stop.mock.calls.length]).toEqual(["timedOut", 1]);
  });
});
