import { buildSheet, valueAt, valuesAt } from "../support/sheet";

/** 8 % a month January–November, 12 % in December, in row 1 (A1:L1). */
const PROFILE_ROW = [...Array<number>(11).fill(0.08), 0.12];

describe("BAR.YEARENDFORECAST in a spreadsheet", () => {
  it("puts forecast and deviation side by side for one amount", () => {
    // 600 after 6 months → 1,200 for the year; budget 1,300 → −100.
    const hf = buildSheet([["=BAR.YEARENDFORECAST(600,6,1300)"]]);
    expect(valuesAt(hf, "A1:B1")).toEqual([[1200, -100]]);
  });

  it("forecasts a table with one row per account in one formula", () => {
    const hf = buildSheet([
      ["Konto", "Forbrug", "Budget", "Prognose", "Afvigelse"],
      ["Hjemmepleje", 300, 700, "=BAR.YEARENDFORECAST(B2:B4,6,C2:C4)"],
      ["Plejeboliger", 600, 1100],
      ["Hjælpemidler", 0, 50],
    ]);
    expect(valuesAt(hf, "D2:E4")).toEqual([
      [600, -100],
      [1200, 100],
      [0, -50],
    ]);
  });

  it("follows a monthly profile", () => {
    // 6 × 8 % = 48 % by June: 480 / 0.48 = 1,000; against 950: +50.
    const hf = buildSheet([PROFILE_ROW, ["=BAR.YEARENDFORECAST(480,6,950,A1:L1)"]]);
    const [[forecast, deviation]] = valuesAt(hf, "A2:B2") as number[][];
    expect(forecast).toBeCloseTo(1000, 8);
    expect(deviation).toBeCloseTo(50, 8);
  });

  it('returns the forecast alone with part "forecast"', () => {
    const hf = buildSheet([['=BAR.YEARENDFORECAST(600,6,,,"forecast")', "x"]]);
    expect(valueAt(hf, "A1")).toBe(1200);
  });

  it("gives #N/A for the deviation when there is no budget, and says why", () => {
    const hf = buildSheet([["=BAR.YEARENDFORECAST(600,6)"]]);
    expect(valueAt(hf, "A1")).toBe(1200);
    expect(valueAt(hf, "B1")).toMatchObject({ type: "NA", message: "Argument budget: is missing." });
  });

  it("names the profile when its shares do not sum to 100 %", () => {
    const hf = buildSheet([Array<number>(12).fill(0.08), ["=BAR.YEARENDFORECAST(480,6,950,A1:L1)"]]);
    expect(valueAt(hf, "A2")).toMatchObject({
      type: "VALUE",
      message: expect.stringContaining("Argument profile: the monthly shares sum to 96 %, not 100 %"),
    });
  });
});

describe("BAR.ÅRSPROGNOSE in Danish Excel", () => {
  it("gives the same forecast with the Danish name, ; and decimal commas", () => {
    const hf = buildSheet(
      [PROFILE_ROW, ["=BAR.ÅRSPROGNOSE(480;6;950;A1:L1)"], ["=BAR.ÅRSPROGNOSE(37,5;3)"]],
      {
        language: "daDK",
      },
    );
    expect(valueAt(hf, "A2")).toBeCloseTo(1000, 8);
    expect(valueAt(hf, "A3")).toBe(150);
  });

  it("explains months out of range in Danish", () => {
    const hf = buildSheet([["=BAR.ÅRSPROGNOSE(600;13)"]], { language: "daDK" });
    expect(valueAt(hf, "A1")).toMatchObject({
      message: "Argumentet måneder: forventede et helt tal fra 1 til 12.",
    });
  });
});
