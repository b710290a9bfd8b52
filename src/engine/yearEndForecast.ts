import { InputError, checkAmount, checkAmountAt } from "./inputError";

/** Months in a budget year, and so the length of a spending profile. */
export const MONTHS = 12;

/** How far a profile's shares may sum from 1 (±0.5 %), to allow for shares rounded for display. */
export const PROFILE_TOLERANCE = 0.005;

/** Expected full-year spending per line, and its deviation from the budget (positive = overspending). */
export type YearEndForecast = {
  forecast: number[];
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
 * negative, summing to 1 ± 0.5 %; anything else is an error, never silently rescaled.
 */
export function calculateShareToDate(monthsElapsed: number, profile?: ArrayLike<number>): number {
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
  if (profile === undefined) return months / MONTHS;
  if (profile.length !== MONTHS) {
    throw new InputError(
      "invalidValue",
      { argument: "profile" },
      { code: "wrongCount", expected: MONTHS, found: profile.length },
    );
  }
  let total = 0;
  let toDate = 0;
  for (let month = 0; month < MONTHS; month++) {
    const share = checkAmountAt(profile[month], "profile", month + 1);
    if (share < 0)
      throw new InputError("invalidValue", { argument: "profile", column: month + 1 }, { code: "negative" });
    total += share;
    if (month < months) toDate += share;
  }
  if (Math.abs(total - 1) > PROFILE_TOLERANCE) {
    throw new InputError(
      "invalidValue",
      { argument: "profile" },
      { code: "profileSum", sum: total, tolerance: PROFILE_TOLERANCE },
    );
  }
  if (toDate === 0)
    throw new InputError("invalidValue", { argument: "profile" }, { code: "nothingElapsed", months });
  return toDate / total;
}

/**
 * Forecasts each line's full-year spending as spent to date ÷ the share expected by now,
 * and the deviation forecast − budget (positive = expected overspending).
 */
export function calculateYearEndForecast(
  spentToDate: ArrayLike<number>,
  monthsElapsed: number,
  budget?: ArrayLike<number>,
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
  const share = calculateShareToDate(monthsElapsed, profile);
  const forecast = new Array<number>(lines);
  for (let line = 0; line < lines; line++) {
    const expected = checkAmountAt(spentToDate[line], "spentToDate", line + 1) / share;
    forecast[line] = checkAmountAt(expected, "spentToDate", line + 1) + 0;
  }
  if (budget === undefined) {
    const noBudget = new InputError("notAvailable", { argument: "budget" }, { code: "missing" });
    return { forecast, deviation: forecast.map(() => noBudget) };
  }
  const deviation = forecast.map(
    (expected, line) => expected - checkAmountAt(budget[line], "budget", line + 1) + 0,
  );
  return { forecast, deviation };
}
