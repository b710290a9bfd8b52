import { buildSheet, valueAt, valuesAt } from "../support/sheet";

/** Headroom and disposable cash (mio. kr.) for budget 2025 and the estimate years 2026–2028. */
const YEARS = [
  ["", 2025, 2026, 2027, 2028],
  ["Råderum", 104, 85, 69, 70],
  ["Kassebeholdning", 160, 120, 130, 99.5],
];

describe("BAR.STRATEGYCHECK in a spreadsheet", () => {
  it("checks each year against Hedensted's defaults (70, 100, 100)", () => {
    const hf = buildSheet([...YEARS, ["Status", "=BAR.STRATEGYCHECK(B2:E2,B3:E3)"]]);
    expect(valuesAt(hf, "B4:E4")).toEqual([["OK", "BELOW_OPTIMAL", "BREACH", "BREACH"]]);
  });

  it("uses the council's own thresholds when given", () => {
    const hf = buildSheet([...YEARS, ["Status", "=BAR.STRATEGYCHECK(B2:E2,B3:E3,60,80,90)"]]);
    expect(valuesAt(hf, "B4:E4")).toEqual([["OK", "OK", "BELOW_OPTIMAL", "BELOW_OPTIMAL"]]);
  });

  it("takes thresholds from cells", () => {
    const hf = buildSheet([
      ...YEARS,
      ["Status", "=BAR.STRATEGYCHECK(B2:E2,B3:E3,F4,,F4)", null, null, null, 50],
    ]);
    expect(valuesAt(hf, "B4:E4")).toEqual([["OK", "BELOW_OPTIMAL", "BELOW_OPTIMAL", "BELOW_OPTIMAL"]]);
  });

  it("spills down when the years run down a column", () => {
    const hf = buildSheet([[120, 150], [50, 150], ["=BAR.STRATEGYCHECK(A1:A2,B1:B2)"]]);
    expect(valuesAt(hf, "A3:A4")).toEqual([["OK"], ["BREACH"]]);
  });

  it("gives #N/A for a year with a blank headroom, naming the cell, and checks the other years", () => {
    const hf = buildSheet([[120, null], [150, 150], ["=BAR.STRATEGYCHECK(A1:B1,A2:B2)"]]);
    expect([valueAt(hf, "A3"), valueAt(hf, "B3")]).toEqual([
      "OK",
      expect.objectContaining({
        type: "NA",
        message: expect.stringContaining("Argument headroom, cell Ark1!B1"),
      }),
    ]);
  });

  it("shows #SPILL! when the spill area is taken", () => {
    const hf = buildSheet([...YEARS, ["Status", "=BAR.STRATEGYCHECK(B2:E2,B3:E3)", "x"]]);
    expect(valueAt(hf, "B4")).toMatchObject({ type: "SPILL" });
  });

  it("lets IF build on the language-independent codes", () => {
    const hf = buildSheet([
      ...YEARS,
      ["Status", "=BAR.STRATEGYCHECK(B2:E2,B3:E3)"],
      ["Brud", '=IF(D4="BREACH","brud","")'],
    ]);
    expect(valueAt(hf, "B5")).toBe("brud");
  });
});

describe("BAR.STRATEGITJEK in Danish Excel", () => {
  it("gives the same codes with Danish names, ; and decimal commas", () => {
    const hf = buildSheet([...YEARS, ["Status", "=BAR.STRATEGITJEK(B2:E2;B3:E3;68,5)"]], {
      language: "daDK",
    });
    expect(valuesAt(hf, "B4:E4")).toEqual([["OK", "BELOW_OPTIMAL", "BELOW_OPTIMAL", "BREACH"]]);
  });

  it("explains a text value in Danish with the Danish argument name", () => {
    const hf = buildSheet([["ukendt p.t."], [150], ["=BAR.STRATEGITJEK(A1;A2)"]], { language: "daDK" });
    expect(valueAt(hf, "A3")).toMatchObject({
      message: expect.stringContaining("Argumentet råderum, celle Ark1!A1"),
    });
  });
});
