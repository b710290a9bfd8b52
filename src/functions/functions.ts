import { SURPLUS_RULES, calculateCarryForward, sumLinesPerYear } from "../engine/carryForward";
import { HEDENSTED_2020, checkStrategy, headroomAndCashStrategy } from "../engine/strategy";
import {
  readFlag,
  readLine,
  readLines,
  readOption,
  readOptionalAmount,
  toOrientation,
  toRange,
} from "./cellValues";
import { addressesOf, missingYearError, withExcelErrors } from "./excelErrors";

/**
 * Outstanding reduction per year after carrying each year's shortfall onto next year's target.
 * @customfunction CARRYFORWARD
 * @helpurl https://localhost:3000/help/carryforward.en.html
 * @param {any[][]} targets Reduction targets per year, in one row or column (levels, not increments), e.g. -2000, -3000, -5000, -7000.
 * @param {any[][]} achieved The initiatives' effect per year: one line per initiative, one value per year. Blank or "-" (no estimate yet) counts as 0.
 * @param {any} [mode] "release" (default): a surplus goes to the general economy. "bank": a surplus lowers next year's target. "none": nothing is carried.
 * @param {any} [detail] TRUE returns four lines: effective target, achieved, outstanding, carried to next year.
 * @param {CustomFunctions.Invocation} invocation
 * @requiresParameterAddresses
 * @returns {any[][]} Outstanding per year, in the sign of the targets: with negative targets, -720 means 720 still to find.
 */
export function carryForward(
  targets: unknown,
  achieved: unknown,
  mode: unknown,
  detail: unknown,
  invocation?: CustomFunctions.Invocation,
): number[][] {
  return withExcelErrors(() => {
    const [targetsAddress, achievedAddress] = addressesOf(invocation);
    const line = readLine({ name: "targets", range: toRange(targets), address: targetsAddress }, "error");
    const achievedRange = toRange(achieved);
    // A single target year has no orientation of its own: take it from the initiatives.
    const initiativesInARow = achievedRange.length === 1 && achievedRange[0].length > 1;
    const orientation = line.values.length === 1 && initiativesInARow ? "column" : line.orientation;
    const years = line.values.length;
    const cells = readLines(
      { name: "achieved", range: achievedRange, address: achievedAddress },
      years,
      orientation,
    );
    const rule = readOption(mode, "mode", SURPLUS_RULES);
    const result = calculateCarryForward(line.values as number[], sumLinesPerYear(cells, years), rule);
    const lines = readFlag(detail, "detail")
      ? [result.effectiveTarget, result.achieved, result.outstanding, result.carried]
      : [result.outstanding];
    return toOrientation(lines, orientation);
  });
}

/**
 * Checks each year against the economic strategy: "BREACH", "BELOW_OPTIMAL" or "OK".
 * @customfunction STRATEGYCHECK
 * @helpurl https://localhost:3000/help/strategycheck.en.html
 * @param {any[][]} headroom Headroom per year after ordinary operations (positive = surplus), in one row or column.
 * @param {any[][]} cash Disposable cash per year, same length and unit as headroom.
 * @param {any} [minHeadroom] Lowest acceptable headroom; below it is a breach. Default 70.
 * @param {any} [optimalHeadroom] Optimal headroom; below it is "BELOW_OPTIMAL". Default 100.
 * @param {any} [minCash] Lowest acceptable disposable cash; below it is a breach. Default 100.
 * @param {CustomFunctions.Invocation} invocation
 * @requiresParameterAddresses
 * @returns {any[][]} A status per year: "BREACH", "BELOW_OPTIMAL" or "OK" (#N/A for a year without numbers).
 */
export function strategyCheck(
  headroom: unknown,
  cash: unknown,
  minHeadroom: unknown,
  optimalHeadroom: unknown,
  minCash: unknown,
  invocation?: CustomFunctions.Invocation,
): (string | CustomFunctions.Error)[][] {
  return withExcelErrors(() => {
    const [headroomAddress, cashAddress] = addressesOf(invocation);
    const headroomArgument = { name: "headroom", range: toRange(headroom), address: headroomAddress };
    const cashArgument = { name: "cash", range: toRange(cash), address: cashAddress };
    const headroomLine = readLine(headroomArgument, "missing");
    const cashLine = readLine(cashArgument, "missing");
    const strategy = headroomAndCashStrategy(
      readOptionalAmount(minHeadroom, "minHeadroom", HEDENSTED_2020.minHeadroom),
      readOptionalAmount(optimalHeadroom, "optimalHeadroom", HEDENSTED_2020.optimalHeadroom),
      readOptionalAmount(minCash, "minCash", HEDENSTED_2020.minCash),
    );
    const checks = checkStrategy({ headroom: headroomLine.values, cash: cashLine.values }, strategy);
    const statuses = checks.map((check, year) => {
      if (check.status !== "MISSING") return check.status;
      const blank = check.missingMeasures[0] === "headroom" ? headroomArgument : cashArgument;
      return missingYearError(
        blank,
        year,
        blank === headroomArgument ? headroomLine.orientation : cashLine.orientation,
      );
    });
    return toOrientation([statuses], headroomLine.orientation);
  });
}
