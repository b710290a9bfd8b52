/*
 * The three cases of a plan whose figures are ranges (README, "The three cases"):
 *   pessimistic  every range at its worse end: the least reduction, the dearest challenge,
 *                the lowest headroom and cash;
 *   expected     every range at its midpoint (a plain number is its own midpoint);
 *   optimistic   every range at its better end.
 * "Not estimated" has no value in any case: it is counted per year, never added as 0.
 * (Apart from scenarioCases.ts so the overview can name the cases without the strategy's code.)
 */

/** The cases, worst first. */
export const CASES = ["pessimistic", "expected", "optimistic"] as const;

/** A case of the plan. */
export type Case = (typeof CASES)[number];

/** Which way a figure gets worse: `higher` for costs and for reductions written negative. */
export type WorseDirection = "higher" | "lower";

/** The end of a range in a case other than the expected one: the worse end when pessimistic. */
export function endInCase(
  range: { low: number; high: number },
  scenario: Exclude<Case, "expected">,
  worse: WorseDirection,
): number {
  return (scenario === "pessimistic") === (worse === "higher") ? range.high : range.low;
}

/**
 * Which way reductions get worse, from the sign of the targets (or the totals): reductions
 * written negative get smaller as they grow, so there the higher end is the lesser reduction.
 */
export function worseForReductions(direction: number): WorseDirection {
  return direction < 0 ? "higher" : "lower";
}
