/**
 * BAR's precision rule: a cell's number means the decimal Excel shows for it (the shortest
 * decimal that reads back as the same double), every step is computed exactly with those
 * decimals, and a result is rounded once, to the nearest double, at the end.
 *
 * Two ways to compute exactly: integers scaled by a power of ten, held in doubles while they
 * stay below 2^53 (fast, and enough for amounts with a few decimals), and fractions over
 * BigInt (any input, slower). The scaled path is only taken when it is provably exact.
 */

/** An exact fraction `n / d` over BigInt; `d` is positive. Not necessarily in lowest terms. */
export type Rational = { readonly n: bigint; readonly d: bigint };

/** The most decimals the scaled-integer paths try before falling back to fractions. */
export const MAX_FAST_DECIMALS = 8;

/** 10^k as doubles, exact for k ≤ 22. */
export const POWERS_OF_TEN: readonly number[] = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** Integers below this in magnitude are exact in a double (2^53). */
export const EXACT_INTEGER_LIMIT = 2 ** 53;

const BIG_POWERS_OF_TEN: bigint[] = [];
/** 10^k as a BigInt. */
export function bigPowerOfTen(k: number): bigint {
  for (let next = BIG_POWERS_OF_TEN.length; next <= k; next++) {
    BIG_POWERS_OF_TEN.push(next === 0 ? 1n : BIG_POWERS_OF_TEN[next - 1] * 10n);
  }
  return BIG_POWERS_OF_TEN[k];
}

/**
 * The number of decimals of the shortest decimal of `value`, when it has at most
 * MAX_FAST_DECIMALS and `value` × 10^decimals is an integer exact in a double; otherwise −1.
 * With |value| × 10^k below 2^52 at most one k-decimal number reads back as `value`, so
 * the integer found is that shortest decimal scaled.
 */
export function decimalsOf(value: number): number {
  for (let k = 0; k <= MAX_FAST_DECIMALS; k++) {
    const scale = POWERS_OF_TEN[k];
    const units = Math.round(value * scale);
    if (units / scale === value) return Math.abs(units) < EXACT_INTEGER_LIMIT / 2 ? k : -1;
  }
  return -1;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/** The shortest decimal of a finite double (what Excel shows), as an exact fraction. */
export function rationalOf(value: number): Rational {
  const k = decimalsOf(value);
  if (k >= 0) return { n: BigInt(Math.round(value * POWERS_OF_TEN[k])), d: bigPowerOfTen(k) };
  // JavaScript's String(number) is the shortest decimal that reads back as the same double.
  const match = DECIMAL.exec(String(value));
  if (!match) throw new RangeError(`not a finite number: ${value}`);
  const [, minus, integer, fraction = "", exponent = "0"] = match;
  const digits = BigInt(minus + integer + fraction);
  const power = Number(exponent) - fraction.length;
  return power >= 0 ? { n: digits * bigPowerOfTen(power), d: 1n } : { n: digits, d: bigPowerOfTen(-power) };
}

/** A whole number as a fraction. */
export function rationalOfInteger(value: bigint | number): Rational {
  return { n: BigInt(value), d: 1n };
}

/** Zero as a fraction. */
export const RATIONAL_ZERO: Rational = { n: 0n, d: 1n };

/** The numerators of x and y over one common denominator (the larger when one divides the other). */
function overCommon(x: Rational, y: Rational): [bigint, bigint, bigint] {
  if (x.d === y.d) return [x.n, y.n, x.d];
  if (x.d > y.d && x.d % y.d === 0n) return [x.n, y.n * (x.d / y.d), x.d];
  if (y.d > x.d && y.d % x.d === 0n) return [x.n * (y.d / x.d), y.n, y.d];
  return [x.n * y.d, y.n * x.d, x.d * y.d];
}

/** x + y. */
export function add(x: Rational, y: Rational): Rational {
  const [left, right, d] = overCommon(x, y);
  return { n: left + right, d };
}

/** x − y. */
export function subtract(x: Rational, y: Rational): Rational {
  const [left, right, d] = overCommon(x, y);
  return { n: left - right, d };
}

/** x × y. */
export function multiply(x: Rational, y: Rational): Rational {
  return { n: x.n * y.n, d: x.d * y.d };
}

/** x ÷ y; y must not be 0. */
export function divide(x: Rational, y: Rational): Rational {
  if (y.n === 0n) throw new RangeError("division by zero");
  return y.n < 0n ? { n: -x.n * y.d, d: x.d * -y.n } : { n: x.n * y.d, d: x.d * y.n };
}

/** −x. */
export function negate(x: Rational): Rational {
  return { n: -x.n, d: x.d };
}

/** −1, 0 or 1 as x is below, at or above y. */
export function compare(x: Rational, y: Rational): -1 | 0 | 1 {
  const [left, right] = overCommon(x, y);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** −1, 0 or 1: the sign of x. */
export function signOf(x: Rational): -1 | 0 | 1 {
  return x.n < 0n ? -1 : x.n > 0n ? 1 : 0;
}

/** |x|. */
export function absolute(x: Rational): Rational {
  return x.n < 0n ? { n: -x.n, d: x.d } : x;
}

/** The larger of x and y. */
export function maximum(x: Rational, y: Rational): Rational {
  return compare(x, y) >= 0 ? x : y;
}

function bitLength(value: bigint): number {
  return value === 0n ? 0 : value.toString(2).length;
}

/**
 * The double nearest to x (ties to even), as IEEE 754 rounds: the one rounding of the rule.
 * Beyond the largest double it is ±Infinity, which callers reject as too large.
 */
export function toNumber(x: Rational): number {
  if (x.n === 0n) return 0;
  const negative = x.n < 0n;
  const numerator = negative ? -x.n : x.n;
  const { d } = x;
  // Choose a power of two so that the quotient has 53 bits (fewer for subnormal results).
  let shift = bitLength(numerator) - bitLength(d) - 53;
  let quotient = 0n;
  let remainder = 0n;
  let divisor = d;
  for (;;) {
    shift = Math.max(shift, -1074);
    const dividend = shift < 0 ? numerator << BigInt(-shift) : numerator;
    divisor = shift > 0 ? d << BigInt(shift) : d;
    quotient = dividend / divisor;
    remainder = dividend % divisor;
    if (quotient >= 1n << 53n) shift++;
    else if (quotient < 1n << 52n && shift > -1074) shift--;
    else break;
  }
  const twice = remainder * 2n;
  if (twice > divisor || (twice === divisor && (quotient & 1n) === 1n)) quotient++;
  const magnitude = Number(quotient) * 2 ** shift;
  return negative ? -magnitude : magnitude;
}

/**
 * The exact per-column totals of a row-by-row buffer of `width` columns, as fractions.
 * Whole amounts (the usual case) are summed as they are: exact while the sum of their
 * magnitudes stays below 2^53. Amounts with a few decimals are summed as integers scaled
 * by the fewest powers of ten that hold them all, under the same bound. Anything else is
 * summed as fractions. Cells must be finite (checkAmount).
 */
export function sumColumns(cells: ArrayLike<number>, width: number): Rational[] {
  if (width <= 0) return [];
  const whole = sumWholeColumns(cells, width);
  if (whole) return Array.from(whole, (total) => ({ n: BigInt(total), d: 1n }));
  return sumScaledColumns(cells, width) ?? sumColumnsAsFractions(cells, width);
}

/**
 * Column totals when every cell is a whole number and each column's magnitudes sum below
 * 2^53, so that every partial sum was exact; otherwise undefined. Four rows at a time,
 * with the check folded into two running sums, keep this close to a plain loop over the cells.
 */
function sumWholeColumns(cells: ArrayLike<number>, width: number): Float64Array | undefined {
  const totals = new Float64Array(width);
  let magnitude = 0;
  let fractions = 0;
  const step = 4 * width;
  const length = cells.length;
  let start = 0;
  for (; start + step <= length; start += step) {
    for (let column = 0; column < width; column++) {
      const a = cells[start + column];
      const b = cells[start + width + column];
      const c = cells[start + 2 * width + column];
      const d = cells[start + 3 * width + column];
      // x − trunc(x) is 0 exactly for whole numbers, NaN for ±Infinity and NaN; scaled up
      // by 1e300 so that the square of the smallest fraction (5e-324) does not underflow to
      // 0 (a literal: a module constant costs a load per cell here).
      const fa = (a - Math.trunc(a)) * 1e300;
      const fb = (b - Math.trunc(b)) * 1e300;
      const fc = (c - Math.trunc(c)) * 1e300;
      const fd = (d - Math.trunc(d)) * 1e300;
      fractions += fa * fa + fb * fb + (fc * fc + fd * fd);
      totals[column] += a + b + (c + d);
      magnitude += Math.abs(a) + Math.abs(b) + (Math.abs(c) + Math.abs(d));
    }
  }
  for (; start < length; start += width) {
    for (let column = 0; column < width; column++) {
      const a = cells[start + column];
      const fa = (a - Math.trunc(a)) * 1e300;
      fractions += fa * fa;
      totals[column] += a;
      magnitude += Math.abs(a);
    }
  }
  // The sum of all magnitudes bounds every partial sum of every column.
  return fractions === 0 && magnitude < EXACT_INTEGER_LIMIT ? totals : undefined;
}

/** Column totals as integers scaled by a common power of ten, when exact (see sumColumns); otherwise undefined. */
function sumScaledColumns(cells: ArrayLike<number>, width: number): Rational[] | undefined {
  const totals = new Float64Array(width);
  let magnitude = 0;
  let decimals = 0;
  let scale = 1;
  for (let index = 0, column = 0; index < cells.length; index++) {
    const value = cells[index];
    let units = Math.round(value * scale);
    if (units / scale !== value) {
      const needed = decimalsOf(value);
      if (needed < decimals) return undefined;
      const factor = POWERS_OF_TEN[needed - decimals];
      for (let each = 0; each < width; each++) totals[each] *= factor;
      magnitude *= factor;
      decimals = needed;
      scale = POWERS_OF_TEN[decimals];
      units = Math.round(value * scale);
    }
    totals[column] += units;
    magnitude += Math.abs(units);
    if (++column === width) column = 0;
  }
  if (!(magnitude < EXACT_INTEGER_LIMIT)) return undefined;
  const denominator = bigPowerOfTen(decimals);
  return Array.from(totals, (total) => ({ n: BigInt(total), d: denominator }));
}

function sumColumnsAsFractions(cells: ArrayLike<number>, width: number): Rational[] {
  const totals = Array.from({ length: width }, () => RATIONAL_ZERO);
  for (let index = 0; index < cells.length; index++) {
    const column = index % width;
    totals[column] = add(totals[column], rationalOf(cells[index]));
  }
  return totals;
}

/** The exact sum of `values`, rounded once. */
export function sumExactly(values: ArrayLike<number>): number {
  return toNumber(sumColumns(values, 1)[0] ?? RATIONAL_ZERO);
}
