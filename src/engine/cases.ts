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
