import { checkMapping, guessMapping } from "../../src/engine/importMapping";
import { IMPORT_WORDS } from "../../src/i18n/importWords";
import { seed002TextCells } from "../fixtures/seed002Table";
import { gridOf } from "../support/sourceGrid";

const YEARS = [2021, 2022, 2023, 2024];

describe("guessMapping", () => {
  it("finds the seed's header under its title, its years, its unit and its name column", () => {
    const guess = guessMapping(gridOf(seed002TextCells()), IMPORT_WORDS, YEARS);
    expect(guess.mapping).toEqual({
      headerRow: 2,
      fields: ["name", "year:2021", "year:2022", "year:2023", "year:2024"],
      unit: "thousands",
    });
  });

  it("says the name column was guessed and where the unit was found", () => {
    const guess = guessMapping(gridOf(seed002TextCells()), IMPORT_WORDS, YEARS);
    expect(guess.notes).toEqual([
      { severity: "info", code: "nameGuessed", column: "A" },
      { severity: "info", code: "unitFound", unit: "thousands", text: "(1.000 kr.)" },
    ]);
  });

  it("assumes 1.000 kr. when no title or header names a unit, and says so", () => {
    const guess = guessMapping(
      gridOf([
        ["Navn", "2021"],
        ["A", "-5"],
      ]),
      IMPORT_WORDS,
      YEARS,
    );
    expect([guess.mapping.unit, guess.notes]).toEqual([
      "thousands",
      [{ severity: "warning", code: "unitAssumed" }],
    ]);
  });

  it("takes the unit of the title and says when the header names another", () => {
    const grid = gridOf([["Spareforslag (kr.)"], ["Navn", "2021 (1.000 kr.)"], ["A", "-5"]]);
    const guess = guessMapping(grid, IMPORT_WORDS, YEARS);
    expect([guess.mapping.unit, guess.notes]).toEqual([
      "kroner",
      [{ severity: "warning", code: "unitsDisagree", texts: ["Spareforslag (kr.)", "2021 (1.000 kr.)"] }],
    ]);
  });

  it("leaves out a year outside the workbook's horizon, and says so", () => {
    const guess = guessMapping(gridOf([["Navn", "2020", "2021"]]), IMPORT_WORDS, YEARS);
    expect(guess.mapping.fields).toEqual(["name", "ignore", "year:2021"]);
    expect(guess.notes).toContainEqual({
      severity: "warning",
      code: "yearOutsideHorizon",
      column: "B",
      year: 2020,
    });
  });

  it("reads BO1–BO3 from the workbook's budget year and says so", () => {
    const guess = guessMapping(gridOf([["Tiltag", "Budget", "BO1", "BO2", "BO3"]]), IMPORT_WORDS, YEARS);
    expect(guess.mapping.fields).toEqual(["name", "year:2021", "year:2022", "year:2023", "year:2024"]);
    expect(guess.notes).toContainEqual({ severity: "info", code: "relativeYears", budgetYear: 2021 });
  });

  it("recognises an English header", () => {
    const grid = gridOf([["Name", "Authority area", "Owner", "Status", "Note", "2021", "2022"]]);
    expect(guessMapping(grid, IMPORT_WORDS, YEARS).mapping.fields).toEqual([
      "name",
      "authorityArea",
      "owner",
      "status",
      "note",
      "year:2021",
      "year:2022",
    ]);
  });

  it("takes the header row the user chose", () => {
    const grid = gridOf([
      ["Navn", "2021"],
      ["Tiltag", "2022"],
      ["A", "-1"],
    ]);
    expect(guessMapping(grid, IMPORT_WORDS, YEARS, { headerRow: 1 }).mapping).toMatchObject({
      headerRow: 1,
      fields: ["name", "year:2022"],
    });
  });

  it("says when it found no header, and starts from the first row", () => {
    const guess = guessMapping(gridOf([["abc"], ["def"]]), IMPORT_WORDS, YEARS);
    expect(guess.mapping.headerRow).toBe(0);
    expect(guess.notes).toContainEqual({ severity: "warning", code: "noHeader" });
  });
});

describe("checkMapping", () => {
  const grid = gridOf([["Navn", "Initiativ", "2021"]]);

  it("stops an import without a name column", () => {
    const notes = checkMapping(grid, {
      headerRow: 0,
      fields: ["ignore", "ignore", "year:2021"],
      unit: "thousands",
    });
    expect(notes).toEqual([{ severity: "error", code: "noName" }]);
  });

  it("stops an import with two columns for one field", () => {
    const notes = checkMapping(grid, {
      headerRow: 0,
      fields: ["name", "name", "year:2021"],
      unit: "thousands",
    });
    expect(notes).toEqual([{ severity: "error", code: "fieldTwice", field: "name", columns: ["A", "B"] }]);
  });

  it("warns when no column is a year", () => {
    const notes = checkMapping(grid, {
      headerRow: 0,
      fields: ["name", "ignore", "ignore"],
      unit: "thousands",
    });
    expect(notes).toEqual([{ severity: "warning", code: "noYears" }]);
  });
});
