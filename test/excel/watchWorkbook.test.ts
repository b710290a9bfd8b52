import { saveInitiative } from "../../src/excel/saveInitiative";
import { TABLE_NAMES } from "../../src/excel/schema";
import { watchWorkbook, type WorkbookChange } from "../../src/excel/watchWorkbook";
import { setUpWorkbook } from "../../src/excel/setUpWorkbook";
import { linkMeasure } from "../../src/excel/linkMeasure";
import { bindHyperFormula } from "../../src/preview/hyperformula/hyperFormulaEvaluator";
import type { FakeExcelClient } from "../../src/preview/officeFake/fakeExcel";
import { readWith, stampBy, describeEachHost, newWorkbook } from "../support/fakeExcel";

const YEARS = [2021, 2022, 2023, 2024];
const DEBOUNCE_MS = 5;
/** The event a value typed into BAR_Initiatives!H3 raises. */
const H3 = [{ table: "BAR_Initiatives", address: "H3" }];

/*
 * Jest's fake timers stand in for the debounce's setTimeout, so nothing here waits on a
 * real clock. The fake workbook hands events to handlers in Promise microtasks;
 * `advanceTimersByTimeAsync` lets those run before it moves the clock, and
 * `runAllTimersAsync` runs every microtask and timer until none is left, so "nothing was
 * reported" is checked once nothing more can happen.
 */
beforeEach(() => {
  jest.useFakeTimers();
});

afterEach(() => {
  jest.useRealTimers();
});

/** Handlers get the events, then the quiet time passes: a reported burst is in `changes` after this. */
const quietTimePasses = () => jest.advanceTimersByTimeAsync(DEBOUNCE_MS);

function watch(client: FakeExcelClient) {
  const changes: WorkbookChange[] = [];
  const errors: unknown[] = [];
  const registered = client.run((context) =>
    watchWorkbook(context, (change) => changes.push(change), {
      debounceMs: DEBOUNCE_MS,
      onError: (error) => errors.push(error),
    }),
  );
  return registered.then((watching) => ({ watching, changes, errors }));
}

async function watched() {
  const workbook = newWorkbook();
  const anna = workbook.createClient("Anna");
  const bo = workbook.createClient("Bo");
  await anna.run((context) => setUpWorkbook(context, { example: true }, stampBy("Anna")));
  const { watching, changes, errors } = await watch(anna);
  return { workbook, anna, bo, changes, errors, watch: watching };
}

describeEachHost("watchWorkbook", () => {
  it("reports a co-author's save as Remote", async () => {
    const { bo, changes } = await watched();
    const base = (await readWith(bo)).initiatives[1];
    await bo.run((context) =>
      saveInitiative(context, { base, changes: { owner: "Bo" } }, YEARS, stampBy("Bo")),
    );
    await quietTimePasses();
    expect(changes).toEqual([
      {
        sources: ["Remote"],
        tables: ["BAR_Initiatives", "BAR_ChangeLog"],
        // The owner cell and the two stamps, each written as number format and value; then the log's row.
        edits: [
          { table: "BAR_Initiatives", address: "H3" },
          { table: "BAR_Initiatives", address: "H3" },
          { table: "BAR_Initiatives", address: "O3" },
          { table: "BAR_Initiatives", address: "O3" },
          { table: "BAR_Initiatives", address: "P3" },
          { table: "BAR_Initiatives", address: "P3" },
          { table: "BAR_ChangeLog", address: "BM11:BS11" },
          // Table.resize: where the docs do not say what address it raises, the fake gives none.
          { table: "BAR_ChangeLog", address: "" },
        ],
        structure: false,
        calculated: false,
      },
    ]);
  });

  it("reports the user's own typing in a table as Local", async () => {
    const { anna, changes } = await watched();
    anna.type("BAR!H3", [["Anna"]]);
    await quietTimePasses();
    expect(changes).toEqual([
      { sources: ["Local"], tables: ["BAR_Initiatives"], edits: H3, structure: false, calculated: false },
    ]);
  });

  it("waits for the quiet time before reporting", async () => {
    const { anna, changes } = await watched();
    anna.type("BAR!H3", [["Anna"]]);
    await jest.advanceTimersByTimeAsync(DEBOUNCE_MS - 1);
    const before = [...changes];
    await jest.advanceTimersByTimeAsync(1);
    expect([before, changes]).toEqual([
      [],
      [{ sources: ["Local"], tables: ["BAR_Initiatives"], edits: H3, structure: false, calculated: false }],
    ]);
  });

  it("reports a burst of edits once", async () => {
    const { anna, bo, changes } = await watched();
    anna.type("BAR!H3", [["Anna"]]);
    bo.type("BAR!H4", [["Bo"]]);
    anna.type("BAR!H5", [["Anna"]]);
    // Everything still pending runs: a second report would be in `changes` too.
    await jest.runAllTimersAsync();
    expect(changes).toEqual([
      {
        sources: ["Local", "Remote"],
        tables: ["BAR_Initiatives"],
        edits: ["H3", "H4", "H5"].map((address) => ({ table: "BAR_Initiatives", address })),
        structure: false,
        calculated: false,
      },
    ]);
  });

  it("reports a deleted table as a change of structure", async () => {
    const { bo, changes } = await watched();
    bo.deleteTable(TABLE_NAMES.targets, false);
    await quietTimePasses();
    expect(changes).toEqual([
      { sources: ["Remote"], tables: ["BAR_Targets"], edits: [], structure: true, calculated: false },
    ]);
  });

  it("stops reporting once stopped, on the context that added the handlers", async () => {
    const { anna, changes, watch: stopped } = await watched();
    // A second watch, left running, shows that the typing below is reported to whoever still listens.
    const running = await watch(anna);
    await anna.run(stopped.context, (context) => stopped.stop(context));
    anna.type("BAR!H3", [["Anna"]]);
    await jest.runAllTimersAsync();
    expect({ stopped: changes, running: running.changes }).toEqual({
      stopped: [],
      running: [
        { sources: ["Local"], tables: ["BAR_Initiatives"], edits: H3, structure: false, calculated: false },
      ],
    });
  });

  it("drops a burst still waiting for its quiet time when stopped", async () => {
    const { anna, changes, watch: stopped } = await watched();
    anna.type("BAR!H3", [["Anna"]]);
    // The handlers have noted the edit; its report is due in DEBOUNCE_MS.
    await jest.advanceTimersByTimeAsync(0);
    expect(jest.getTimerCount()).toBe(1);
    await anna.run(stopped.context, (context) => stopped.stop(context));
    await jest.runAllTimersAsync();
    expect(changes).toEqual([]);
  });

  it("hands a listener's error to onError instead of losing it", async () => {
    const workbook = newWorkbook();
    const anna = workbook.createClient();
    await anna.run((context) => setUpWorkbook(context, {}, stampBy("Anna")));
    const errors: unknown[] = [];
    await anna.run((context) =>
      watchWorkbook(
        context,
        () => {
          throw new Error("boom");
        },
        { debounceMs: 1, onError: (error) => errors.push(error) },
      ),
    );
    anna.type("BAR!C2", [["x"]]);
    await jest.advanceTimersByTimeAsync(1);
    expect(errors).toEqual([new Error("boom")]);
  });
});

describeEachHost("watchWorkbook and the budget model", () => {
  it("reports a recalculation when a model cell a measure links to changes, though no BAR table was edited", async () => {
    const { anna, bo } = await watched();
    await anna.run(async (context) => {
      context.workbook.worksheets.add("Ark1").getRange("B2:E2").values = [[80, 90, 100, 110]];
      await context.sync();
    });
    await anna.run((context) => linkMeasure(context, "cash", "Ark1!B2:E2", YEARS, stampBy("Anna")));
    const { changes } = await watch(anna);
    bo.type("Ark1!C2", [[50]]);
    await quietTimePasses();
    expect(changes).toEqual([expect.objectContaining({ calculated: true })]);
  });

  it("reports a recalculation after a save whose batch reads the row back after writing it", async () => {
    const { anna, workbook } = await watched();
    // HyperFormula, as in the preview: reading the row back hands the written cells to it within the batch.
    bindHyperFormula(workbook.model);
    await anna.run(async (context) => {
      context.workbook.worksheets.add("Ark1").getRange("B2:E2").values = [[80, 90, 100, 110]];
      await context.sync();
    });
    await anna.run((context) => linkMeasure(context, "cash", "Ark1!B2:E2", YEARS, stampBy("Anna")));
    const { changes } = await watch(anna);
    const base = (await readWith(anna)).initiatives[1];
    await anna.run((context) =>
      saveInitiative(context, { base, changes: { owner: "Anna" } }, YEARS, stampBy("Anna")),
    );
    await quietTimePasses();
    expect(changes).toEqual([expect.objectContaining({ sources: ["Local"], calculated: true })]);
  });
});
