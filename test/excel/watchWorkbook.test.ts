import { saveInitiative } from "../../src/excel/saveInitiative";
import { TABLE_NAMES } from "../../src/excel/schema";
import { watchWorkbook, type WorkbookChange } from "../../src/excel/watchWorkbook";
import { setUpWorkbook } from "../../src/excel/setUpWorkbook";
import { readWith, stampBy, describeEachHost, newWorkbook } from "../support/fakeExcel";

const YEARS = [2021, 2022, 2023, 2024];
const settle = () => new Promise((resolve) => setTimeout(resolve, 40));

async function watched() {
  const workbook = newWorkbook();
  const anna = workbook.createClient("Anna");
  const bo = workbook.createClient("Bo");
  await anna.run((context) => setUpWorkbook(context, { example: true }, stampBy("Anna")));
  const changes: WorkbookChange[] = [];
  const errors: unknown[] = [];
  const watch = await anna.run((context) =>
    watchWorkbook(context, (change) => changes.push(change), {
      debounceMs: 5,
      onError: (error) => errors.push(error),
    }),
  );
  return { workbook, anna, bo, changes, errors, watch };
}

describeEachHost("watchWorkbook", () => {
  it("reports a co-author's save as Remote", async () => {
    const { bo, changes } = await watched();
    const base = (await readWith(bo)).initiatives[1];
    await bo.run((context) =>
      saveInitiative(context, { base, changes: { owner: "Bo" } }, YEARS, stampBy("Bo")),
    );
    await settle();
    expect(changes).toEqual([
      { sources: ["Remote"], tables: ["BAR_Initiatives", "BAR_ChangeLog"], structure: false },
    ]);
  });

  it("reports the user's own typing in a table as Local", async () => {
    const { anna, changes } = await watched();
    anna.type("BAR!H3", [["Anna"]]);
    await settle();
    expect(changes).toEqual([{ sources: ["Local"], tables: ["BAR_Initiatives"], structure: false }]);
  });

  it("reports a burst of edits once", async () => {
    const { anna, bo, changes } = await watched();
    anna.type("BAR!H3", [["Anna"]]);
    bo.type("BAR!H4", [["Bo"]]);
    anna.type("BAR!H5", [["Anna"]]);
    await settle();
    expect(changes).toEqual([
      { sources: ["Local", "Remote"], tables: ["BAR_Initiatives"], structure: false },
    ]);
  });

  it("reports a deleted table as a change of structure", async () => {
    const { bo, changes } = await watched();
    bo.deleteTable(TABLE_NAMES.targets, false);
    await settle();
    expect(changes).toEqual([{ sources: ["Remote"], tables: ["BAR_Targets"], structure: true }]);
  });

  it("stops reporting once stopped, on the context that added the handlers", async () => {
    const { anna, changes, watch } = await watched();
    await anna.run(watch.context, (context) => watch.stop(context));
    anna.type("BAR!H3", [["Anna"]]);
    await settle();
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
    await settle();
    expect(errors).toEqual([new Error("boom")]);
  });
});
