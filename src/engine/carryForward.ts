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
 */
export function calculateCarryForward(
  targets: ArrayLike<number>,
  achievedPerYear: ArrayLike<number> | readonly Rational[],
  rule: SurplusRule = "release",
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
  const sign = rationalOfInteger(directionOf(targets) || directionOfTotal(found));
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
function directionOfTotal(achievedPerYear: readonly Rational[]): 1 | -1 {
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
