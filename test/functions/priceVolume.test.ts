import { buildSheet, valueAt, valuesAt } from "../support/sheet";

/** Seed 003's follow-up: the 2018 accounts and the 2021 budget, years across. */
const SEED_003 = [
  ["", 2018, 2021],
  ["Udgifter (mio. kr.)", 359, 396],
  ["Borgere", 1200, 1260],
];

describe("BAR.PRICEVOLUME in a spreadsheet", () => {
  it("splits 359 → 396 into volume 18.40 and price 18.60, adding up to 37", () => {
    const hf = buildSheet([
      ...SEED_003,
      ["Volumen / pris", "=BAR.PRICEVOLUME(B2:C2,B3:C3)"],
      [],
      ["I alt", "=B4+B5"],
    ]);
    const [[volume], [price]] = valuesAt(hf, "B4:B5") as number[][];
    expect(volume).toBeCloseTo(5153 / 280, 8);
    expect(price).toBeCloseTo(5207 / 280, 8);
    expect(valueAt(hf, "B6")).toBe(37);
  });

  it('returns one effect with part "volume" or "price"', () => {
    const hf = buildSheet([
      ...SEED_003,
      ['=BAR.PRICEVOLUME(B2:C2,B3:C3,"volume")', '=BAR.PRICEVOLUME(B2:C2,B3:C3,"PRICE")'],
    ]);
    expect(valueAt(hf, "A4")).toBeCloseTo(18.4035714, 6);
    expect(valueAt(hf, "B4")).toBeCloseTo(18.5964286, 6);
  });

  it("spills one pair per month when the months run down a column", () => {
    const hf = buildSheet([[30, 100], [33, 110], [38.5, 110], ["=BAR.PRICEVOLUME(A1:A3,B1:B3)"]]);
    // Jan → Feb: 10 more citizens at 0.30 (volume 3); Feb → Mar: 0.05 dearer for 110 (price 5.5).
    expect(valuesAt(hf, "A4:B5")).toEqual([
      [3, 0],
      [0, 5.5],
    ]);
  });

  it("says why 0 citizens cannot be split, naming the cell", () => {
    const hf = buildSheet([[359, 396], [1200, 0], ["=BAR.PRICEVOLUME(A1:B1,A2:B2)"]]);
    expect(valueAt(hf, "A3")).toMatchObject({
      type: "VALUE",
      message: "Argument citizens, cell Ark1!B2: expected a number of citizens greater than 0.",
    });
  });
});

describe("BAR.PRISMÆNGDE in Danish Excel", () => {
  it("gives the same split with the Danish name, ; and decimal commas", () => {
    const hf = buildSheet([[359, 396], [1200, 1260], ['=BAR.PRISMÆNGDE(A1:B1;A2:B2;"volume")']], {
      language: "daDK",
    });
    expect(valueAt(hf, "A3")).toBeCloseTo(5153 / 280, 8);
  });
});
