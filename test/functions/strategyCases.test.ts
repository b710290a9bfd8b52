import fc from "fast-check";
import { strategyCases, strategyCheck } from "../../src/functions/functions";
import { buildSheet, valueAt, valuesAt } from "../support/sheet";

/** Headroom and cash (mio. kr.), and seed 000's coming challenges as the document writes them. */
const PLAN = [
  ["mio. kr.", 2025, 2026, 2027, 2028],
  ["Headroom", 135, 130, 125, 120],
  ["Cash", 150, 140, 130, "100-130"],
  ["Demography", "7,5-14,5", "7,5-14,5", "7,5-14,5", "7,5-14,5"],
  ["Specialised social", "0-20", "0-20", "0-20", "0-20"],
  ["Care homes", null, null, 15, "25-30"],
];

describe("BAR.STRATEGYCASES in a spreadsheet", () => {
  it("says per year in which cases 70 / 100 / 100 holds under seed 000's challenges", () => {
    // Pessimistic 2028: 120 - 14,5 - 20 - 30 = 55,5, a breach; expected 71,5; optimistic 87,5.
    const hf = buildSheet([...PLAN, ["Cases", "=BAR.STRATEGYCASES(B2:E2,B3:E3,B4:E6)"]]);
    expect(valuesAt(hf, "B7:E9")).toEqual([
      ["OK", "BELOW_OPTIMAL", "BELOW_OPTIMAL", "BREACH"],
      ["OK", "OK", "BELOW_OPTIMAL", "BELOW_OPTIMAL"],
      ["OK", "OK", "OK", "BELOW_OPTIMAL"],
    ]);
  });

  it("gives #N/A in every case for a year with a challenge still unknown", () => {
    const hf = buildSheet([
      [120, 120],
      [150, 150],
      [5, "ukendt p.t."],
      ["=BAR.STRATEGYCASES(A1:B1,A2:B2,A3:B3)"],
    ]);
    expect(valuesAt(hf, "A4:A6")).toEqual([["OK"], ["OK"], ["OK"]]);
    expect(valueAt(hf, "B6")).toMatchObject({ type: "NA", message: expect.stringContaining("Ark1!B3") });
    expect(valueAt(hf, "B6")).toMatchObject({ message: expect.stringContaining('holds "ukendt p.t."') });
  });

  it("says how many figures of the year are not estimated, naming the first", () => {
    const hf = buildSheet([
      [120, 120],
      [150, "-"],
      [5, "ukendt"],
      [5, "unknown"],
      ["=BAR.STRATEGYCASES(A1:B1,A2:B2,A3:B4)"],
    ]);
    expect(valueAt(hf, "B5")).toMatchObject({
      type: "NA",
      message: expect.stringMatching(/Ark1!B2.*This year 3 figures are not estimated\.$/),
    });
  });

  it("spills across when the years run down a column, a column per case", () => {
    const hf = buildSheet([["95-105", 150], [120, 150], ["=BAR.STRATEGYCASES(A1:A2,B1:B2)"]]);
    expect(valuesAt(hf, "A3:C4")).toEqual([
      ["BELOW_OPTIMAL", "OK", "OK"],
      ["OK", "OK", "OK"],
    ]);
  });

  it("uses the council's own thresholds", () => {
    const hf = buildSheet([...PLAN, ["Cases", "=BAR.STRATEGYCASES(B2:E2,B3:E3,B4:E6,60,90,100)"]]);
    expect(valuesAt(hf, "B7:E7")).toEqual([["OK", "OK", "BELOW_OPTIMAL", "BREACH"]]);
  });
});

describe("BAR.STRATEGITILFÆLDE in Danish Excel", () => {
  it("gives the same codes with Danish names and ;", () => {
    const hf = buildSheet([...PLAN, ["Tilfælde", "=BAR.STRATEGITILFÆLDE(B2:E2;B3:E3;B4:E6;68,5)"]], {
      language: "daDK",
    });
    expect(valuesAt(hf, "B7:E7")).toEqual([["OK", "BELOW_OPTIMAL", "BELOW_OPTIMAL", "BREACH"]]);
  });

  it("explains a text that is no range in Danish with the Danish argument name", () => {
    const hf = buildSheet([["ca. 100"], [150], ["=BAR.STRATEGITILFÆLDE(A1;A2)"]], { language: "daDK" });
    expect(valueAt(hf, "A3")).toMatchObject({
      message: expect.stringContaining("Argumentet råderum, celle Ark1!A1"),
    });
  });
});

describe("BAR.STRATEGYCASES properties", () => {
  const amount = fc.integer({ min: 0, max: 300 });

  it("agrees with BAR.STRATEGYCHECK in every case when nothing is a range", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(amount, amount), { minLength: 1, maxLength: 5 }), (years) => {
        const headroom = [years.map(([value]) => value)];
        const cash = [years.map(([, value]) => value)];
        const single = strategyCheck(headroom, cash, null, null, null)[0];
        expect(strategyCases(headroom, cash, null as unknown as unknown[][], null, null, null)).toEqual([
          single,
          single,
          single,
        ]);
      }),
    );
  });

  it("never holds in a worse case where it breaks in a better one", () => {
    const rank: Record<string, number> = { BREACH: 0, BELOW_OPTIMAL: 1, OK: 2 };
    const range = fc
      .tuple(amount, fc.integer({ min: 0, max: 50 }))
      .map(([low, width]) => `${low}-${low + width}`);
    fc.assert(
      fc.property(fc.array(fc.tuple(range, range, range), { minLength: 1, maxLength: 4 }), (years) => {
        const [headroom, cash, challenge] = [0, 1, 2].map((part) => [years.map((year) => year[part])]);
        const [p, e, o] = strategyCases(headroom, cash, challenge, null, null, null);
        p.forEach((status, year) => {
          expect(rank[status as string]).toBeLessThanOrEqual(rank[e[year] as string]);
          expect(rank[e[year] as string]).toBeLessThanOrEqual(rank[o[year] as string]);
        });
      }),
    );
  });
});
