import fc from "fast-check";
import { type CellAmount, sumLinesPerYear, sumRowsPerYear } from "../../src/engine/carryForward";
import { type Rational, toNumber } from "../../src/engine/exactDecimal";
import { amountIn, smallDecimal } from "../support/exactArbitraries";
import { Fraction, sumOf } from "../support/fraction";

/** A blank is 0 and anything else that is not a number is refused, naming the cell, as BAR.CARRYFORWARD reads cells. */
const readCell: CellAmount = (value, line, year) => {
  if (value === null) return 0;
  if (typeof value === "number") return value;
  throw new Error(`line ${line}, year ${year}`);
};

const asFraction = ({ n, d }: Rational) => new Fraction(n, d);
/** A fraction in lowest terms as text, so that equal values compare equal. */
const toText = ({ n, d }: Fraction) => `${n}/${d}`;

/** The exact totals per year, from the reference fractions. */
function referenceTotals(lines: readonly (readonly (number | null)[])[], years: number): Fraction[] {
  return Array.from({ length: years }, (_, year) => sumOf(lines.map((line) => line[year] ?? 0)));
}

const wholeCell = fc.integer({ min: -2000, max: 2000 });
const cell = fc.oneof(
  { weight: 6, arbitrary: wholeCell },
  { weight: 2, arbitrary: amountIn("kr") },
  { weight: 1, arbitrary: smallDecimal },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom(1e15, -999_999_999_999_999, 2 ** 49 + 1) },
);

/** Lines of whole amounts (the usual case, added as they are) or of any cells. */
const block = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.constantFrom<fc.Arbitrary<number | null>>(wholeCell, cell))
  .chain(([years, cells]) =>
    fc.array(fc.array(cells, { minLength: years, maxLength: years }), { minLength: 0, maxLength: 14 }),
  );

describe("sumRowsPerYear", () => {
  it("gives the exact totals of whole, decimal, blank and huge cells, as the reference does", () => {
    fc.assert(
      fc.property(block, (lines) => {
        const years = lines[0]?.length ?? 3;
        const totals = sumRowsPerYear(lines, years, readCell).map(asFraction);
        expect(totals.map(toText)).toEqual(referenceTotals(lines, years).map(toText));
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same totals as sumLinesPerYear over the same cells in one buffer", () => {
    fc.assert(
      fc.property(block, (lines) => {
        const years = lines[0]?.length ?? 3;
        const buffer = lines.flat().map((value) => value ?? 0);
        expect(sumRowsPerYear(lines, years, readCell).map(toNumber)).toEqual(
          sumLinesPerYear(buffer, years).map(toNumber),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("adds whole amounts whose sum no double holds exactly", () => {
    // 10 × 999,999,999,999,999 + 1 = 9,999,999,999,999,991: beyond 2^53, so not a double.
    const lines = [...Array.from({ length: 10 }, () => [999_999_999_999_999]), [1]];
    expect(sumRowsPerYear(lines, 1, readCell)).toEqual([{ n: 9_999_999_999_999_991n, d: 1n }]);
  });

  it("reports the first cell in error line by line, not the first found in a group of lines", () => {
    const lines = [
      [1, 2, 3, "x"],
      ["y", 2, 3, 4],
      [1, 2, 3, 4],
      [1, 2, 3, 4],
    ];
    expect(() => sumRowsPerYear(lines, 4, readCell)).toThrow("line 0, year 3");
  });

  it("reads a cell after a blank, and refuses it, when blanks sent it the slow way", () => {
    const lines = [
      [null, 2],
      [3, 4],
      [5, 6],
      [7, 8],
      [9, "ten"],
    ];
    expect(() => sumRowsPerYear(lines, 2, readCell)).toThrow("line 4, year 1");
  });
});
