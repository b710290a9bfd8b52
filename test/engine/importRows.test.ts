import { guessMapping, type ImportMapping } from "../../src/engine/importMapping";
import { cleanName, planImport, type ImportContext } from "../../src/engine/importRows";
import { calculateOverview } from "../../src/engine/overview";
import type { CellValue } from "../../src/engine/workbookProblem";
import { SEED_002_TARGET } from "../../src/excel/seed002";
import { IMPORT_WORDS } from "../../src/i18n/importWords";
import { SEED_002_NET_WITHOUT_CARRY, SEED_002_NET_WITH_CARRY } from "../fixtures/seed002";
import { seed002TextCells, seed002TypedCells } from "../fixtures/seed002Table";
import { emptyImportContext, gridOf } from "../support/sourceGrid";

const YEARS = [2021, 2022, 2023, 2024];
const CONTEXT = emptyImportContext(YEARS);

function plan(values: CellValue[][], context: Partial<ImportContext> = {}, mapping?: Partial<ImportMapping>) {
  const grid = gridOf(values);
  const guessed = guessMapping(grid, IMPORT_WORDS, YEARS).mapping;
  return planImport(grid, { ...guessed, ...mapping }, { ...CONTEXT, ...context });
}

const HEADER = ["Navn", "Myndighedsområde", "2021", "2022"];

describe("planImport with the seed 002 table as printed", () => {
  const seeded = () => {
    const grid = gridOf(seed002TextCells());
    return planImport(grid, guessMapping(grid, IMPORT_WORDS, YEARS).mapping, CONTEXT);
  };

  it("imports the six initiatives and the unallocated line, without bullets", () => {
    expect(seeded().initiatives.map((line) => [line.name, line.kind])).toEqual([
      ["Analyse af udgiftsudviklingen", "initiative"],
      ["Foranstaltninger vedr. unge", "initiative"],
      ["Kontraktgrundlag", "initiative"],
      ["Udekørende funktioner", "initiative"],
      ["Takstgruppe", "initiative"],
      ["Foranstaltning i egen bolig", "initiative"],
      ["Forventet, men p.t. ufordelt", "unallocated"],
    ]);
  });

  it("reads - as not estimated and -1.257 as minus one thousand two hundred and fifty-seven", () => {
    const [analysis, young] = seeded().initiatives;
    expect([analysis.effects, young.effects]).toEqual([
      { 2021: "notEstimated", 2022: "notEstimated", 2023: "notEstimated", 2024: "notEstimated" },
      { 2021: -977, 2022: -1257, 2023: -1257, 2024: -1257 },
    ]);
  });

  it("leaves out the title, the target, the heading and the total, each with its reason", () => {
    const left = seeded()
      .rows.filter((row) => row.outcome !== "import")
      .map((row) => [row.row, row.outcome, row.name]);
    expect(left).toEqual([
      [4, "target", "Reduktionsmål i budgetaftale"],
      [5, "heading", "Initiativer (status april 2021):"],
      [13, "total", "Netto-udestående"],
    ]);
  });

  it("keeps the target's amounts for the note", () => {
    expect(seeded().rows[0].effects).toEqual({ 2021: -2000, 2022: -3000, 2023: -5000, 2024: -7000 });
  });

  it("gives the document's net outstanding, without and with carry-forward", () => {
    const overview = (surplusRule: "none" | "release") =>
      calculateOverview({
        years: YEARS,
        targets: [SEED_002_TARGET],
        initiatives: seeded().initiatives,
        surplusRule,
        staleAfterDays: 60,
        now: new Date("2021-05-01"),
      }).targets[0].years.map((year) => year.outstanding);
    expect([overview("none"), overview("release")]).toEqual([
      SEED_002_NET_WITHOUT_CARRY,
      SEED_002_NET_WITH_CARRY,
    ]);
  });

  it("reads the same amounts when Excel holds them as numbers", () => {
    const { values, numberFormats } = seed002TypedCells();
    const grid = gridOf(values, numberFormats);
    const planned = planImport(grid, guessMapping(grid, IMPORT_WORDS, YEARS).mapping, CONTEXT);
    expect(planned.initiatives.map((line) => line.effects)).toEqual(
      seeded().initiatives.map((line) => line.effects),
    );
  });

  it("asks the store for readable ids when the sheet has no id column", () => {
    expect(seeded().readableIds).toBe(true);
  });
});

describe("planImport, row by row", () => {
  it("counts and skips empty rows", () => {
    const planned = plan([HEADER, ["A", "", "-1", "-2"], ["", "", "", ""], ["B", "", "", ""]]);
    expect([planned.counts.import, planned.counts.empty]).toEqual([2, 1]);
  });

  it.each(["I alt", "Total", "Sum", "Netto-udestående (uden overførsel)", "Net outstanding"])(
    "leaves out the total row %p",
    (name) => {
      expect(plan([HEADER, ["A", "", "-1", "-2"], [name, "", "-1", "-2"]]).rows[1].outcome).toBe("total");
    },
  );

  it("does not take an initiative whose name starts like a total for one", () => {
    expect(plan([HEADER, ["Totalrenovering af skolen", "", "-1", "-2"]]).rows[0].outcome).toBe("import");
  });

  it("names row and column of a text that is neither an amount nor a range, and keeps the row out", () => {
    const row = plan([HEADER, ["A", "", "ca. 2 mio", "-2"]]).rows[0];
    expect([row.outcome, row.problems]).toEqual([
      "problem",
      [{ severity: "error", code: "notAnEstimate", column: "C", header: "2021", found: "ca. 2 mio" }],
    ]);
  });

  it("reads Danish amounts with decimals", () => {
    expect(plan([HEADER, ["A", "", "1.257,5", "-1.257"]]).initiatives[0].effects).toEqual({
      2021: 1257.5,
      2022: -1257,
      2023: "notEstimated",
      2024: "notEstimated",
    });
  });

  it("keeps the second of two rows with the same name and area out, pointing at the first", () => {
    const planned = plan([HEADER, ["A", "BF", "-1", ""], ["a", "bf", "-2", ""], ["A", "VH", "-3", ""]]);
    expect(planned.rows.map((row) => [row.outcome, row.problems])).toEqual([
      ["import", []],
      ["problem", [{ severity: "error", code: "duplicate", firstRow: 2 }]],
      ["import", []],
    ]);
  });

  it("keeps a row out that is in the workbook already by name and area", () => {
    const existing = [{ id: "I-0001", name: "A", authorityArea: "BF" }];
    expect(plan([HEADER, ["A", "BF", "-1", ""]], { existing }).rows[0].problems).toEqual([
      { severity: "error", code: "alreadyInWorkbook", id: "I-0001" },
    ]);
  });

  it("keeps a row out whose id is in the workbook already, and uses the sheet's ids", () => {
    const existing = [{ id: "I-0001", name: "Other", authorityArea: "" }];
    const planned = plan(
      [
        ["Id", ...HEADER],
        ["i-0001", "A", "", "-1", ""],
        ["X-1", "B", "", "-1", ""],
      ],
      {
        existing,
      },
    );
    expect(planned.rows.map((row) => [row.outcome, row.initiative?.id ?? null])).toEqual([
      ["problem", null],
      ["import", "X-1"],
    ]);
    expect([planned.rows[0].problems, planned.readableIds]).toEqual([
      [{ severity: "error", code: "idTaken", id: "i-0001" }],
      false,
    ]);
  });

  it("gives a row with an empty id cell a new id, and says so", () => {
    const row = plan([
      ["Id", ...HEADER],
      ["", "A", "", "-1", ""],
    ]).rows[0];
    expect([row.initiative?.id, row.problems]).toEqual([
      "NEW",
      [{ severity: "warning", code: "newId", id: "NEW" }],
    ]);
  });

  it("keeps a row with amounts but no name out", () => {
    expect(plan([HEADER, ["", "BF", "-1", ""]]).rows[0].problems).toEqual([
      { severity: "error", code: "nameMissing" },
    ]);
  });

  it("reads Danish and English labels of status, focus area and kind", () => {
    const planned = plan([
      ["Navn", "Status", "Indsatsområde", "Type", "2021"],
      ["A", "Besluttet", "Effektivisering", "Initiativ", "-1"],
      ["B", "Idea", "structure", "Expected, not yet allocated", "-1"],
    ]);
    expect(planned.initiatives.map((line) => [line.status, line.focusArea, line.kind])).toEqual([
      ["decided", "efficiency", "initiative"],
      ["idea", "structure", "unallocated"],
    ]);
  });

  it("imports an unknown status as the default and warns with its column", () => {
    const row = plan([
      ["Navn", "Status", "2021"],
      ["A", "I gang", "-1"],
    ]).rows[0];
    expect([row.initiative?.status, row.problems]).toEqual([
      "estimated",
      [
        {
          severity: "warning",
          code: "unknownCode",
          field: "status",
          column: "B",
          header: "Status",
          found: "I gang",
        },
      ],
    ]);
  });

  it("gives an initiative without amounts the status idea, and one with amounts estimated", () => {
    expect(
      plan([HEADER, ["A", "", "-", "-"], ["B", "", "-1", "-"]]).initiatives.map((line) => line.status),
    ).toEqual(["idea", "estimated"]);
  });

  it("converts amounts in kroner to 1.000 kr.", () => {
    const planned = plan([HEADER, ["A", "", -407000, "-850.000"]], {}, { unit: "kroner" });
    expect(planned.initiatives[0].effects).toMatchObject({ 2021: -407, 2022: -850 });
  });

  it("keeps a row out that validateInitiative refuses (a name too long)", () => {
    const row = plan([HEADER, ["x".repeat(300), "", "-1", ""]]).rows[0];
    expect(row.problems).toEqual([
      {
        severity: "error",
        code: "initiative",
        problem: { severity: "error", code: "textTooLong", field: "name", limit: 255 },
      },
    ]);
  });

  it("imports nothing from a header alone", () => {
    expect(plan([HEADER]).initiatives).toEqual([]);
  });
});

describe("cleanName", () => {
  it.each([
    ["• Kontraktgrundlag", "Kontraktgrundlag"],
    ["- Takstgruppe", "Takstgruppe"],
    ["1. Takstgruppe", "Takstgruppe"],
    ["  Takst   gruppe ", "Takst gruppe"],
    ["-5 % på kørsel", "-5 % på kørsel"],
  ])("cleans %p to %p", (name, cleaned) => {
    expect(cleanName(name)).toBe(cleaned);
  });
});
