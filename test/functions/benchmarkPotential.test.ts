import fc from "fast-check";
import { benchmarkPotential } from "../../src/functions/functions";
import { buildSheet, valueAt, valuesAt } from "../support/sheet";

/** Own unit cost in B1, own volume in B2, the comparable municipalities in D1:J1 (F1 blank). */
const SHEET = [
  ["Egen enhedsudgift", 58000, null, 52000, 49500, null, 61000, 55000, 47000, 53500],
  ["Borgere", 1200],
];

describe("BAR.BENCHMARKPOTENTIAL in a spreadsheet", () => {
  it("gives the potential at the peers' median, leaving the blank peer out", () => {
    // Median of 47,000 … 61,000 (six peers) = 52,750; (58,000 − 52,750) × 1,200 = 6,300,000.
    const hf = buildSheet([...SHEET, ["=BAR.BENCHMARKPOTENTIAL(B1,D1:J1,B2)"]]);
    expect(valueAt(hf, "A3")).toBe(6_300_000);
  });

  it("returns one cell as a 1×1 matrix, as requiresParameterAddresses demands", () => {
    const peers = [[52000, 49500, 61000, 55000, 47000, 53500]];
    expect(benchmarkPotential(58000, peers, 1200, null)).toEqual([[6_300_000]]);
  });

  it("fills only its own cell, leaving the neighbours free", () => {
    const hf = buildSheet([...SHEET, ["=BAR.BENCHMARKPOTENTIAL(B1,D1:J1,B2)", "beside"], [null, null]]);
    expect(valuesAt(hf, "A3:B4")).toEqual([
      [6_300_000, "beside"],
      [null, null],
    ]);
  });

  it("takes the quantile as a percentage", () => {
    const hf = buildSheet([...SHEET, ["=BAR.BENCHMARKPOTENTIAL(B1,D1:J1,B2,25%)"]]);
    expect(valueAt(hf, "A3")).toBe(9_450_000);
  });

  it("reads the peers from a column as well as a row", () => {
    const hf = buildSheet([[52000], [49500], [61000], ["=BAR.BENCHMARKPOTENTIAL(58000,A1:A3,1200)"]]);
    expect(valueAt(hf, "A4")).toBe((58000 - 52000) * 1200);
  });

  it("says that a benchmark of two peers is no benchmark", () => {
    const hf = buildSheet([[52000, 49500, null], ["=BAR.BENCHMARKPOTENTIAL(58000,A1:C1,1200)"]]);
    expect(valueAt(hf, "A2")).toMatchObject({
      type: "NA",
      message:
        "Argument peerUnitCosts: expected at least 3 unit costs (blank cells, 0 and - do not count), but found 2.",
    });
  });

  it("agrees with Excel's own MAX(0, (own − PERCENTILE.INC(peers, q)) × volume)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 100000 }), { minLength: 3, maxLength: 12 }),
        fc.integer({ min: 1, max: 100000 }),
        fc.integer({ min: 0, max: 100 }),
        (peers, own, percent) => {
          const last = String.fromCharCode(65 + peers.length - 1);
          const hf = buildSheet([
            peers,
            [
              `=BAR.BENCHMARKPOTENTIAL(${own},A1:${last}1,7,${percent / 100})`,
              `=MAX(0,(${own}-PERCENTILE.INC(A1:${last}1,${percent / 100}))*7)`,
            ],
          ]);
          expect(valueAt(hf, "A2")).toBeCloseTo(valueAt(hf, "B2") as number, 6);
          hf.destroy();
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("BAR.BENCHMARKPOTENTIALE in Danish Excel", () => {
  it("gives the same potential with the Danish name, ; and a decimal comma", () => {
    const hf = buildSheet([...SHEET, ["=BAR.BENCHMARKPOTENTIALE(B1;D1:J1;B2;0,25)"]], { language: "daDK" });
    expect(valueAt(hf, "A3")).toBe(9_450_000);
  });
});
