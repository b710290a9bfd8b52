import {
  type CarryForward,
  type SurplusRule,
  calculateCarryForward,
  directionOf,
  directionOfTotal,
} from "./carryForward";
import { type Rational, RATIONAL_ZERO, add, multiply, rationalOf, subtract, toNumber } from "./exactDecimal";
import { InputError, checkAmount, checkResult } from "./inputError";
import { NOT_ESTIMATED } from "./parseAmount";
import type { Estimate } from "./parseRange";
import { type Strategy, type YearCheck, checkStrategy } from "./strategy";

import { CASES, endInCase, worseForReductions, type Case, type WorseDirection } from "./cases";

export { CASES, type Case, type WorseDirection } from "./cases";

const HALF: Rational = { n: 1n, d: 2n };

/** The exact value of a known estimate in `scenario`, when `worse` says which end is the worse one. */
export function valueInCase(
  estimate: { low: number; high: number },
  scenario: Case,
  worse: WorseDirection,
): Rational {
  if (scenario === "expected")
    return multiply(add(rationalOf(estimate.low), rationalOf(estimate.high)), HALF);
  return rationalOf(endInCase(estimate, scenario, worse));
}

/** An estimate as the number of `scenario`, rounded once; not estimated stays NOT_ESTIMATED. */
export function numberInCase(
  estimate: Estimate,
  scenario: Case,
  worse: WorseDirection,
): number | typeof NOT_ESTIMATED {
  if (estimate === NOT_ESTIMATED) return NOT_ESTIMATED;
  return toNumber(valueInCase(estimate, scenario, worse)) + 0;
}

/** The carry-forward of each case, and per year how many effects are not estimated. */
export type CarryForwardCases = Record<Case, CarryForward> & { notEstimated: number[] };

/**
 * Carries forward each case on its own (a pessimistic 2022 shortfall goes onto the
 * pessimistic 2023 target). `lines` holds one estimate per year for every initiative. The
 * targets say how reductions are written (as calculateCarryForward); with all targets 0,
 * the expected total does, once for all cases. The outstanding amounts cover the estimated
 * effects only; `notEstimated` says how many effects each year is still missing.
 */
export function calculateCarryForwardCases(
  targets: ArrayLike<number>,
  lines: ReadonlyArray<ReadonlyArray<Estimate>>,
  rule: SurplusRule = "release",
): CarryForwardCases {
  const years = targets.length;
  checkLines(lines, years, "achieved", "targets");
  const expected = totalsInCase(lines, years, "expected", "higher", "achieved");
  const direction = directionOf(targets) || directionOfTotal(expected);
  const worse = worseForReductions(direction);
  const result = {} as CarryForwardCases;
  for (const scenario of CASES) {
    const found = totalsInCase(lines, years, scenario, worse, "achieved");
    result[scenario] = calculateCarryForward(targets, found, rule, direction);
  }
  result.notEstimated = countNotEstimated(lines, years);
  return result;
}

/**
 * One year's strategy check in every case, how many of its figures are not estimated, and
 * per case the figures checked (the headroom after the challenges; null where unknown).
 */
export type YearCases = Record<Case, YearCheck> & {
  notEstimated: number;
  figures: Record<Case, Record<string, number | null>>;
};

/** The measure the coming challenges are costs against: what they cost comes off the headroom. */
export const CHALLENGED_MEASURE = "headroom";

/** Yearly figures per measure the rules name (headroom, cash, a council's own), and the coming challenges: one line of yearly costs each. */
export type StrategyCasesInput = {
  measures: Readonly<Record<string, readonly Estimate[]>>;
  challenges?: ReadonlyArray<ReadonlyArray<Estimate>>;
};

/**
 * Checks each year against `strategy` in each case. A measure's worse end is the lower one,
 * unless every rule on it is "at most". The challenges are costs (positive = dearer) that
 * come off the headroom: in the pessimistic case at their dearest, with the worst end of
 * every measure. A year with a figure not estimated is MISSING in every case, as unknown is
 * not zero.
 */
export function checkStrategyCases(input: StrategyCasesInput, strategy: Strategy): YearCases[] {
  const names = Object.keys(input.measures);
  const years = names.length > 0 ? input.measures[names[0]].length : 0;
  const challenges = input.challenges ?? [];
  checkLines(challenges, years, "challenges", CHALLENGED_MEASURE);
  const unknownCosts = countNotEstimated(challenges, years);
  const worseOf = (measure: string): WorseDirection => {
    const rules = strategy.rules.filter((rule) => rule.measure === measure);
    return rules.length > 0 && rules.every((rule) => rule.comparison === "atMost") ? "higher" : "lower";
  };
  const checks = CASES.map((scenario) => {
    const costs = totalsInCase(challenges, years, scenario, "higher", "challenges");
    const figures = Object.fromEntries(
      names.map((measure) => {
        const challenged = measure === CHALLENGED_MEASURE;
        const values = input.measures[measure].map((estimate, year) => {
          if (estimate === NOT_ESTIMATED || (challenged && unknownCosts[year] > 0)) return null;
          const exact = valueInCase(checked(estimate, measure, year), scenario, worseOf(measure));
          if (!challenged) return toNumber(exact) + 0;
          return checkResult(toNumber(subtract(exact, costs[year])), { argument: "challenges" }) + 0;
        });
        return [measure, values];
      }),
    );
    return { figures, checks: checkStrategy(figures, strategy) };
  });
  const figuresOf = (at: number, year: number) =>
    Object.fromEntries(names.map((measure) => [measure, checks[at].figures[measure][year]]));
  return checks[0].checks.map((_, year) => ({
    pessimistic: checks[0].checks[year],
    expected: checks[1].checks[year],
    optimistic: checks[2].checks[year],
    figures: {
      pessimistic: figuresOf(0, year),
      expected: figuresOf(1, year),
      optimistic: figuresOf(2, year),
    },
    notEstimated:
      unknownCosts[year] + names.filter((measure) => input.measures[measure][year] === NOT_ESTIMATED).length,
  }));
}

/**
 * What the challenges cost in total each year in `scenario` (dearest when pessimistic),
 * rounded once; null for a year with a challenge not estimated, as unknown is not zero.
 */
export function challengeCostsInCase(
  challenges: ReadonlyArray<ReadonlyArray<Estimate>>,
  years: number,
  scenario: Case,
): (number | null)[] {
  checkLines(challenges, years, "challenges", CHALLENGED_MEASURE);
  const unknown = countNotEstimated(challenges, years);
  return totalsInCase(challenges, years, scenario, "higher", "challenges").map((total, year) =>
    unknown[year] > 0 ? null : checkResult(toNumber(total), { argument: "challenges" }) + 0,
  );
}

/** The exact totals per year of the known estimates of `lines` in `scenario`. */
function totalsInCase(
  lines: ReadonlyArray<ReadonlyArray<Estimate>>,
  years: number,
  scenario: Case,
  worse: WorseDirection,
  argument: string,
): Rational[] {
  const totals = Array.from({ length: years }, () => RATIONAL_ZERO);
  lines.forEach((line, index) => {
    for (let year = 0; year < years; year++) {
      const estimate = line[year];
      if (estimate === NOT_ESTIMATED) continue;
      const known = checked(estimate, argument, index * years + year);
      totals[year] = add(totals[year], valueInCase(known, scenario, worse));
    }
  });
  return totals;
}

/** How many estimates of each year are not estimated. */
function countNotEstimated(lines: ReadonlyArray<ReadonlyArray<Estimate>>, years: number): number[] {
  const counts = new Array<number>(years).fill(0);
  for (const line of lines) {
    for (let year = 0; year < years; year++) if (line[year] === NOT_ESTIMATED) counts[year]++;
  }
  return counts;
}

/** A known estimate with finite ends within the limit, low ≤ high; `index` counts from 0 through the values. */
function checked(estimate: { low: number; high: number }, argument: string, index: number) {
  const location = { argument, column: index + 1 };
  checkAmount(estimate.low, location);
  checkAmount(estimate.high, location);
  if (estimate.low > estimate.high) {
    const problem = { code: "lowAboveHigh", found: "", low: estimate.low, high: estimate.high } as const;
    throw new InputError("invalidValue", location, problem);
  }
  return estimate;
}

function checkLines(
  lines: ReadonlyArray<ReadonlyArray<Estimate>>,
  years: number,
  argument: string,
  other: string,
) {
  for (const line of lines) {
    if (line.length !== years) {
      const problem = { code: "lengthMismatch", expected: years, found: line.length, other } as const;
      throw new InputError("invalidValue", { argument }, problem);
    }
  }
}
