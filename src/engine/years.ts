/** The budget horizon: a budget year followed by estimate years (budgetår + overslagsår). */
export type Years = {
  budgetYear: number;
  /** How many estimate years follow the budget year; 3 by default (seed 001). */
  estimateYears: number;
};

/** The number of estimate years a Danish municipal budget carries. */
export const DEFAULT_ESTIMATE_YEARS = 3;

/** The earliest and latest budget year accepted; outside this a typo is far more likely than a budget. */
export const YEAR_LIMITS = { first: 1900, last: 2200 } as const;

/** The most estimate years accepted; one table column per year must stay readable. */
export const MAX_ESTIMATE_YEARS = 12;

/** What is wrong with a Years setting. */
export type YearsProblem =
  | { code: "budgetYearInvalid"; found: number; first: number; last: number }
  | { code: "estimateYearsInvalid"; found: number; max: number };

/** Budget year + the default three estimate years. */
export function defaultYears(budgetYear: number): Years {
  return { budgetYear, estimateYears: DEFAULT_ESTIMATE_YEARS };
}

/** The problems with a Years setting; empty when it can be used. */
export function checkYears(years: Years): YearsProblem[] {
  const problems: YearsProblem[] = [];
  const { budgetYear, estimateYears } = years;
  if (!Number.isInteger(budgetYear) || budgetYear < YEAR_LIMITS.first || budgetYear > YEAR_LIMITS.last) {
    problems.push({ code: "budgetYearInvalid", found: budgetYear, ...YEAR_LIMITS });
  }
  if (!Number.isInteger(estimateYears) || estimateYears < 0 || estimateYears > MAX_ESTIMATE_YEARS) {
    problems.push({ code: "estimateYearsInvalid", found: estimateYears, max: MAX_ESTIMATE_YEARS });
  }
  return problems;
}

/** The calendar years of the horizon, budget year first, e.g. [2025, 2026, 2027, 2028]. */
export function yearsOf(years: Years): number[] {
  return Array.from({ length: years.estimateYears + 1 }, (_, index) => years.budgetYear + index);
}
