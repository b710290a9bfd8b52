import {
  EXACT_INTEGER_LIMIT,
  POWERS_OF_TEN,
  Rational,
  absolute,
  decimalsOf,
  compare,
  divide,
  rationalOf,
  signOf,
  subtract,
  sumColumns,
  toNumber,
} from "./exactDecimal";
import { InputError, checkAmount, checkAmountAt, checkResult } from "./inputError";
import { NOT_ESTIMATED } from "./parseAmount";

/** Months in a budget year, and so the length of a spending profile. */
export const MONTHS = 12;

/** How far a profile's shares may sum from 1 (±0.5 %), to allow for shares rounded for display. */
export const PROFILE_TOLERANCE = 0.005;

const ONE: Rational = { n: 1n, d: 1n };
const TOLERANCE: Rational = { n: 5n, d: 1000n };

/** Expected full-year spending per line, and its deviation from the budget (positive = overspending). */
export type YearEndForecast = {
  /** A line whose spending is not estimated has the #N/A error saying so. */
  forecast: (number | InputError)[];
  /** Without a budget, each line's deviation is the #N/A error saying so. */
  deviation: (number | InputError)[];
};

/** The results BAR.YEARENDFORECAST can return, by its `part` choice ("both" first, the default). */
export const FORECAST_PARTS = {
  both: ["forecast", "deviation"],
  forecast: ["forecast"],
  deviation: ["deviation"],
} as const;

/**
 * The share of the year's spending expected in the first `monthsElapsed` months: months/12
 * without a profile, else the profile's shares to date relative to their sum (so a year
 * that is over forecasts exactly what was spent). A profile must have 12 shares, none
 * negative, summing to 1 ± 0.5 % exactly in the decimals the cells show (0.995 is in);
 * anything else is an error, never silently rescaled. Exact; see calculateShareToDate.
 */
export function exactShareToDate(monthsElapsed: number, profile?: ArrayLike<number>): Rational {
  const location = { argument: "monthsElapsed" };
  const months = checkAmount(monthsElapsed, location);
  if (!Number.isInteger(months) || months < 1 || months > MONTHS) {
    throw new InputError("invalidValue", location, {
      code: "notInRange",
      min: 1,
      max: MONTHS,
      wholeNumber: true,
    });
  }
  if (profile === undefined) return { n: BigInt(months), d: BigInt(MONTHS) };
  if (profile.length !== MONTHS) {
    throw new InputError(
      "invalidValue",
      { argument: "profile" },
      { code: "wrongCount", expected: MONTHS, found: profile.length },
    );
  }
  const shares: number[] = [];
  for (let month = 0; month < MONTHS; month++) {
    const share = checkAmountAt(profile[month], "profile", month + 1);
    if (share < 0)
      throw new InputError("invalidValue", { argument: "profile", column: month + 1 }, { code: "negative" });
    shares.push(share);
  }
  const total = sumColumns(shares, 1)[0];
  const toDate = sumColumns(shares.slice(0, months), 1)[0];
  if (compare(absolute(subtract(total, ONE)), TOLERANCE) > 0) {
    throw new InputError(
      "invalidValue",
      { argument: "profile" },
      { code: "profileSum", sum: toNumber(total), tolerance: PROFILE_TOLERANCE },
    );
  }
  if (signOf(toDate) === 0)
    throw new InputError("invalidValue", { argument: "profile" }, { code: "nothingElapsed", months });
  return divide(toDate, total);
}

/** exactShareToDate rounded once. */
export function calculateShareToDate(monthsElapsed: number, profile?: ArrayLike<number>): number {
  return toNumber(exactShareToDate(monthsElapsed, profile));
}

/** A value the forecast cannot use: a blank budget (`null`) or "-", not estimated yet. */
export type UnknownAmount = null | typeof NOT_ESTIMATED;

/**
 * Forecasts each line's full-year spending as spent to date ÷ the share expected by now,
 * and the deviation forecast − budget (positive = expected overspending), exactly in the
 * decimals the cells show and rounded once: spending exactly on budget deviates by 0.
 * Spending not estimated ("-") gives that line #N/A in both; a blank or "-" budget gives
 * that line's deviation #N/A (unknown is not zero).
 */
export function calculateYearEndForecast(
  spentToDate: ArrayLike<number | UnknownAmount>,
  monthsElapsed: number,
  budget?: ArrayLike<number | UnknownAmount>,
  profile?: ArrayLike<number>,
): YearEndForecast {
  const lines = spentToDate.length;
  if (lines === 0) throw new InputError("invalidValue", { argument: "spentToDate" }, { code: "emptyRange" });
  if (budget !== undefined && budget.length !== lines) {
    throw new InputError(
      "invalidValue",
      { argument: "budget" },
      { code: "wrongCount", expected: lines, found: budget.length, other: "spentToDate" },
    );
  }
  const share = exactShareToDate(monthsElapsed, profile);
  const shareUnits = toSafeIntegers(share);
  const forecast = new Array<number | InputError>(lines);
  const deviation = new Array<number | InputError>(lines);
  const noBudget = new InputError("notAvailable", { argument: "budget" }, { code: "missing" });
  for (let line = 0; line < lines; line++) {
    const spent = spentToDate[line];
    const at = (argument: string) => ({ argument, column: line + 1 });
    if (spent === null || spent === NOT_ESTIMATED) {
      const unknown = new InputError("notAvailable", at("spentToDate"), {
        code: spent === null ? "blank" : "notEstimated",
      });
      forecast[line] = deviation[line] = unknown;
      continue;
    }
    checkAmountAt(spent, "spentToDate", line + 1);
    const planned = budget?.[line];
    const known =
      planned === null || planned === NOT_ESTIMATED || planned === undefined ? undefined : planned;
    if (known !== undefined) checkAmountAt(known, "budget", line + 1);
    const fast = scaledForecast(spent, known, shareUnits);
    const expected = fast ? undefined : divide(rationalOf(spent), share);
    forecast[line] =
      checkResult(fast ? fast.forecast : toNumber(expected as Rational), at("spentToDate")) + 0;
    if (budget === undefined) deviation[line] = noBudget;
    else if (known === undefined) {
      deviation[line] = new InputError("notAvailable", at("budget"), {
        code: planned === NOT_ESTIMATED ? "notEstimated" : "blank",
      });
    } else {
      const difference =
        fast?.deviation ??
        toNumber(subtract(expected ?? divide(rationalOf(spent), share), rationalOf(known)));
      deviation[line] = checkResult(difference, at("spentToDate")) + 0;
    }
  }
  return { forecast, deviation };
}

/** A share's numerator and denominator as doubles, when both are integers below 2^53 (in lowest terms). */
function toSafeIntegers(share: Rational): [number, number] | undefined {
  let [a, b] = [share.n, share.d];
  while (b !== 0n) [a, b] = [b, a % b];
  const [n, d] = [share.n / a, share.d / a];
  const limit = BigInt(EXACT_INTEGER_LIMIT);
  return n < limit && d < limit ? [Number(n), Number(d)] : undefined;
}

/**
 * The forecast spent ÷ (n/d) = spent·d / n and the deviation forecast − budget, for amounts
 * of few decimals, as integers scaled by 10^k: each one division of integers below 2^53
 * (so rounded once). Undefined when that does not hold; the caller then uses fractions.
 */
function scaledForecast(
  spent: number,
  budget: number | undefined,
  share: [number, number] | undefined,
): { forecast: number; deviation?: number } | undefined {
  if (share === undefined) return undefined;
  const [n, d] = share;
  const spentDecimals = decimalsOf(spent);
  const budgetDecimals = budget === undefined ? 0 : decimalsOf(budget);
  if (spentDecimals < 0 || budgetDecimals < 0) return undefined;
  const decimals = Math.max(spentDecimals, budgetDecimals);
  const scale = POWERS_OF_TEN[decimals];
  const spentUnits = Math.round(spent * scale) * d;
  const denominator = n * scale;
  // Products of integers only grow, so below 2^53 at the end every step was exact.
  if (!(Math.abs(spentUnits) < EXACT_INTEGER_LIMIT && denominator < EXACT_INTEGER_LIMIT)) return undefined;
  const forecast = spentUnits / denominator;
  if (budget === undefined) return { forecast };
  const budgetUnits = Math.round(budget * scale) * n;
  const difference = spentUnits - budgetUnits;
  if (!(Math.abs(budgetUnits) < EXACT_INTEGER_LIMIT && Math.abs(difference) < EXACT_INTEGER_LIMIT)) {
    return { forecast };
  }
  return { forecast, deviation: difference / denominator };
}
