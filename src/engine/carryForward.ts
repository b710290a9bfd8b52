import { InputError, checkAmount } from "./inputError";

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
 * Reductions may be written as negatives or positives; the targets decide which.
 */
export function calculateCarryForward(
  targets: ArrayLike<number>,
  achievedPerYear: ArrayLike<number>,
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
  const sign = directionOf(targets) || directionOfTotal(achievedPerYear);
  const result: CarryForward = {
    effectiveTarget: new Array<number>(years),
    achieved: new Array<number>(years),
    outstanding: new Array<number>(years),
    carried: new Array<number>(years),
  };
  // Work in "positive = reduction" units; `sign` converts back to the targets' convention.
  let carry = 0;
  for (let year = 0; year < years; year++) {
    const target = sign * checkAmount(targets[year], { argument: "targets", column: year + 1 });
    const found = sign * checkAmount(achievedPerYear[year], { argument: "achieved", column: year + 1 });
    const effective = target + carry;
    const shortfall = effective - found;
    carry = rule === "none" ? 0 : rule === "bank" ? shortfall : Math.max(0, shortfall);
    // `+ 0` turns the -0 that `sign * 0` gives into 0, which Excel and tests see as the same.
    result.effectiveTarget[year] = sign * effective + 0;
    result.achieved[year] = sign * found + 0;
    result.outstanding[year] = sign * shortfall + 0;
    result.carried[year] = sign * carry + 0;
  }
  return result;
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
 * With all-zero targets, what was found says how reductions are written: otherwise a
 * seed-style −977 against a zero target would count as a cost to be carried forward.
 */
function directionOfTotal(achievedPerYear: ArrayLike<number>): 1 | -1 {
  let total = 0;
  for (let year = 0; year < achievedPerYear.length; year++) total += achievedPerYear[year];
  return total < 0 ? -1 : 1;
}

/**
 * Sums initiative lines per year. `cells` holds `lines` rows of `years` amounts, row by
 * row, so a 100,000 × 10 table is one contiguous buffer read once.
 */
export function sumLinesPerYear(cells: ArrayLike<number>, years: number): Float64Array {
  const totals = new Float64Array(years);
  for (let start = 0; start < cells.length; start += years) {
    for (let year = 0; year < years; year++) totals[year] += cells[start + year];
  }
  return totals;
}
