import { blankInitiative, type Initiative } from "../../src/engine/initiative";
import { addInitiatives } from "../../src/excel/addInitiatives";
import { readChangeLog } from "../../src/excel/changeLog";
import { linkMeasure } from "../../src/excel/linkMeasure";
import { saveInitiative } from "../../src/excel/saveInitiative";
import { TABLE_NAMES } from "../../src/excel/schema";
import { SEED_002_SETTINGS } from "../../src/excel/seed002";
import type { FakeExcelClient, FakeWorkbook } from "../../src/preview/officeFake/fakeExcel";
import { describeEachHost, readWith, setUpFake, stampBy, tableCells } from "../support/fakeExcel";

const YEARS = [2021, 2022, 2023, 2024];

async function saveStatus(client: FakeExcelClient, index: number, status: Initiative["status"]) {
  const base = (await readWith(client)).initiatives[index];
  return client.run((context) =>
    saveInitiative(context, { base, changes: { status } }, YEARS, stampBy("Anna")),
  );
}

const logRowsOf = (workbook: FakeWorkbook) => tableCells(workbook, TABLE_NAMES.changeLog).slice(1);

describeEachHost("appends below a table, whether or not Excel expands it", () => {
  it.each([true, false])(
    "saves three edits as saved, with exactly their log rows and no blank row (auto-expansion %p)",
    async (autoExpandTables) => {
      const { workbook, client } = await setUpFake({ example: true }, { autoExpandTables });
      const before = logRowsOf(workbook).length;
      const outcomes = [
        await saveStatus(client, 1, "decided"),
        await saveStatus(client, 2, "decided"),
        await saveStatus(client, 1, "idea"),
      ];
      expect(outcomes.map((outcome) => outcome.status)).toEqual(["saved", "saved", "saved"]);
      const rows = logRowsOf(workbook);
      expect(rows.length - before).toBe(3);
      expect(rows.filter((row) => row.every((cell) => cell === ""))).toEqual([]);
    },
  );

  it("never takes the user's own log entry for a co-author's", async () => {
    const { client } = await setUpFake();
    await saveStatus(client, 1, "decided");
    expect((await saveStatus(client, 1, "idea")).status).toBe("saved");
  });
});

describeEachHost("measure links and calculated columns", (host) => {
  it("links headroom without giving cash its formulas", async () => {
    const { workbook, client } = await setUpFake({ example: true, settings: SEED_002_SETTINGS });
    await client.run(async (context) => {
      context.workbook.worksheets.add("Model").getRange("B2:E3").values = [
        [80, 90, 100, 110],
        [150, 140, 130, 120],
      ];
      await context.sync();
    });
    const linked = await client.run((context) =>
      linkMeasure(context, "headroom", "Model!B2:E2", YEARS, stampBy("Anna")),
    );
    expect(linked.status).toBe("linked");
    const measures = (await readWith(client)).measures;
    expect([measures.headroom, measures.cash]).toEqual([
      [80, 90, 100, 110],
      [null, null, null, null],
    ]);
    // The blank cash cells were given "-" (not known, as blank meant) and it is logged.
    const log = await client.run((context) => readChangeLog(context, "cash"));
    expect(log.map((entry) => [entry.field, entry.oldValue, entry.newValue])).toEqual(
      YEARS.map((year) => [String(year), "", "-"]),
    );
    expect(host).toBeDefined();
    expect(tableCells(workbook, TABLE_NAMES.measures).length).toBe(3);
  });
});

const FORMULA_LIKE = ['=HYPERLINK("http://x","y")', "+45 1234", "-5", "@SUM(A1)", "'quoted", "2021-05-01"];

describeEachHost("text stays text on every path", () => {
  it("keeps formula-like names as text in the initiatives, the change log and read back as formulas", async () => {
    const { workbook, client } = await setUpFake({ example: false, settings: SEED_002_SETTINGS });
    const initiatives = FORMULA_LIKE.map((name, index) => ({
      ...blankInitiative(`F-${index}`, YEARS),
      name,
      note: name,
    }));
    const added = await client.run((context) =>
      addInitiatives(context, initiatives, YEARS, stampBy(FORMULA_LIKE[0])),
    );
    expect(added.status).toBe("added");
    const formulas = await client.run(async (context) => {
      const initiativesBody = context.workbook.tables
        .getItem(TABLE_NAMES.initiatives)
        .getDataBodyRange()
        .load("formulas");
      const logBody = context.workbook.tables
        .getItem(TABLE_NAMES.changeLog)
        .getDataBodyRange()
        .load("formulas");
      await context.sync();
      return [...initiativesBody.formulas, ...logBody.formulas].flat();
    });
    const sheet = workbook.model.sheets.find((candidate) => candidate.name === "BAR");
    const anyFormula = [...(sheet?.cells.values() ?? [])].some((cell) => cell.formula !== null);
    expect(anyFormula).toBe(false);
    for (const text of FORMULA_LIKE) expect(formulas).toContain(text);
    expect((await readWith(client)).initiatives.map((initiative) => initiative.name)).toEqual(FORMULA_LIKE);
  });

  it("keeps a formula-like name typed in an edit as text", async () => {
    const { workbook, client } = await setUpFake();
    const base = (await readWith(client)).initiatives[1];
    const saved = await client.run((context) =>
      saveInitiative(context, { base, changes: { name: "=1+1" } }, YEARS, stampBy("@Anna")),
    );
    expect(saved.status).toBe("saved");
    const sheet = workbook.model.sheets.find((candidate) => candidate.name === "BAR");
    expect([...(sheet?.cells.values() ?? [])].filter((cell) => cell.formula !== null)).toEqual([]);
    expect((await readWith(client)).initiatives[1].name).toBe("=1+1");
  });
});

describe("the web's 5 MB limit: 5,000 initiatives with 2,000-character notes", () => {
  const many = Array.from({ length: 5000 }, (_, index) => ({
    ...blankInitiative(`L-${index}`, YEARS),
    name: `Initiativ ${index}`,
    note: `${index} `.padEnd(2000, "æøå"),
    effects: { 2021: -index, 2022: -index, 2023: "notEstimated" as const, 2024: -2 * index },
  }));

  it("imports, reads, saves and reads the log in blocks below the limit", async () => {
    const { workbook, client } = await setUpFake({ example: false, settings: SEED_002_SETTINGS });
    const added = await client.run((context) => addInitiatives(context, many, YEARS, stampBy("Anna")));
    expect(added.status).toBe("added");
    const data = await readWith(client);
    expect(data.initiatives).toHaveLength(5000);
    expect(data.initiatives[4999].note).toBe(many[4999].note);
    const saved = await client.run((context) =>
      saveInitiative(
        context,
        { base: data.initiatives[4321], changes: { status: "decided" } },
        YEARS,
        stampBy("Bo"),
      ),
    );
    expect(saved.status).toBe("saved");
    const log = await client.run((context) => readChangeLog(context));
    expect(log.filter((entry) => entry.id === "L-4321").map((entry) => entry.field)).toContain("Status");
    const syncs = client.contexts.flatMap((context) => context.batch.payloads);
    const largest = Math.max(
      ...syncs.filter((sync) => !sync.failed).map((sync) => Math.max(sync.request, sync.response)),
    );
    // A read first tries the whole table, then halves until a block fits: a few refused tries.
    expect(syncs.filter((sync) => sync.failed).length).toBeLessThanOrEqual(6);
    expect(largest).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(workbook.model.profile.kind).toBe("web");
  }, 120000);
});
