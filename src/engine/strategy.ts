import { InputError, checkAmount } from "./inputError";

/** A year's verdict, as the stable codes `BAR.STRATEGYCHECK` returns (worst first). */
export type StrategyStatus = "BREACH" | "BELOW_OPTIMAL" | "OK";

/**
 * One benchmark of an economic strategy: `measure` (a named yearly series such as
 * `headroom` or `cash`) must be at least / at most `threshold`, or the year gets `severity`.
 * A value exactly at the threshold meets it.
 */
export type StrategyRule = {
  id: string;
  measure: string;
  comparison: "atLeast" | "atMost";
  threshold: number;
  severity: Exclude<StrategyStatus, "OK">;
};

/** A council's economic strategy as data, so other councils' policies fit without code. */
export type Strategy = { name: string; rules: StrategyRule[] };

/** The thresholds of Hedensted's 2020 strategy (seed 000), in mio. kr. */
export const HEDENSTED_2020 = { minHeadroom: 70, optimalHeadroom: 100, minCash: 100 } as const;

/**
 * Builds the Hedensted-style strategy (minimum and optimal headroom, minimum cash) from its
 * thresholds. A threshold left out never causes an error: the optimum defaults to the
 * larger of 100 and the given minimum, the minimum to the smaller of 70 and the given
 * optimum, minimum cash to 100. Only two thresholds both given can be in the wrong order.
 */
export function headroomAndCashStrategy(
  minHeadroom?: number,
  optimalHeadroom?: number,
  minCash: number = HEDENSTED_2020.minCash,
): Strategy {
  if (minHeadroom !== undefined) checkAmount(minHeadroom, { argument: "minHeadroom" });
  if (optimalHeadroom !== undefined) checkAmount(optimalHeadroom, { argument: "optimalHeadroom" });
  checkAmount(minCash, { argument: "minCash" });
  const minimum = minHeadroom ?? Math.min(HEDENSTED_2020.minHeadroom, optimalHeadroom ?? Infinity);
  const optimum = optimalHeadroom ?? Math.max(HEDENSTED_2020.optimalHeadroom, minimum);
  if (optimum < minimum) {
    throw new InputError(
      "invalidValue",
      { argument: "optimalHeadroom" },
      { code: "thresholdOrder", other: "minHeadroom" },
    );
  }
  minHeadroom = minimum;
  optimalHeadroom = optimum;
  return {
    name: "Hedensted 2020",
    rules: [
      {
        id: "minHeadroom",
        measure: "headroom",
        comparison: "atLeast",
        threshold: minHeadroom,
        severity: "BREACH",
      },
      { id: "minCash", measure: "cash", comparison: "atLeast", threshold: minCash, severity: "BREACH" },
      {
        id: "optimalHeadroom",
        measure: "headroom",
        comparison: "atLeast",
        threshold: optimalHeadroom,
        severity: "BELOW_OPTIMAL",
      },
    ],
  };
}

/** Yearly values per measure; `null` is a year without a number yet (unknown is not zero). */
export type StrategyInput = Record<string, ReadonlyArray<number | null>>;

/** One year's result: the status, or `missing` listing the measures that had no value. */
export type YearCheck =
  { status: StrategyStatus; failedRules: StrategyRule[] } | { status: "MISSING"; missingMeasures: string[] };

/** Checks every year against every rule; the worst failed rule decides the year's status. */
export function checkStrategy(input: StrategyInput, strategy: Strategy): YearCheck[] {
  const measures = [...new Set(strategy.rules.map((rule) => rule.measure))];
  for (const measure of measures) {
    if (!(measure in input)) throw new InputError("invalidValue", { argument: measure }, { code: "missing" });
  }
  const years = input[measures[0]]?.length ?? 0;
  for (const measure of measures) {
    const found = input[measure].length;
    if (found !== years) {
      throw new InputError(
        "invalidValue",
        { argument: measure },
        { code: "lengthMismatch", expected: years, found, other: measures[0] },
      );
    }
  }
  const checks: YearCheck[] = [];
  for (let year = 0; year < years; year++) {
    const missingMeasures = measures.filter((measure) => input[measure][year] === null);
    if (missingMeasures.length > 0) {
      checks.push({ status: "MISSING", missingMeasures });
      continue;
    }
    const failedRules = strategy.rules.filter((rule) => {
      const value = checkAmount(input[rule.measure][year] as number, {
        argument: rule.measure,
        column: year + 1,
      });
      // Comparing the doubles is comparing the decimals the cells show, exactly: distinct
      // doubles have distinct shortest decimals, in the same order. (Headroom computed by
      // BAR.HEADROOM is already the exact sum rounded once, so 70 in decimals is 70 here.)
      return rule.comparison === "atLeast" ? value < rule.threshold : value > rule.threshold;
    });
    checks.push({ status: worstStatus(failedRules), failedRules });
  }
  return checks;
}

function worstStatus(failedRules: StrategyRule[]): StrategyStatus {
  if (failedRules.some((rule) => rule.severity === "BREACH")) return "BREACH";
  return failedRules.length > 0 ? "BELOW_OPTIMAL" : "OK";
}
