/**
 * A number carried as the unevaluated sum `hi + lo` (about 32 significant digits), so that
 * running totals of many balances keep their øre when two large totals are subtracted.
 */
export type DoubleDouble = { hi: number; lo: number };

/** Zero as a double-double. */
export const ZERO: DoubleDouble = { hi: 0, lo: 0 };

// 2^27 + 1 splits a double into two halves whose products are exact (Dekker 1971).
const SPLITTER = 134217729;

/** `a + b` without rounding: the rounded sum and the rounding error (Knuth's TwoSum). */
function twoSum(a: number, b: number): DoubleDouble {
  const hi = a + b;
  const virtualB = hi - a;
  return { hi, lo: a - (hi - virtualB) + (b - virtualB) };
}

/** `a × b` without rounding: the rounded product and the rounding error (Dekker's TwoProduct). */
export function exactProduct(a: number, b: number): DoubleDouble {
  const hi = a * b;
  const aSplit = SPLITTER * a;
  const aHigh = aSplit - (aSplit - a);
  const aLow = a - aHigh;
  const bSplit = SPLITTER * b;
  const bHigh = bSplit - (bSplit - b);
  const bLow = b - bHigh;
  return { hi, lo: aHigh * bHigh - hi + aHigh * bLow + aLow * bHigh + aLow * bLow };
}

/** The sum of two double-doubles. */
export function addExact(x: DoubleDouble, y: DoubleDouble): DoubleDouble {
  const sum = twoSum(x.hi, y.hi);
  const lo = sum.lo + x.lo + y.lo;
  const hi = sum.hi + lo;
  return { hi, lo: lo - (hi - sum.hi) };
}

/** The difference `x − y`, rounded once to a double. */
export function subtractToNumber(x: DoubleDouble, y: DoubleDouble): number {
  const difference = addExact(x, { hi: -y.hi, lo: -y.lo });
  return difference.hi + difference.lo;
}
