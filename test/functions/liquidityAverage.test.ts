import {
  AVERAGE_2024_12_30,
  AVERAGE_2024_12_31,
  AVERAGE_2025_02_12,
  LEDGER_BALANCES,
  LEDGER_DATES,
  LEDGER_ISO_DATES,
} from "../fixtures/liquidity";
import { buildSheet, valueAt, valuesAt } from "../support/sheet";

/** The ledger in A2:B5 (dates as serials, as date cells arrive), a day to look at in D2. */
const LEDGER = [
  ["Dato", "Disponibel kasse"],
  ...LEDGER_DATES.map((date, row) => [date, LEDGER_BALANCES[row]]),
];

describe("BAR.LIQUIDITYAVERAGE in a spreadsheet", () => {
  it("averages the 365 days up to the as-of day (golden ledger)", () => {
    const hf = buildSheet([...LEDGER, ["=BAR.LIQUIDITYAVERAGE(A2:A5,B2:B5,DATE(2024,12,31))"]]);
    expect(valueAt(hf, "A6")).toBeCloseTo(AVERAGE_2024_12_31, 8);
  });

  it("averages up to the last date when no as-of day is given", () => {
    const hf = buildSheet([...LEDGER, ["=BAR.LIQUIDITYAVERAGE(A2:A5,B2:B5)"]]);
    expect(valueAt(hf, "A6")).toBeCloseTo(AVERAGE_2025_02_12, 8);
  });

  it("reads dates written as yyyy-mm-dd text", () => {
    const hf = buildSheet([
      ...LEDGER_ISO_DATES.map((date, row) => [date, LEDGER_BALANCES[row]]),
      ['=BAR.LIQUIDITYAVERAGE(A1:A4,B1:B4,"2024-12-30")'],
    ]);
    expect(valueAt(hf, "A5")).toBeCloseTo(AVERAGE_2024_12_30, 8);
  });

  it("gives one average per as-of day, #N/A where the data do not reach back", () => {
    const hf = buildSheet([
      ["Dato", "Kasse", "Pr. dato", "Gennemsnit"],
      [45292, 100, 45600, "=BAR.LIQUIDITYAVERAGE(A2:A5,B2:B5,C2:C4)"],
      [45474, 50, 45656],
      [45657, 200, 45657],
      [45700, 10],
    ]);
    const [[uncovered], [dec30], [dec31]] = valuesAt(hf, "D2:D4");
    expect(uncovered).toMatchObject({ type: "NA", message: expect.stringContaining("are not covered") });
    expect(dec30).toBeCloseTo(AVERAGE_2024_12_30, 8);
    expect(dec31).toBeCloseTo(AVERAGE_2024_12_31, 8);
  });

  it("leaves the cell empty for a blank as-of day", () => {
    const hf = buildSheet([...LEDGER, ["=BAR.LIQUIDITYAVERAGE(A2:A5,B2:B5,C6)"]]);
    expect(valueAt(hf, "A6")).toBe("");
  });

  it("skips blank rows below the data, as an oversized range has them", () => {
    const hf = buildSheet([...LEDGER, [null, null], [null, null], ["=BAR.LIQUIDITYAVERAGE(A2:A7,B2:B7)"]]);
    expect(valueAt(hf, "A8")).toBeCloseTo(AVERAGE_2025_02_12, 8);
  });

  it("skips blank rows on desktop Excel too, where they arrive as 0", () => {
    const hf = buildSheet([...LEDGER, [null, null], ["=BAR.LIQUIDITYAVERAGE(A2:A6,B2:B6)"]], {
      emptyCells: "desktop",
    });
    expect(valueAt(hf, "A7")).toBeCloseTo(AVERAGE_2025_02_12, 8);
  });

  it("names the cell of a date out of order", () => {
    const hf = buildSheet([[45292, 1], [45657, 2], [45474, 3], ["=BAR.LIQUIDITYAVERAGE(A1:A3,B1:B3)"]]);
    expect(valueAt(hf, "A4")).toMatchObject({
      type: "VALUE",
      message: expect.stringContaining(
        "Argument dates, cell Ark1!A3: the date is earlier than the date before it",
      ),
    });
  });
});

describe("BAR.LIKVIDITET365 in Danish Excel", () => {
  it("gives the same average with the Danish name and ;", () => {
    const hf = buildSheet([...LEDGER, ["=BAR.LIKVIDITET365(A2:A5;B2:B5;C6)", null, 45657]], {
      language: "daDK",
    });
    expect(valueAt(hf, "A6")).toBeCloseTo(AVERAGE_2024_12_31, 8);
  });

  it("says in Danish that the data do not cover the 365 days", () => {
    const hf = buildSheet([...LEDGER, ["=BAR.LIKVIDITET365(A2:A5;B2:B5;C6)", null, 45600]], {
      language: "daDK",
    });
    expect(valueAt(hf, "A6")).toMatchObject({
      type: "NA",
      message: expect.stringContaining("Argumentet datoer: beholdningerne begynder 2024-01-01"),
    });
  });
});
