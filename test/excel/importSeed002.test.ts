import type { SurplusRule } from "../../src/engine/carryForward";
import { guessMapping } from "../../src/engine/importMapping";
import { planImport } from "../../src/engine/importRows";
import { calculateOverview } from "../../src/engine/overview";
import type { CellValue } from "../../src/engine/workbookProblem";
import { createBarStore } from "../../src/excel/barStore";
import { SEED_002_SETTINGS } from "../../src/excel/seed002";
import { CODE_WORDS } from "../../src/i18n/codeWords";
import { IMPORT_WORDS } from "../../src/i18n/importWords";
import { SEED_002_NET_WITHOUT_CARRY, SEED_002_NET_WITH_CARRY } from "../fixtures/seed002";
import { seed002TextCells, seed002TypedCells } from "../fixtures/seed002Table";
import { describeEachHost, setUpFake } from "../support/fakeExcel";

/** The seed's table on Ark1 of an empty BAR workbook (2021–2024), imported through the store as the pane does. */
async function importSeedTable(cells: { values: CellValue[][]; numberFormats?: string[][] }) {
  const { workbook, client } = await setUpFake({ example: false, settings: SEED_002_SETTINGS });
  const sheet = workbook.model.addSheet("Ark1");
  const block = { sheetId: sheet.id, row: 0, column: 0, rows: cells.values.length, columns: 5 };
  if (cells.numberFormats) workbook.model.writeBlock(block, "numberFormat", cells.numberFormats);
  workbook.model.writeBlock(block, "values", cells.values);
  const store = createBarStore({ run: client.run, user: () => "Anna", mergeUndoGroup: true });
  const before = await store.read();
  client.select("Ark1!A1:E14");
  const read = await store.readRange("selection");
  if (read.status !== "read") throw new Error(read.status);
  const { mapping } = guessMapping(read.grid, IMPORT_WORDS, before.years);
  const plan = planImport(read.grid, mapping, {
    years: before.years,
    existing: before.initiatives,
    vocabulary: IMPORT_WORDS,
    codeWords: CODE_WORDS,
  });
  // The table's target is left out of the import; the analyst types it into BAR_Targets.
  const target = plan.rows.find((row) => row.outcome === "target");
  const edits = before.years.map((year) => {
    const effect = target?.effects[year];
    return { column: String(year), from: "", to: typeof effect === "number" ? effect : "" };
  });
  await store.saveCells("targets", before.targets[0].id, edits);
  const added = await store.addInitiatives(plan.initiatives, { readableIds: plan.readableIds });
  return { plan, added, data: await store.read() };
}

function outstanding(data: Awaited<ReturnType<typeof importSeedTable>>["data"], surplusRule: SurplusRule) {
  const overview = calculateOverview({
    ...data,
    surplusRule,
    staleAfterDays: 60,
    now: new Date("2021-05-01"),
  });
  return overview.targets[0].years.map((year) => year.outstanding);
}

/** The seed's text as pasted into cells as text (Excel keeps it with the apostrophe prefix). */
const asText = () => ({
  values: seed002TextCells().map((row) => row.map((cell) => (cell === "" ? "" : `'${cell}`))),
});

describeEachHost("importing the seed 002 table as the document prints it", () => {
  it("adds the six initiatives and the unallocated line", async () => {
    const { added, data } = await importSeedTable(asText());
    expect(added.status).toBe("added");
    expect(data.initiatives.map((line) => [line.id, line.kind])).toEqual([
      ["I-0001", "initiative"],
      ["I-0002", "initiative"],
      ["I-0003", "initiative"],
      ["I-0004", "initiative"],
      ["I-0005", "initiative"],
      ["I-0006", "initiative"],
      ["I-0007", "unallocated"],
    ]);
  });

  it("gives the document's net outstanding without carry-forward: 0, -720, -2.720, -4.720", async () => {
    const { data } = await importSeedTable(asText());
    expect(outstanding(data, "none")).toEqual(SEED_002_NET_WITHOUT_CARRY);
  });

  it("gives 0, -720, -3.440, -8.160 with the carry-forward rule", async () => {
    const { data } = await importSeedTable(asText());
    expect(outstanding(data, data.settings.surplusRule)).toEqual(SEED_002_NET_WITH_CARRY);
  });

  it("gives the same from the table typed into Excel as numbers", async () => {
    const { data } = await importSeedTable(seed002TypedCells());
    expect([outstanding(data, "none"), outstanding(data, "release")]).toEqual([
      SEED_002_NET_WITHOUT_CARRY,
      SEED_002_NET_WITH_CARRY,
    ]);
  });

  it("gives the same from kroner shown in thousands by the number format #,##0,", async () => {
    const { values } = seed002TypedCells();
    const inKroner = values.map((row, at) =>
      row.map((cell) => (typeof cell === "number" && at > 2 ? cell * 1000 : cell)),
    );
    const formats = inKroner.map((row, at) =>
      row.map((cell) => (typeof cell === "number" && at > 2 ? "#,##0," : "General")),
    );
    const { data } = await importSeedTable({ values: inKroner, numberFormats: formats });
    expect(outstanding(data, "none")).toEqual(SEED_002_NET_WITHOUT_CARRY);
  });

  it("gives the same from a table in kroner that says so", async () => {
    const { values } = seed002TypedCells();
    const inKroner = values.map((row, at) =>
      row.map((cell) =>
        typeof cell === "number" && at > 2 ? cell * 1000 : cell === "(1.000 kr.)" ? "(kr.)" : cell,
      ),
    );
    const { data, plan } = await importSeedTable({ values: inKroner });
    expect([outstanding(data, "none"), plan.initiatives[1].effects[2022]]).toEqual([
      SEED_002_NET_WITHOUT_CARRY,
      -1257,
    ]);
  });

  it("leaves out the target, the heading and the net outstanding row, and reads no problem", async () => {
    const { plan } = await importSeedTable(asText());
    expect([plan.counts, plan.rows.flatMap((row) => row.problems)]).toEqual([
      { import: 7, problem: 0, empty: 0, total: 1, target: 1, heading: 1 },
      [],
    ]);
  });
});
