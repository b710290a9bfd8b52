import type { Strategy } from "../engine/strategy";
import { checkStrategy, headroomAndCashStrategy } from "../engine/strategy";
import { type RangeArgument, readLine, toOrientation, toRangeArguments } from "./cellValues";
import { missingYearError, withCellLocations, withExcelErrors } from "./excelErrors";
import { readGivenAmount } from "./scalarArguments";

/*
 * The body of BAR.STRATEGYCHECK, and the thresholds it shares with BAR.STRATEGYCASES
 * (scenarioFunctions.ts). Their JSDoc (Excel's metadata) stays in functions.ts, the one file
 * the metadata build reads.
 */

/**
 * The strategy the threshold arguments give (70 / 100 / 100 by default). A threshold typed
 * in a cell is named by its cell when it is wrong, as the lines are.
 */
export function readStrategyThresholds(
  ranges: readonly RangeArgument[],
  minHeadroom: unknown,
  optimalHeadroom: unknown,
  minCash: unknown,
): Strategy {
  return withCellLocations(ranges, () =>
    headroomAndCashStrategy(
      readGivenAmount(minHeadroom, "minHeadroom"),
      readGivenAmount(optimalHeadroom, "optimalHeadroom"),
      readGivenAmount(minCash, "minCash"),
    ),
  );
}

/** BAR.STRATEGYCHECK: a status per year, #N/A naming the blank or "-" cell of a year not estimated. */
export function strategyCheckCells(
  headroom: unknown[][],
  cash: unknown[][],
  minHeadroom: unknown,
  optimalHeadroom: unknown,
  minCash: unknown,
  invocation?: CustomFunctions.Invocation,
): Array<Array<string | CustomFunctions.Error>> {
  return withExcelErrors(() => {
    const ranges = toRangeArguments({ headroom, cash, minHeadroom, optimalHeadroom, minCash }, invocation);
    const [headroomArgument, cashArgument] = ranges;
    const headroomLine = readLine(headroomArgument, "missing", "notEstimated");
    const cashLine = readLine(cashArgument, "missing", "notEstimated");
    const strategy = readStrategyThresholds(ranges, minHeadroom, optimalHeadroom, minCash);
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
