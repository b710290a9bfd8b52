import { guessMapping } from "../../src/engine/importMapping";
import { planImport } from "../../src/engine/importRows";
import type { CellValue } from "../../src/engine/workbookProblem";
import { IMPORT_WORDS } from "../../src/i18n/importWords";
import { emptyImportContext, gridOf } from "../support/sourceGrid";

const YEARS = [2021, 2022, 2023, 2024];
const CONTEXT = emptyImportContext(YEARS);
const HEADER = ["Navn", "2021", "2022", "2023", "2024"];

function plan(values: CellValue[][]) {
  const grid = gridOf(values);
  return planImport(grid, guessMapping(grid, IMPORT_WORDS, YEARS).mapping, CONTEXT);
}

describe("planImport with ranges in the year cells", () => {
  it("reads seed 000's ranges in mio. kr. as ranges in 1.000 kr., both ends exact", () => {
    const planned = plan([
      ["Kommende udfordringer (mio. kr.)"],
      HEADER,
      ["Demografi", "7,5-14,5", "0-20", "ukendt p.t.", "-1,5"],
    ]);
    expect([planned.initiatives[0]?.effects, planned.rows[0].problems]).toEqual([
      { 2021: { low: 7500, high: 14500 }, 2022: { low: 0, high: 20000 }, 2023: "notEstimated", 2024: -1500 },
      [],
    ]);
  });

  it("reads ranges with til and to, each end in the number format its word says", () => {
    const planned = plan([HEADER, ["A", "-1.500 til -900", "-1,500 to -900", "-2,5 TIL -1,5", "-"]]);
    expect(planned.initiatives[0]?.effects).toEqual({
      2021: { low: -1500, high: -900 },
      2022: { low: -1500, high: -900 },
      2023: { low: -2.5, high: -1.5 },
      2024: "notEstimated",
    });
  });

  it("counts a row with a range as estimated, and one with only unknown words as not", () => {
    const planned = plan([HEADER, ["A", "0-20", "", "", ""], ["B", "ukendt", "unknown", "Ukendt p.t.", "-"]]);
    expect(planned.initiatives.map((line) => [line.status, line.effects[2022]])).toEqual([
      ["estimated", "notEstimated"],
      ["idea", "notEstimated"],
    ]);
  });

  it("keeps a row out whose range has its low end above its high end, naming the cell", () => {
    const row = plan([HEADER, ["A", "-1", "14,5-7,5", "", ""]]).rows[0];
    expect([row.outcome, row.initiative, row.problems]).toEqual([
      "problem",
      null,
      [
        {
          severity: "error",
          code: "lowAboveHigh",
          column: "C",
          header: "2022",
          found: "14,5-7,5",
          low: 14.5,
          high: 7.5,
        },
      ],
    ]);
  });

  it("keeps a row out with a range in the full-year effect, saying it must be one amount", () => {
    const row = plan([
      [...HEADER, "Helårsvirkning"],
      ["A", "-1", "-2", "-2", "-2", "-1.500 til -900"],
    ]).rows[0];
    expect([row.outcome, row.problems]).toEqual([
      "problem",
      [
        {
          severity: "error",
          code: "rangeNotAllowed",
          column: "F",
          header: "Helårsvirkning",
          found: "-1.500 til -900",
        },
      ],
    ]);
  });

  it("shows a target row's range in its effects", () => {
    const planned = plan([HEADER, ["Reduktionsmål", "-2.500 til -1.500", "-3.000", "", ""]]);
    expect([planned.rows[0].outcome, planned.rows[0].effects[2021]]).toEqual([
      "target",
      { low: -2500, high: -1500 },
    ]);
  });
});
