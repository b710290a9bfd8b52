import {
  Rational,
  RATIONAL_ZERO,
  add,
  maximum,
  multiply,
  rationalOf,
  rationalOfInteger,
  signOf,
  subtract,
  sumColumns,
  toNumber,
} from "./exactDecimal";
import { InputError, checkAmount, checkResult } from "./inputError";

/** What happens to a year's surplus (more found than the effective target). */
export type SurplusRule = "release" | "bank" | "none";

/** The surplus rules, `release` first because it is the default (seed 002). */
export const SURPLUS_RULES: readonly SurplusRule[] = ["release", "bank", "none"];

/**
 * The year-by-year course of a reduction target, in the sign convention of the targets.
 * For every year: effectiveTarget − achieved = outstanding.
 */
export type CarryForward = {
  /** The year's target plus what earlier years carried onto it. */
  effectiveTarget: number[];
  /** The sum of all initiatives' effects in the year. */
  achieved: number[];
  /** Still to find (same sign as the targets) or, with the opposite sign, a surplus. */
  outstanding: number[];
  /** What this year moves onto the next year's target. */
  carried: number[];
};

/**
 * Applies the carry-forward rule of seed 002: a year's shortfall is added to the next
 * year's target. `release` drops a surplus (it goes to the general economy), `bank` lets
 * a surplus lower the next target, `none` carries nothing (the seed table's net row).
 * Reductions may be written as negatives or positives; the targets decide which, and with
 * all targets 0 the total effect does (see directionOfTotal). Computed exactly with the
 * decimals the cells show; each result is rounded once, so a target met exactly is 0.
 * `direction` (−1: reductions negative) overrides the total's say when all targets are 0, so
 * that the cases of one workbook (scenarioCases.ts) all read reductions the same way.
 */
export function calculateCarryForward(
  targets: ArrayLike<number>,
  achievedPerYear: ArrayLike<number> | readonly Rational[],
  rule: SurplusRule = "release",
  direction?: 1 | -1,
): CarryForward {
  const years = targets.length;
  if (years === 0) throw new InputError("invalidValue", { argument: "targets" }, { code: "emptyRange" });
  if (achievedPerYear.length !== years) {
    throw new InputError(
      "invalidValue",
      { argument: "achieved" },
      { code: "lengthMismatch", expected: years, found: achievedPerYear.length, other: "targets" },
    );
  }
  const found = Array.from({ length: years }, (_, year) => {
    const value = achievedPerYear[year];
    if (typeof value !== "number") return value;
    return rationalOf(checkAmount(value, { argument: "achieved", column: year + 1 }));
  });
  const wanted = Array.from({ length: years }, (_, year) =>
    rationalOf(checkAmount(targets[year], { argument: "targets", column: year + 1 })),
  );
  const sign = rationalOfInteger(directionOf(targets) || direction || directionOfTotal(found));
  const result: CarryForward = {
    effectiveTarget: new Array<number>(years),
    achieved: new Array<number>(years),
    outstanding: new Array<number>(years),
    carried: new Array<number>(years),
  };
  // Work in "positive = reduction" units; `sign` converts back to the targets' convention.
  let carry = RATIONAL_ZERO;
  for (let year = 0; year < years; year++) {
    const reduction = multiply(sign, found[year]);
    const effective = add(multiply(sign, wanted[year]), carry);
    const shortfall = subtract(effective, reduction);
    carry = rule === "none" ? RATIONAL_ZERO : rule === "bank" ? shortfall : maximum(RATIONAL_ZERO, shortfall);
    result.effectiveTarget[year] = toAmount(multiply(sign, effective), "targets");
    result.achieved[year] = toAmount(multiply(sign, reduction), "achieved");
    result.outstanding[year] = toAmount(multiply(sign, shortfall), "targets");
    result.carried[year] = toAmount(multiply(sign, carry), "targets");
  }
  return result;
}

/** An exact result rounded once, within the amount limit (blaming `argument`); never −0. */
function toAmount(value: Rational, argument: string): number {
  // `+ 0` turns −0 into 0, which Excel and tests see as the same. No cell is at fault for a
  // sum too large, so the argument is named without one.
  return checkResult(toNumber(value), { argument }) + 0;
}

/**
 * +1 when reductions are written as positive numbers, −1 when negative (the seed's way),
 * 0 when every target is zero and so says nothing.
 */
export function directionOf(targets: ArrayLike<number>): 1 | -1 | 0 {
  let sign: 0 | 1 | -1 = 0;
  for (let year = 0; year < targets.length; year++) {
    const value = targets[year];
    if (value === 0 || Number.isNaN(value)) continue;
    const valueSign = value > 0 ? 1 : -1;
    if (sign !== 0 && valueSign !== sign) {
      throw new InputError("invalidValue", { argument: "targets", column: year + 1 }, { code: "mixedSigns" });
    }
    sign = valueSign;
  }
  return sign;
}

/**
 * With all-zero targets, the exact total of what was found says how reductions are written
 * (negative total: negative reductions), so a seed-style −977 against a zero target is not
 * a cost to be carried forward, nor a positive 100 one. A total of 0 carries nothing either way.
 */
export function directionOfTotal(achievedPerYear: readonly Rational[]): 1 | -1 {
  return signOf(achievedPerYear.reduce(add, RATIONAL_ZERO)) < 0 ? -1 : 1;
}

/**
 * The exact sums of initiative lines per year. `cells` holds `lines` rows of `years`
 * amounts, row by row, so a 100,000 × 10 table is one contiguous buffer read once; amounts
 * with few decimals are summed as scaled integers (see sumColumns).
 */
export function sumLinesPerYear(cells: ArrayLike<number>, years: number): Rational[] {
  return sumColumns(cells, years);
}

/** How a caller reads a cell that is not a small whole number: its amount (finite), or a thrown error. */
export type CellAmount = (value: unknown, line: number, year: number) => number;

/**
 * sumLinesPerYear for lines held as one array each, as Excel hands a range, read in the
 * same pass. Whole numbers so small that no sum of the cells can reach 2^52 are added as
 * they are; any other cell is read by `amountOf`, line by line, so that the first cell in
 * error is the one reported. When an amount is not such a whole number, the amounts are
 * copied into one buffer for sumLinesPerYear: exact either way.
 */
export function sumRowsPerYear(
  lines: ReadonlyArray<ArrayLike<unknown>>,
  years: number,
  amountOf: CellAmount,
): Rational[] {
  // cells · bound ≤ 2^52, so every partial sum of whole numbers within the bound is exact.
  const bound = Math.floor(2 ** 52 / Math.max(1, lines.length * years));
  const totals = sumSmallWholeRows(lines, years, bound) ?? sumRowsByCell(lines, years, bound, amountOf);
  if (totals) return Array.from(totals, (total) => ({ n: BigInt(total), d: 1n }));
  return sumLinesPerYear(toBuffer(lines, years, bound, amountOf), years);
}

function isSmallWhole(value: unknown, bound: number): value is number {
  return typeof value === "number" && value <= bound && value >= -bound && Math.trunc(value) === value;
}

/** The totals when every cell is a small whole number (see sumRowsPerYear); otherwise undefined. */
function sumSmallWholeRows(
  lines: ReadonlyArray<ArrayLike<unknown>>,
  years: number,
  bound: number,
): Float64Array | undefined {
  const totals = new Float64Array(years);
  let line = 0;
  // Four lines at a time, as sumColumns does: a quarter of the loads and stores of the totals.
  for (; line + 4 <= lines.length; line += 4) {
    const [a, b, c, d] = [lines[line], lines[line + 1], lines[line + 2], lines[line + 3]];
    for (let year = 0; year < years; year++) {
      const w = a[year];
      const x = b[year];
      const y = c[year];
      const z = d[year];
      if (!(
        isSmallWhole(w, bound) &&
        isSmallWhole(x, bound) &&
        isSmallWhole(y, bound) &&
        isSmallWhole(z, bound)
      ))
        return undefined;
      totals[year] += w + x + (y + z);
    }
  }
  for (; line < lines.length; line++) {
    const cells = lines[line];
    for (let year = 0; year < years; year++) {
      const value = cells[year];
      if (!isSmallWhole(value, bound)) return undefined;
      totals[year] += value;
    }
  }
  return totals;
}

/** The totals, cell by cell through `amountOf`, when every amount is a small whole number; otherwise undefined. */
function sumRowsByCell(
  lines: ReadonlyArray<ArrayLike<unknown>>,
  years: number,
  bound: number,
  amountOf: CellAmount,
): Float64Array | undefined {
  const totals = new Float64Array(years);
  for (let line = 0; line < lines.length; line++) {
    const cells = lines[line];
    for (let year = 0; year < years; year++) {
      const value = cells[year];
      const amount = isSmallWhole(value, bound) ? value : amountOf(value, line, year);
      if (!isSmallWhole(amount, bound)) return undefined;
      totals[year] += amount;
    }
  }
  return totals;
}

/** The amounts of `lines`, line by line, in one buffer (see sumRowsPerYear). */
function toBuffer(
  lines: ReadonlyArray<ArrayLike<unknown>>,
  years: number,
  bound: number,
  amountOf: CellAmount,
): Float64Array {
  const buffer = new Float64Array(lines.length * years);
  for (let line = 0, index = 0; line < lines.length; line++) {
    const cells = lines[line];
    for (let year = 0; year < years; year++, index++) {
      const value = cells[year];
      buffer[index] = isSmallWhole(value, bound) ? value : amountOf(value, line, year);
    }
  }
  return buffer;
}
