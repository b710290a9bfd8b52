import fc from "fast-check";
import { calculateBenchmarkPotential } from "../../src/engine/benchmarkPotential";
import { forgetBenchmarkPeers, readBenchmarkPeers } from "../../src/functions/benchmarkPeers";
import { RangeArgument } from "../../src/functions/cellValues";
import { benchmarkPotential } from "../../src/functions/functions";
import { setCurrentLanguage } from "../../src/i18n/language";
import { excelErrorOf } from "../support/excelErrorOf";

/*
 * BAR.BENCHMARKPOTENTIAL remembers the sorted peers of the last few peer ranges by their
 * cells' values. These tests hold it to computing them afresh: the same answers, an edited
 * range never answered from memory, and every error naming its cell as before.
 */

const PEERS = [[52000, 49500, 61000, 55000, 47000, 53500]];
const ADDRESSES = { parameterAddresses: ["FLIS!B2", "FLIS!D2:I2", "FLIS!B3"] };
const peersArgument = (range: unknown[][]): RangeArgument => ({ name: "peerUnitCosts", range });
const copyOf = (range: unknown[][]) => range.map((row) => [...row]);

describe("BAR.BENCHMARKPOTENTIAL with remembered peers", () => {
  beforeAll(() => setCurrentLanguage("en"));
  beforeEach(forgetBenchmarkPeers);

  it("gives the new potential when a cell of the same range has changed", () => {
    const peers = copyOf(PEERS);
    expect(benchmarkPotential(58000, peers, 1200, null)).toEqual([[6_300_000]]);
    peers[0][5] = 40000; // The same array, edited: 53,500 becomes 40,000, the median 50,750.
    expect(benchmarkPotential(58000, peers, 1200, null)).toEqual([[(58000 - 50750) * 1200]]);
  });

  it("reads a copy holding the same values as the range it remembers", () => {
    const first = readBenchmarkPeers(peersArgument(copyOf(PEERS)));
    expect(readBenchmarkPeers(peersArgument(copyOf(PEERS)))).toBe(first);
    expect(readBenchmarkPeers(peersArgument([[...PEERS[0], 0]]))).not.toBe(first);
  });

  it("tells a blank, 0, '-' and an empty text apart, though all are left out", () => {
    const ranges = [null, 0, "-", ""].map((blank) => [[...PEERS[0], blank]]);
    const peers = ranges.map((range) => readBenchmarkPeers(peersArgument(range)));
    expect(new Set(peers).size).toBe(4);
    expect(new Set(peers.map((each) => JSON.stringify(each))).size).toBe(1);
  });

  it("gives the potentials the engine gives alone, for rows that share a few peer ranges", () => {
    const cost = fc.integer({ min: 1, max: 100_000 });
    const blanks = fc.array(fc.constantFrom<unknown>(null, 0, "-"), { maxLength: 3 });
    // At least three peers, with blanks among them: no row is an error.
    const range = fc
      .tuple(fc.array(cost, { minLength: 3, maxLength: 8 }), blanks)
      .map(([costs, left]) =>
        costs.flatMap((value, index) => (index < left.length ? [left[index], value] : [value])),
      );
    const row = fc.record({
      peers: fc.integer({ min: 0, max: 5 }),
      own: cost,
      volume: fc.integer({ min: 0, max: 5000 }),
      quantile: fc.constantFrom(null, 0, 0.25, 0.5, 0.9, 1),
    });
    const pool = fc.array(range, { minLength: 6, maxLength: 6 });
    fc.assert(
      fc.property(pool, fc.array(row, { maxLength: 30 }), (ranges, rows) => {
        for (const { peers, own, volume, quantile } of rows) {
          const cells = ranges[peers];
          const costs = cells.map((value) => (typeof value === "number" ? value : null));
          const alone = calculateBenchmarkPotential(own, costs, volume, quantile ?? 0.5);
          expect(benchmarkPotential(own, [[...cells]], volume, quantile)).toEqual([[alone]]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("names a negative peer's cell after the same range was read without it", () => {
    benchmarkPotential(58000, copyOf(PEERS), 1200, null, ADDRESSES);
    const peers = copyOf(PEERS);
    peers[0][2] = -61000;
    expect(excelErrorOf(() => benchmarkPotential(58000, peers, 1200, null, ADDRESSES)).message).toBe(
      "Argument peerUnitCosts, cell FLIS!F2: expected a unit cost of 0 or more, but found a negative number.",
    );
  });

  it("names a peer typed as text after the same range was read with a number there", () => {
    const peers = copyOf(PEERS);
    benchmarkPotential(58000, peers, 1200, null, ADDRESSES);
    peers[0][4] = "47.000";
    expect(excelErrorOf(() => benchmarkPotential(58000, peers, 1200, null, ADDRESSES)).message).toContain(
      'Argument peerUnitCosts, cell FLIS!H2: expected a number but found the text "47.000"',
    );
  });

  it("still reports a negative own unit cost, and a bad quantile, against remembered peers", () => {
    benchmarkPotential(58000, copyOf(PEERS), 1200, null);
    expect(excelErrorOf(() => benchmarkPotential(-58000, copyOf(PEERS), 1200, null)).message).toContain(
      "Argument ownUnitCost: expected a unit cost of 0 or more",
    );
    expect(excelErrorOf(() => benchmarkPotential(58000, copyOf(PEERS), 1200, 50)).message).toContain(
      "Argument quantile",
    );
  });

  it("reads an empty first row as an empty range, whatever follows it", () => {
    benchmarkPotential(58000, copyOf(PEERS), 1200, null);
    expect(excelErrorOf(() => benchmarkPotential(58000, [[], ...PEERS], 1200, null)).message).toContain(
      "the range is empty",
    );
  });

  it("reads every range afresh once more ranges than it remembers have come between", () => {
    const first = readBenchmarkPeers(peersArgument(copyOf(PEERS)));
    for (let other = 1; other <= 4; other++) readBenchmarkPeers(peersArgument([[...PEERS[0], other]]));
    const again = readBenchmarkPeers(peersArgument(copyOf(PEERS)));
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it("does not keep a range too large to copy", () => {
    const many = [Array.from({ length: 10_001 }, (_, index) => 1000 + index)];
    expect(readBenchmarkPeers(peersArgument(many))).not.toBe(readBenchmarkPeers(peersArgument(many)));
  });
});
