import fc from "fast-check";
import { addExact, exactProduct, subtractToNumber } from "../../src/engine/exactSum";

const toBigInt = (x: { hi: number; lo: number }) => BigInt(x.hi) + BigInt(x.lo);

describe("exact sums for the liquidity averages", () => {
  it("keeps the whole product of a balance and a number of days", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(2 ** 50), max: 2 ** 50 }),
        fc.integer({ min: 0, max: 2 ** 22 }),
        (a, b) => {
          expect(toBigInt(exactProduct(a, b))).toBe(BigInt(a) * BigInt(b));
        },
      ),
    );
  });

  it("keeps the øre when two large running totals are subtracted", () => {
    const total = addExact(exactProduct(123456789.01, 36500), exactProduct(0.01, 1));
    const before = exactProduct(123456789.01, 36500);
    expect(subtractToNumber(total, before)).toBe(0.01);
  });
});
