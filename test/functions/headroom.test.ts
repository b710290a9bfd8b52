import {
  BUDGET_YEARS,
  GRANTS,
  HEADROOM,
  NET_INTEREST,
  OPERATING_EXPENDITURE,
  TAXES,
} from "../fixtures/operatingBudget";
import { buildSheet, valueAt, valuesAt } from "../support/sheet";

/** The summary of ordinary operations as a sheet: years across, one row per line (rows 2–5). */
const TABLE = [
  ["mio. kr.", ...BUDGET_YEARS],
  ["Skatter", ...TAXES],
  ["Generelle tilskud og udligning", ...GRANTS],
  ["Driftsudgifter", ...OPERATING_EXPENDITURE],
  ["Renter netto", ...NET_INTEREST],
  ["Kassebeholdning", 150, 150, 150, 150],
];

describe("BAR.HEADROOM in a spreadsheet", () => {
  it("computes the headroom from the four lines given separately", () => {
    const hf = buildSheet([...TABLE, ["Råderum", "=BAR.HEADROOM(B2:E2,B3:E3,B4:E4,B5:E5)"]]);
    expect(valuesAt(hf, "B7:E7")).toEqual([HEADROOM]);
  });

  it("computes the same headroom from the whole block of lines", () => {
    const hf = buildSheet([...TABLE, ["Råderum", "=BAR.HEADROOM(B2:E5)"]]);
    expect(valuesAt(hf, "B7:E7")).toEqual([HEADROOM]);
  });

  it("feeds BAR.STRATEGYCHECK directly", () => {
    const hf = buildSheet([
      ...TABLE,
      ["Råderum", "=BAR.HEADROOM(B2:E5)"],
      ["Status", "=BAR.STRATEGYCHECK(B7:E7,B6:E6)"],
    ]);
    // 180 and 145 are above the optimum of 100, 100 meets it, 60 is below the minimum of 70.
    expect(valuesAt(hf, "B8:E8")).toEqual([["OK", "OK", "OK", "BREACH"]]);
  });

  it("spills down when the years run down columns", () => {
    const hf = buildSheet([
      [-3000, -800, 3600, 20],
      [-3100, -820, 3750, 25],
      ["=BAR.HEADROOM(A1:A2,B1:B2,C1:C2,D1:D2)"],
    ]);
    expect(valuesAt(hf, "A3:A4")).toEqual([[180], [145]]);
  });

  it('reads "-" and blank cells as 0', () => {
    const hf = buildSheet([[-1000, "-"], [900, null], ["=BAR.HEADROOM(A1:B2)"]]);
    expect(valuesAt(hf, "A3:B3")).toEqual([[100, 0]]);
  });

  it("names the cell of a positive tax amount", () => {
    const hf = buildSheet([[-3000, 3100], [3000, 3000], ["=BAR.HEADROOM(A1:B1,A2:B2)"]]);
    expect(valueAt(hf, "A3")).toMatchObject({
      type: "VALUE",
      message: expect.stringContaining("Argument taxes, cell Ark1!B1: taxes are income"),
    });
  });

  it("shows #SPILL! when the spill area is taken", () => {
    const hf = buildSheet([...TABLE, ["Råderum", "=BAR.HEADROOM(B2:E5)", null, "x"]]);
    expect(valueAt(hf, "B7")).toMatchObject({ type: "SPILL" });
  });
});

describe("BAR.RÅDERUM in Danish Excel", () => {
  it("gives the same headroom with the Danish name and ;", () => {
    const hf = buildSheet([...TABLE, ["Råderum", "=BAR.RÅDERUM(B2:E2;B3:E3;B4:E4;B5:E5)"]], {
      language: "daDK",
    });
    expect(valuesAt(hf, "B7:E7")).toEqual([HEADROOM]);
  });

  it("explains a length mismatch in Danish with the Danish argument names", () => {
    const hf = buildSheet([...TABLE, ["Råderum", "=BAR.RÅDERUM(B2:E2;B3:D3)"]], { language: "daDK" });
    expect(valueAt(hf, "B7")).toMatchObject({
      message: "Argumentet tilskud_udligning: forventede 4 år som i skatter, men fandt 3.",
    });
  });
});
