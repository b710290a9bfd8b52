import fc from "fast-check";
import {
  calculateBenchmarkPotential,
  calculateBenchmarkPotentialAgainst,
  calculatePercentile,
  toBenchmarkPeers,
} from "../../src/engine/benchmarkPotential";
import { thrownBy } from "../support/thrownBy";

/** Home care, kr. per citizen: six comparable municipalities and one blank (no figure reported). */
const PEERS = [52000, 49500, 61000, null, 55000, 47000, 53500];

describe("calculateBenchmarkPotential", () => {
  it("measures against the peers' median by default", () => {
    // Sorted: 47,000 49,500 52,000 53,500 55,000 61,000; position (6 − 1) × 0.5 = 2.5,
    // so the median is 52,000 + 0.5 × (53,500 − 52,000) = 52,750.
    // (58,000 − 52,750) × 1,200 citizens = 5,250 × 1,200 = 6,300,000 kr.
    expect(calculateBenchmarkPotential(58000, PEERS, 1200)).toBe(6_300_000);
  });

  it("measures against the cheapest quarter with quantile 0.25", () => {
    // Position 5 × 0.25 = 1.25: 49,500 + 0.25 × (52,000 − 49,500) = 50,125.
    // (58,000 − 50,125) × 1,200 = 7,875 × 1,200 = 9,450,000 kr.
    expect(calculateBenchmarkPotential(58000, PEERS, 1200, 0.25)).toBe(9_450_000);
  });

  it("measures against the cheapest and the dearest peer at quantiles 0 and 1", () => {
    expect(calculateBenchmarkPotential(58000, PEERS, 1200, 0)).toBe((58000 - 47000) * 1200);
    expect(calculateBenchmarkPotential(58000, PEERS, 1200, 1)).toBe(0);
  });

  it("is 0 when the municipality is already at the benchmark or below it", () => {
    expect(calculateBenchmarkPotential(52750, PEERS, 1200)).toBe(0);
    expect(calculateBenchmarkPotential(40000, PEERS, 1200)).toBe(0);
  });

  it("is 0 for no volume", () => {
    expect(calculateBenchmarkPotential(58000, PEERS, 0)).toBe(0);
  });

  it("leaves out peers of 0, as desktop Excel passes empty cells", () => {
    expect(calculateBenchmarkPotential(58000, [...PEERS, 0, 0], 1200)).toBe(6_300_000);
  });

  it("accepts exactly three peers", () => {
    expect(calculateBenchmarkPotential(12, [10, 11, 14], 100)).toBe(100);
  });

  it("refuses a benchmark of fewer than three peers, with #N/A", () => {
    const error = thrownBy(() => calculateBenchmarkPotential(12, [10, null, 0, 14], 100));
    expect(error.kind).toBe("notAvailable");
    expect(error.problem).toEqual({ code: "tooFewValues", minimum: 3, found: 2 });
  });

  it("rejects a negative peer, naming its position", () => {
    const error = thrownBy(() => calculateBenchmarkPotential(12, [10, 11, -14], 100));
    expect(error.location).toEqual({ argument: "peerUnitCosts", column: 3 });
    expect(error.problem).toEqual({ code: "negative" });
  });

  it.each([
    ["ownUnitCost", () => calculateBenchmarkPotential(-1, [1, 2, 3], 1)],
    ["volume", () => calculateBenchmarkPotential(1, [1, 2, 3], -1)],
  ])("rejects a negative %s", (argument, action) => {
    expect(thrownBy(action).location.argument).toBe(argument);
  });

  it.each([-0.1, 1.5, 50])("rejects the quantile %p", (quantile) => {
    expect(thrownBy(() => calculateBenchmarkPotential(1, [1, 2, 3], 1, quantile)).problem).toEqual({
      code: "notInRange",
      min: 0,
      max: 1,
      wholeNumber: false,
    });
  });
});

describe("benchmark properties", () => {
  const cost = fc.double({ min: 1, max: 1e6, noNaN: true });
  const peers = fc.array(cost, { minLength: 3, maxLength: 40 });
  const quantile = fc.double({ min: 0, max: 1, noNaN: true });

  it("is never negative and grows with the own unit cost", () => {
    fc.assert(
      fc.property(
        cost,
        cost,
        peers,
        fc.integer({ min: 0, max: 1e5 }),
        quantile,
        (a, b, others, volume, q) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const potentialLow = calculateBenchmarkPotential(low, others, volume, q);
          expect(potentialLow).toBeGreaterThanOrEqual(0);
          expect(calculateBenchmarkPotential(high, others, volume, q)).toBeGreaterThanOrEqual(potentialLow);
        },
      ),
    );
  });

  it("does not depend on the order of the peers", () => {
    fc.assert(
      fc.property(cost, peers, quantile, (own, others, q) => {
        const reversed = [...others].reverse();
        expect(calculateBenchmarkPotential(own, reversed, 10, q)).toBe(
          calculateBenchmarkPotential(own, others, 10, q),
        );
      }),
    );
  });

  it("lies between the neighbouring peers, from the cheapest at 0 to the dearest at 1", () => {
    fc.assert(
      fc.property(peers, quantile, (others, q) => {
        const sorted = [...others].sort((x, y) => x - y);
        const value = calculatePercentile(sorted, q);
        const position = (sorted.length - 1) * q;
        expect(value).toBeGreaterThanOrEqual(sorted[Math.floor(position)]);
        expect(value).toBeLessThanOrEqual(sorted[Math.ceil(position)]);
        expect(calculatePercentile(sorted, 0)).toBe(sorted[0]);
        expect(calculatePercentile(sorted, 1)).toBe(sorted[sorted.length - 1]);
      }),
    );
  });
});

describe("toBenchmarkPeers and calculateBenchmarkPotentialAgainst", () => {
  it("give the potential of calculateBenchmarkPotential from peers sorted once, for many own costs", () => {
    const cost = fc.oneof(
      fc.integer({ min: 1, max: 100_000 }),
      fc.double({ min: 0.01, max: 1e6, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(cost, { minLength: 3, maxLength: 20 }), fc.array(cost), (others, owns) => {
        const peers = toBenchmarkPeers(others);
        for (const own of owns) {
          expect(calculateBenchmarkPotentialAgainst(own, peers, 7, 0.25)).toBe(
            calculateBenchmarkPotential(own, others, 7, 0.25),
          );
        }
      }),
    );
  });

  it("keep the peers' problem until the other arguments are checked, as calculateBenchmarkPotential does", () => {
    const peers = toBenchmarkPeers([10, -11, 14]);
    expect(thrownBy(() => calculateBenchmarkPotentialAgainst(-1, peers, 1)).location).toEqual({
      argument: "ownUnitCost",
    });
    expect(thrownBy(() => calculateBenchmarkPotentialAgainst(1, peers, 1)).location).toEqual({
      argument: "peerUnitCosts",
      column: 2,
    });
  });

  it.each([
    [Number.NaN, { code: "notFinite" }],
    [2e15, { code: "tooLarge", limit: 1e15 }],
    [-2e15, { code: "tooLarge", limit: 1e15 }],
    [-5, { code: "negative" }],
  ])("refuses the peer %p as calculateBenchmarkPotential did", (peer, problem) => {
    const error = thrownBy(() => calculateBenchmarkPotentialAgainst(1, toBenchmarkPeers([1, 2, peer]), 1));
    expect([error.location, error.problem]).toEqual([{ argument: "peerUnitCosts", column: 3 }, problem]);
  });
});
