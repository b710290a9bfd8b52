import fc from "fast-check";
import { NOT_ESTIMATED } from "../../src/engine/initiative";
import { columnLetters } from "../../src/excel/a1";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { saveInitiative } from "../../src/excel/saveInitiative";
import { TABLE_NAMES } from "../../src/excel/schema";
import { readWith, setUpFake, stampBy, describeEachHost, newWorkbook } from "../support/fakeExcel";

// The seed's tables on the BAR sheet: BAR_Initiatives at A1 (Id A, Name C, Owner H, 2021–2024 I–L),
// rows 2–8 the seven lines; BAR_Settings' values in column AU.
const UNGE = "BAR!A3:L3";

describeEachHost("readWorkbook on a healthy workbook", () => {
  it("counts one sync however the tables look", async () => {
    const { client } = await setUpFake();
    const context = client.newContext();
    await readWorkbook(context.asExcel());
    expect(context.syncCount).toBe(1);
  });

  it("keeps not-estimated years apart from zero", async () => {
    const { client } = await setUpFake();
    const analyse = (await readWith(client)).initiatives[0];
    expect(analyse.effects).toEqual({
      2021: NOT_ESTIMATED,
      2022: NOT_ESTIMATED,
      2023: NOT_ESTIMATED,
      2024: NOT_ESTIMATED,
    });
  });

  it("reads the placeholder line as its own kind", async () => {
    const { client } = await setUpFake();
    const kinds = (await readWith(client)).initiatives.map((initiative) => initiative.kind);
    expect(kinds.filter((kind) => kind === "unallocated")).toHaveLength(1);
  });

  it("reports only notSetUp for a workbook without BAR tables", async () => {
    const client = newWorkbook().createClient();
    expect((await readWith(client)).problems).toEqual([
      { key: "notSetUp", severity: "error", repair: { kind: "setUp" } },
    ]);
  });
});

describeEachHost("readWorkbook on a broken workbook", () => {
  it("explains a deleted table and offers set-up", async () => {
    const { client } = await setUpFake();
    client.deleteTable(TABLE_NAMES.targets, false);
    const data = await readWith(client);
    expect(data.problems).toEqual([
      { key: "tableMissing", severity: "error", table: "BAR_Targets", repair: { kind: "setUp" } },
    ]);
  });

  it("still shows the initiatives when another table is deleted", async () => {
    const { client } = await setUpFake();
    client.deleteTable(TABLE_NAMES.targets, false);
    expect((await readWith(client)).initiatives).toHaveLength(7);
  });

  it("suspects a renamed key column and offers to rename it back", async () => {
    const { client } = await setUpFake();
    client.type("BAR!C1", [["Navn"]]);
    const data = await readWith(client);
    expect(data.problems).toEqual([
      {
        key: "columnMissing",
        severity: "error",
        table: "BAR_Initiatives",
        column: "Name",
        renamedTo: "Navn",
        repair: { kind: "renameColumn", table: "BAR_Initiatives", from: "Navn", to: "Name" },
      },
    ]);
  });

  it("keeps reading the initiatives when an optional column is renamed", async () => {
    const { client } = await setUpFake();
    client.type("BAR!H1", [["Ansvarlig"]]);
    const data = await readWith(client);
    expect(data.problems).toMatchObject([{ key: "columnMissing", severity: "warning", column: "Owner" }]);
    expect(data.initiatives).toHaveLength(7);
  });

  it("points at a year cell holding abc and offers to mark it not estimated", async () => {
    const { client } = await setUpFake();
    client.type("BAR!K3", [["abc"]]);
    const data = await readWith(client);
    expect(data.problems).toEqual([
      {
        key: "invalidAmount",
        severity: "error",
        table: "BAR_Initiatives",
        id: "S002-02",
        column: "2023",
        address: "BAR!K3",
        found: "abc",
        repair: {
          kind: "setCell",
          table: "BAR_Initiatives",
          id: "S002-02",
          column: "2023",
          from: "abc",
          to: "-",
        },
      },
    ]);
  });

  it("leaves a year holding abc out of the sums instead of failing", async () => {
    const { client } = await setUpFake();
    client.type("BAR!K3", [["abc"]]);
    const unge = (await readWith(client)).initiatives[1];
    expect(unge.effects).toEqual({ 2021: -977, 2022: -1257, 2023: NOT_ESTIMATED, 2024: -1257 });
  });

  it("counts an amount pasted as text and says so", async () => {
    const { client } = await setUpFake();
    client.type("BAR!K3", [["'-1.257"]]);
    const data = await readWith(client);
    expect(data.problems).toMatchObject([
      { key: "amountStoredAsText", severity: "warning", found: "-1.257", value: -1257 },
    ]);
    expect(data.initiatives[1].effects[2023]).toBe(-1257);
  });

  it("reports a row without an id and offers a new one", async () => {
    const { client } = await setUpFake();
    client.type(UNGE.replace(":L3", ""), [[""]]);
    const data = await readWith(client);
    expect(data.problems).toEqual([
      {
        key: "missingId",
        severity: "warning",
        table: "BAR_Initiatives",
        address: "BAR!A3",
        row: 1,
        name: "Foranstaltninger for unge",
        repair: {
          kind: "assignId",
          table: "BAR_Initiatives",
          row: 1,
          expectedId: "",
          expectedName: "Foranstaltninger for unge",
        },
      },
    ]);
  });

  it("reports an id used twice and reads only its first row", async () => {
    const { client } = await setUpFake();
    client.type("BAR!A4", [["S002-02"]]);
    const data = await readWith(client);
    expect(data.problems).toMatchObject([{ key: "duplicateId", id: "S002-02", address: "BAR!A4", row: 2 }]);
    expect(data.initiatives.filter((initiative) => initiative.id === "S002-02")).toHaveLength(1);
  });

  it("reports an unknown status and reads the row as an idea", async () => {
    const { client } = await setUpFake();
    client.type("BAR!G3", [["done"]]);
    const data = await readWith(client);
    expect(data.problems).toMatchObject([
      { key: "invalidCode", column: "Status", found: "done", address: "BAR!G3" },
    ]);
    expect(data.initiatives[1].status).toBe("idea");
  });

  it("falls back to the year columns when the budget year setting is unreadable", async () => {
    const { workbook, client } = await setUpFake();
    const settings = workbook.model.tables.byName(TABLE_NAMES.settings);
    const column = settings ? settings.block.column + 1 : 0;
    const address = `BAR!${columnLetters(column)}2`;
    client.type(address, [["abc"]]);
    const data = await readWith(client);
    expect(data.problems).toMatchObject([
      { key: "invalidSetting", setting: "BudgetYear", found: "abc", address },
    ]);
    expect(data.years).toEqual([2021, 2022, 2023, 2024]);
  });

  it("never throws whatever is typed into the BAR sheet", async () => {
    await fc.assert(
      fc.asyncProperty(typing(), async (typed) => {
        const { client } = await garbled(typed);
        await expect(readWith(client)).resolves.toBeDefined();
      }),
      { numRuns: 60, seed: 20210420 },
    );
  }, 30000);

  it("never throws when saving into whatever is typed into the BAR sheet", async () => {
    await fc.assert(
      fc.asyncProperty(typing(), async (typed) => {
        const { client } = await garbled(typed);
        const base = (await readWith(client)).initiatives[0];
        if (!base) return;
        const edit = { base, changes: { status: "decided" as const, effects: { 2022: -5 } } };
        await expect(
          client.run((context) => saveInitiative(context, edit, YEARS, stampBy("A"))),
        ).resolves.toBeDefined();
      }),
      { numRuns: 60, seed: 20210421 },
    );
  }, 30000);
});

const YEARS = [2021, 2022, 2023, 2024];

/** Up to 30 cells anywhere over the BAR tables, each with any value a person might type or paste. */
function typing() {
  const cell = fc.tuple(fc.integer({ min: 0, max: 70 }), fc.integer({ min: 0, max: 9 }));
  const value = fc.oneof(
    fc.string(),
    fc.integer(),
    fc.double({ noNaN: true }),
    fc.boolean(),
    fc.constantFrom("", "-", "=1/0", "abc", "2021", "Id", "Name", "'-1.257", "#REF!"),
  );
  return fc.array(fc.tuple(cell, value), { maxLength: 30 });
}

/** A set-up workbook with `typed` written straight into its cells (headers included). */
async function garbled(typed: [[number, number], unknown][]) {
  const made = await setUpFake();
  const sheet = made.workbook.model.sheetByName("BAR");
  for (const [[column, row], value] of typed) {
    if (sheet)
      made.workbook.model.writeBlock({ sheetId: sheet.id, row, column, rows: 1, columns: 1 }, "values", [
        [value],
      ]);
  }
  return made;
}
