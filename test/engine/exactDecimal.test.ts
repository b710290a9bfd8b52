import fc from "fast-check";
import {
  Rational,
  compare,
  decimalsOf,
  divide,
  rationalOf,
  sumColumns,
  sumExactly,
  toNumber,
} from "../../src/engine/exactDecimal";
import { Fraction, sumOf } from "../support/fraction";
import { amountIn, exactlyOnTotal } from "../support/exactArbitraries";

const asFraction = (x: Rational) => new Fraction(x.n, x.d);

describe("rationalOf", () => {
  it("reads a cell's number as the decimal Excel shows: 0.1 is one tenth", () => {
    expect(asFraction(rationalOf(0.1)).cmp(new Fraction(1n, 10n))).toBe(0);
  });

  it("reads a computed 0.1 + 0.2 as the 0.30000000000000004 it shows", () => {
    expect(asFraction(rationalOf(0.1 + 0.2)).cmp(Fraction.parse("0.30000000000000004"))).toBe(0);
  });

  it("reads the shortest decimal of any finite double", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(asFraction(rationalOf(value)).cmp(Fraction.of(value))).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it("finds the fewest decimals of amounts with up to 8 decimals", () => {
    expect([decimalsOf(12), decimalsOf(-3572.45), decimalsOf(0.0831), decimalsOf(1e-9)]).toEqual([
      0, 2, 4, -1,
    ]);
  });
});

describe("toNumber", () => {
  it("rounds one third to the double nearest to it", () => {
    expect(toNumber({ n: 1n, d: 3n })).toBe(1 / 3);
  });

  it("rounds any fraction to the nearest double, ties to even", () => {
    const big = fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n });
    const positive = fc.bigInt({ min: 1n, max: 10n ** 40n });
    fc.assert(
      fc.property(big, positive, (n, d) => {
        expect(toNumber({ n, d })).toBe(new Fraction(n, d).toNumber());
      }),
      { numRuns: 2000 },
    );
  });

  it("rounds an exact tie between two doubles to the even one", () => {
    // 2^53 + 1 lies halfway between 2^53 and 2^53 + 2.
    expect(toNumber({ n: 2n ** 53n + 1n, d: 1n })).toBe(2 ** 53);
    expect(toNumber({ n: 2n ** 53n + 3n, d: 1n })).toBe(2 ** 53 + 4);
  });

  it("reaches the subnormal doubles and overflows to Infinity beyond the largest", () => {
    expect(toNumber({ n: 1n, d: 2n ** 1074n })).toBe(Number.MIN_VALUE);
    expect(toNumber({ n: 10n ** 400n, d: 1n })).toBe(Infinity);
  });
});

describe("sumColumns", () => {
  it("adds decimals exactly: 0.1 + 0.2 − 0.3 is 0", () => {
    expect(sumExactly([0.1, 0.2, -0.3])).toBe(0);
  });

  it("agrees with the exact reference on whole, 1–2-decimal and arbitrary amounts", () => {
    const cell = fc.oneof(
      amountIn("kr"),
      amountIn("thousands"),
      fc.double({ min: -1e15, max: 1e15, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.array(cell, { maxLength: 60 }), (width, values) => {
        const cells = values.slice(0, values.length - (values.length % width));
        const totals = sumColumns(cells, width);
        totals.forEach((total, column) => {
          const reference = sumOf(cells.filter((_, index) => index % width === column));
          expect(asFraction(total).cmp(reference)).toBe(0);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it("sums amounts built to total exactly a round number to exactly that number", () => {
    fc.assert(
      fc.property(exactlyOnTotal(70, "kr"), (values) => {
        expect(sumExactly(values)).toBe(70);
      }),
    );
  });

  it("takes the exact path when magnitudes pass 2^53", () => {
    const cells = [1e15, 1e15, 1e15, 1e15, 1e15, 1e15, 1e15, 1e15, 1e15, 1e15, 0.5];
    expect(
      compare(sumColumns(cells, 1)[0], divide({ n: 20_000_000_000_000_001n, d: 1n }, { n: 2n, d: 1n })),
    ).toBe(0);
  });
});
