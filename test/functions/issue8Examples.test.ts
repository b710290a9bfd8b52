import type { RawCellContent } from "hyperformula";
import { priceVolume } from "../../src/functions/functions";
import { buildSheet, valueAt, valuesAt, type SheetOptions } from "../support/sheet";
import { equalAt15Digits } from "../support/fraction";

/**
 * Every example of issue 8 ("Numbers an economist can trust"), as a formula in an English
 * and in a Danish sheet (`;` and decimal comma), giving the answer the documents would write.
 */
type Sheet = { language: "enGB" | "daDK"; formula: (english: string) => string };

const ENGLISH: Sheet = { language: "enGB", formula: (english) => english };
const DANISH_NAMES: Record<string, string> = {
  "BAR.HEADROOM": "BAR.RÅDERUM",
  "BAR.STRATEGYCHECK": "BAR.STRATEGITJEK",
  "BAR.CARRYFORWARD": "BAR.OVERFØR",
  "BAR.LIQUIDITYCHECK": "BAR.LIKVIDITETSTJEK",
  "BAR.LIQUIDITYAVERAGE": "BAR.LIKVIDITET365",
  "BAR.YEARENDFORECAST": "BAR.ÅRSPROGNOSE",
  "BAR.PRICEVOLUME": "BAR.PRISMÆNGDE",
  "BAR.BENCHMARKPOTENTIAL": "BAR.BENCHMARKPOTENTIALE",
};
/** The same formula as a Danish user types it: Danish names, `;` between arguments, decimal comma. */
const DANISH: Sheet = {
  language: "daDK",
  formula: (english) =>
    english
      .replace(/BAR\.[A-Z]+/g, (name) => DANISH_NAMES[name] ?? name)
      .replace(/,/g, ";")
      .replace(/(\d)\.(\d)/g, "$1,$2"),
};

function sheet(language: Sheet, rows: RawCellContent[][], options: SheetOptions = {}) {
  const formulas = rows.map((row) =>
    row.map((cell) => (typeof cell === "string" && cell.startsWith("=") ? language.formula(cell) : cell)),
  );
  return buildSheet(formulas, { ...options, language: language.language });
}

describe.each([
  ["English", ENGLISH],
  ["Danish", DANISH],
])("issue 8 examples in the %s sheet", (_name, language) => {
  it("gives headroom exactly 70 for -3572.45, -7815.89, 11356.94 and -38.6, and STRATEGYCHECK says it meets the minimum", () => {
    const hf = sheet(language, [
      ["=BAR.HEADROOM(-3572.45,-7815.89,11356.94,-38.6)"],
      ["=BAR.STRATEGYCHECK(A1,150)"],
    ]);
    expect([valueAt(hf, "A1"), valueAt(hf, "A2")]).toEqual([70, "BELOW_OPTIMAL"]);
  });

  it("carries nothing when targets of -0.3 are met by -0.1 and -0.2", () => {
    const hf = sheet(language, [
      [],
      [null, -0.3, -0.3],
      [null, -0.1, -0.1],
      [null, -0.2, -0.2],
      [null, "=BAR.CARRYFORWARD(B2:C2,B3:C4)"],
    ]);
    expect(valuesAt(hf, "B5:C5")).toEqual([[0, 0]]);
  });

  it('leaves 0 of a target of 231.7 met by 59.9 + 171.8 with "bank"', () => {
    const hf = sheet(language, [
      [231.7, 231.7],
      [59.9, 59.9],
      [171.8, 171.8],
      ['=BAR.CARRYFORWARD(A1:B1,A2:B3,"bank",TRUE())'],
    ]);
    expect(valuesAt(hf, "A6:B7")).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  it("with targets 0, 0 and effects 100, 0 carries no surplus forward as a cost", () => {
    const hf = sheet(language, [[0, 0], [100, 0], ["=BAR.CARRYFORWARD(A1:B1,A2:B2,,TRUE())"]]);
    expect(valuesAt(hf, "A5:B6")).toEqual([
      [-100, 0],
      [0, 0],
    ]);
  });

  it("passes a balance held at exactly the floor all year (99.46 every day)", () => {
    const days = Array.from({ length: 366 }, (_, day): RawCellContent[] => [45292 + day, 99.46]);
    days[0].push("=BAR.LIQUIDITYCHECK(A1:A366,B1:B366,99.46)", "=BAR.LIQUIDITYAVERAGE(A1:A366,B1:B366)");
    const hf = sheet(language, days);
    expect([valueAt(hf, "C365"), valueAt(hf, "C366"), valueAt(hf, "D1")]).toEqual(["OK", "OK", 99.46]);
  });

  it("gives the README's forecast of 1,500 and 200, and 0 when spending is exactly on budget", () => {
    const profile = [0.06, 0.06, 0.07, 0.07, 0.07, 0.07, 0.08, 0.08, 0.09, 0.09, 0.1, 0.16];
    const hf = sheet(language, [
      [null, ...profile],
      ["=BAR.YEARENDFORECAST(600,6,1300,B1:M1)"],
      ["=BAR.YEARENDFORECAST(600,6,1500,B1:M1)"],
    ]);
    expect(valuesAt(hf, "A2:B3")).toEqual([
      [1500, 200],
      [1500, 0],
    ]);
  });

  it("accepts a profile summing to exactly 99.5 % (0.0831 + 11 × 0.0829)", () => {
    const hf = sheet(language, [
      [0.0831, ...Array<number>(11).fill(0.0829)],
      ["=BAR.YEARENDFORECAST(831,1,,A1:L1)"],
    ]);
    expect(valueAt(hf, "A2")).toBe(9950);
  });

  it("splits 2,236.16 → 1,835.03 with 9,087 → 9,862 citizens into parts that add up in the sheet", () => {
    const hf = sheet(language, [
      [null, 2236.16, 1835.03],
      [null, 9087, 9862],
      ["=BAR.PRICEVOLUME(B1:C1,B2:C2)"],
      [],
      ["=A3+A4=C1-B1"],
    ]);
    expect(valueAt(hf, "A5")).toBe(true);
    // HyperFormula rounds the values it shows, so the doubles themselves are checked on the function.
    const [[volume], [price]] = priceVolume([[2236.16, 1835.03]], [[9087, 9862]], null);
    expect(equalAt15Digits(volume + price, 1835.03 - 2236.16)).toBe(true);
  });

  it("gives an error, not Infinity, for 1E-320 citizens", () => {
    const hf = sheet(language, [[359, 396], [1e-320, 1260], ["=BAR.PRICEVOLUME(A1:B1,A2:B2)"]]);
    expect(valueAt(hf, "A3")).toMatchObject({ type: "VALUE" });
  });

  it("takes an omitted optimum as the larger of 100 and the given minimum: (150, 160, 120) is OK", () => {
    const hf = sheet(language, [["=BAR.STRATEGYCHECK(150,160,120)"]]);
    expect(valueAt(hf, "A1")).toBe("OK");
  });

  it("gives #N/A for the deviation of an account with a blank budget, and forecasts the others", () => {
    const hf = sheet(language, [[300, 700], [600, null], ["=BAR.YEARENDFORECAST(A1:A2,6,B1:B2)"]]);
    expect(valuesAt(hf, "A3:A4")).toEqual([[600], [1200]]);
    expect(valueAt(hf, "B3")).toBe(-100);
    expect(valueAt(hf, "B4")).toMatchObject({ type: "NA" });
  });

  it("reads a date-time followed by the same day as in order, the later row closing the day", () => {
    const hf = sheet(language, [
      [45292.75, 10],
      ["2024-01-01", 20],
      ["=BAR.LIQUIDITYAVERAGE(A1:A2,B1:B2,45656)"],
    ]);
    expect(valueAt(hf, "A3")).toBe(20);
  });
});

describe("issue 8 messages", () => {
  it("names the cell of a target with the other sign by its A1 address", () => {
    const hf = buildSheet([[-2000, 3000], [-977, -1257], ["=BAR.CARRYFORWARD(A1:B1,A2:B2)"]]);
    expect(valueAt(hf, "A3")).toMatchObject({
      message: expect.stringContaining("Argument targets, cell Ark1!B1:"),
    });
  });

  it("names the cell of a 1E308 effect by its A1 address", () => {
    const hf = buildSheet([[-2000, -3000], [-977, 1e308], ["=BAR.CARRYFORWARD(A1:B1,A2:B2)"]]);
    expect(valueAt(hf, "A3")).toMatchObject({
      message: expect.stringContaining("Argument achieved, cell Ark1!B2:"),
    });
  });

  it("blames an omitted headroom, not cash", () => {
    const hf = buildSheet([[160, 120], ["=BAR.STRATEGYCHECK(,A1:B1)"]]);
    expect(valueAt(hf, "A2")).toMatchObject({ message: "Argument headroom: is missing." });
  });

  it("blames a huge unit cost, not a volume of 1.314, for a potential above 1E15", () => {
    const hf = buildSheet([[52100, 49800, 56900], ["=BAR.BENCHMARKPOTENTIAL(1000000000000000,A1:C1,1.314)"]]);
    expect(valueAt(hf, "A2")).toMatchObject({ message: expect.stringContaining("Argument ownUnitCost:") });
  });

  it("names the cell of a unit cost that makes the potential too large", () => {
    const hf = buildSheet([[52100, 49800, 56900, 1e15], ["=BAR.BENCHMARKPOTENTIAL(D1,A1:C1,1.314)"]]);
    expect(valueAt(hf, "A2")).toMatchObject({
      message: expect.stringContaining(
        "Argument ownUnitCost, cell Ark1!D1: the result would be larger than 1E15",
      ),
    });
  });

  it("names the cell of a threshold typed as text, and of an optimum below the minimum", () => {
    const hf = buildSheet([
      [104, 160, "70 mio.", 50],
      ["=BAR.STRATEGYCHECK(A1,B1,C1)"],
      ["=BAR.STRATEGYCHECK(A1,B1,70,D1)"],
    ]);
    expect(valueAt(hf, "A2")).toMatchObject({
      message: expect.stringContaining("Argument minHeadroom, cell Ark1!C1:"),
    });
    expect(valueAt(hf, "A3")).toMatchObject({
      message: "Argument optimalHeadroom, cell Ark1!D1: must be at least minHeadroom.",
    });
  });

  it('says "1 year", not "1 years"', () => {
    const hf = buildSheet([[104, 160, 120], ["=BAR.STRATEGYCHECK(A1,B1:C1)"]]);
    expect(valueAt(hf, "A2")).toMatchObject({
      message: "Argument cash: expected 1 year to match headroom, but found 2.",
    });
  });

  it("speaks of citizens for a blank number of citizens", () => {
    const hf = buildSheet([[359, 396], [1200, null], ["=BAR.PRICEVOLUME(A1:B1,A2:B2)"]]);
    expect(valueAt(hf, "A3")).toMatchObject({
      message: expect.stringContaining("A period without a number of citizens cannot be split"),
    });
  });

  it("shows Danish dates in the form the function accepts", () => {
    const hf = buildSheet([[45292, 100], ["=BAR.LIKVIDITET365(A1:A1;B1:B1)"]], { language: "daDK" });
    expect(valueAt(hf, "A2")).toMatchObject({ message: expect.stringContaining("begynder 2024-01-01") });
  });

  it("checks each equality of the sheet test with 15 significant digits, as Excel does", () => {
    expect(equalAt15Digits(0.1 + 0.2, 0.3)).toBe(true);
  });
});
