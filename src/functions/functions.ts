import { DEFAULT_QUANTILE, calculateBenchmarkPotentialAgainst } from "../engine/benchmarkPotential";
import { SURPLUS_RULES, calculateCarryForward } from "../engine/carryForward";
import { calculateHeadroom, calculateHeadroomFromBlock } from "../engine/headroom";
import { InputError } from "../engine/inputError";
import { calculateLiquidityAverage, calculateLiquidityAverages, checkLiquidity } from "../engine/liquidity";
import { PRICE_VOLUME_PARTS, calculatePriceVolume } from "../engine/priceVolume";
import { FORECAST_PARTS, calculateYearEndForecast } from "../engine/yearEndForecast";
import {
  readNamedLines,
  readLine,
  readLineWith,
  readKnownAmount,
  readOptionalLine,
  readSingleAmount,
  isGiven,
  toOrientation,
  toRangeArguments,
} from "./cellValues";
import { readFlag, readOption, readOptionalAmount, readPart } from "./scalarArguments";
import { toCellError, toCellValue, withCellLocations, withExcelErrors } from "./excelErrors";
import { readBenchmarkPeers } from "./benchmarkPeers";
import { scenarioCells, strategyCaseCells } from "./scenarioFunctions";
import { strategyCheckCells } from "./strategyFunctions";
import { readDateLine, readLedger } from "./datedBalances";
import { readLineTotals, readLines } from "./lineBlocks";

/*
 * Every BAR function as Excel registers it. This is the one file the metadata generator
 * (custom-functions-metadata-plugin), the help-page build and test/functions/metadata.test.ts
 * read, so each function's JSDoc lives here; the reading of arguments lives in the modules
 * it imports. The longer bodies live beside what they read (scenarioFunctions.ts,
 * strategyFunctions.ts) and keep a one-line call here; what is left over 300 lines is the ten
 * functions' JSDoc, which Excel's metadata is made from.
 */

/**
 * Outstanding reduction per year after carrying each year's shortfall onto next year's target.
 * @customfunction CARRYFORWARD
 * @helpurl https://localhost:3000/help/carryforward.en.html
 * @param targets Reduction targets per year, in one row or column (levels, not increments), e.g. -2000, -3000, -5000, -7000.
 * @param achieved The initiatives' effect per year: one line per initiative, one value per year. Blank or "-" (no estimate yet) counts as 0.
 * @param [mode] "release" (default): a surplus goes to the general economy. "bank": a surplus lowers next year's target. "none": nothing is carried.
 * @param [detail] TRUE returns four lines: effective target, achieved, outstanding, carried to next year.
 * @param invocation
 * @requiresParameterAddresses
 * @returns Outstanding per year, in the sign of the targets: with negative targets, -720 means 720 still to find.
 */
export function carryForward(
  targets: unknown[][],
  achieved: unknown[][],
  mode: unknown,
  detail: unknown,
  invocation?: CustomFunctions.Invocation,
): number[][] {
  return withExcelErrors(() => {
    const [targetsArgument, achievedArgument] = toRangeArguments({ targets, achieved }, invocation);
    const line = readLine(targetsArgument, "error");
    const achievedRange = achievedArgument.range;
    // A single target year has no orientation of its own: take it from the initiatives.
    const initiativesInARow = achievedRange.length === 1 && achievedRange[0].length > 1;
    const orientation = line.values.length === 1 && initiativesInARow ? "column" : line.orientation;
    const achievedPerYear = readLineTotals(achievedArgument, line.values.length, orientation);
    const rule = readOption(mode, "mode", SURPLUS_RULES);
    // Mixed signs name the target's cell, as every other problem with a cell does.
    const result = withCellLocations([targetsArgument], () =>
      calculateCarryForward(line.values as number[], achievedPerYear, rule),
    );
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
 * @param headroom Headroom per year after ordinary operations (positive = surplus), in one row or column.
 * @param cash Disposable cash per year, same length and unit as headroom.
 * @param [minHeadroom] Lowest acceptable headroom; below it is a breach. Default 70 (or the optimum, if that is lower).
 * @param [optimalHeadroom] Optimal headroom; below it is "BELOW_OPTIMAL". Default the larger of 100 and the minimum.
 * @param [minCash] Lowest acceptable disposable cash; below it is a breach. Default 100.
 * @param invocation
 * @requiresParameterAddresses
 * @returns A status per year: "BREACH", "BELOW_OPTIMAL" or "OK" (#N/A for a year that is blank or "-", not estimated yet).
 */
export function strategyCheck(
  headroom: unknown[][],
  cash: unknown[][],
  minHeadroom: unknown,
  optimalHeadroom: unknown,
  minCash: unknown,
  invocation?: CustomFunctions.Invocation,
): Array<Array<string | CustomFunctions.Error>> {
  return strategyCheckCells(headroom, cash, minHeadroom, optimalHeadroom, minCash, invocation);
}

/**
 * Headroom per year: the surplus of ordinary operations as a positive amount, ready for BAR.STRATEGYCHECK.
 * @customfunction HEADROOM
 * @helpurl https://localhost:3000/help/headroom.en.html
 * @param taxes Taxes per year in one row or column, as income: negative, e.g. -3000. Given alone: the whole block of budget lines, one row per line and one column per year.
 * @param [grants] General grants and equalisation per year, same length as taxes (income negative, a net payment positive).
 * @param [operatingExpenditure] Net operating expenditure per year (expenditure positive).
 * @param [netInterest] Net interest per year (interest paid positive, interest received negative).
 * @param invocation
 * @requiresParameterAddresses
 * @returns Headroom per year = -(taxes + grants + operating expenditure + net interest); positive is a surplus. Blank or "-" counts as 0.
 */
export function headroom(
  taxes: unknown[][],
  grants: unknown[][],
  operatingExpenditure: unknown[][],
  netInterest: unknown[][],
  invocation?: CustomFunctions.Invocation,
): number[][] {
  return withExcelErrors(() => {
    const all = toRangeArguments({ taxes, grants, operatingExpenditure, netInterest }, invocation);
    const ranges = all.filter(isGiven);
    if (ranges[0]?.name !== "taxes") throw new InputError("invalidValue", { argument: "taxes" }, MISSING);
    // Taxes alone is the whole block of budget lines, so a column there is one year's lines.
    if (ranges.length === 1) {
      const years = ranges[0].range[0]?.length ?? 0;
      const cells = readLines(ranges[0], years, "row");
      return [withCellLocations(ranges, () => calculateHeadroomFromBlock(cells, years))];
    }
    const { byName, orientation } = readNamedLines(ranges);
    const result = withCellLocations(ranges, () => calculateHeadroom({ taxes: byName.taxes, ...byName }));
    return toOrientation([result], orientation);
  });
}

/**
 * The 12-month liquidity average (kassekreditreglen): the mean end-of-day balance of the as-of day and the 364 days before it.
 * @customfunction LIQUIDITYAVERAGE
 * @helpurl https://localhost:3000/help/liquidityaverage.en.html
 * @param dates The dates of the balances in one row or column, in date order (date cells, or text yyyy-mm-dd). A balance holds until the next date.
 * @param balances The balance on each date, same length as dates. With several balances on one date, the last is the day's closing balance.
 * @param [asOf] The day to average up to (default: the last date). A row or column of days gives one average per day; a blank day, an empty cell.
 * @param invocation
 * @requiresParameterAddresses
 * @returns The average over 365 days; #N/A when the balances do not reach back 365 days.
 */
export function liquidityAverage(
  dates: unknown[][],
  balances: unknown[][],
  asOf: unknown[][],
  invocation?: CustomFunctions.Invocation,
): Array<Array<number | string | CustomFunctions.Error>> {
  return withExcelErrors(() => {
    const ranges = toRangeArguments({ dates, balances, asOf }, invocation);
    const { ledger } = readLedger(ranges[0], ranges[1]);
    if (!isGiven(ranges[2])) return [[calculateLiquidityAverage(ledger)]];
    const days = readDateLine(ranges[2], "missing");
    const averages = calculateLiquidityAverages(ledger, days.values).map(toCellValue);
    return toOrientation([averages], days.orientation);
  });
}

/**
 * Checks each dated balance and the 12-month average against a floor: "OK", "AVERAGE_BELOW_FLOOR", "BALANCE_BELOW_FLOOR" or "BOTH_BELOW_FLOOR".
 * @customfunction LIQUIDITYCHECK
 * @helpurl https://localhost:3000/help/liquiditycheck.en.html
 * @param dates The dates of the balances in one row or column, in date order. A balance holds until the next date.
 * @param balances The balance on each date, same length as dates.
 * @param [floor] The lowest acceptable balance and 365-day average, in the unit of the balances. Default 0 (the law's rule).
 * @param invocation
 * @requiresParameterAddresses
 * @returns A status per date, for the days until the next date that have 365 days of balances behind them; #N/A for a date with no such day.
 */
export function liquidityCheck(
  dates: unknown[][],
  balances: unknown[][],
  floor: unknown,
  invocation?: CustomFunctions.Invocation,
): Array<Array<string | CustomFunctions.Error>> {
  return withExcelErrors(() => {
    const ranges = toRangeArguments({ dates, balances, floor }, invocation);
    const { ledger, orientation } = readLedger(ranges[0], ranges[1]);
    const checks = withCellLocations(ranges, () =>
      checkLiquidity(ledger, readOptionalAmount(floor, "floor", 0)),
    );
    return toOrientation([checks.map(toCellValue)], orientation);
  });
}

/**
 * Splits the growth of expenditure into volume (more citizens) and price (dearer help per citizen); the two add up to the change.
 * @customfunction PRICEVOLUME
 * @helpurl https://localhost:3000/help/pricevolume.en.html
 * @param expenditure Total expenditure per period in one row or column, e.g. 359 and 396 (mio. kr.).
 * @param citizens Number of citizens helped per period, same length, e.g. 1200 and 1260.
 * @param [part] "both" (default): volume, then price. "volume" or "price": that effect only.
 * @param invocation
 * @requiresParameterAddresses
 * @returns For each change from one period to the next: the volume effect and the price effect (midpoint split).
 */
export function priceVolume(
  expenditure: unknown[][],
  citizens: unknown[][],
  part: unknown,
  invocation?: CustomFunctions.Invocation,
): number[][] {
  return withExcelErrors(() => {
    const ranges = toRangeArguments({ expenditure, citizens }, invocation);
    const [spent, helped] = ranges.map((range) => readLine(range, "error").values as number[]);
    const split = withCellLocations(ranges, () => calculatePriceVolume(spent, helped));
    const lines = readPart(part, PRICE_VOLUME_PARTS).map((line) => split[line]);
    return toOrientation(lines, ranges[0].range.length === 1 ? "row" : "column");
  });
}

/**
 * Expected full-year spending from spending to date, and the expected deviation from the budget.
 * @customfunction YEARENDFORECAST
 * @helpurl https://localhost:3000/help/yearendforecast.en.html
 * @param spentToDate Spent so far this year: one amount, or one per account in a row or column. Blank counts as 0; "-" (not estimated) gives #N/A.
 * @param monthsElapsed Whole months of the year that are booked, 1 to 12.
 * @param [budget] The year's budget, one per amount spent. Without it, or for a blank or "-" budget, the deviation is #N/A.
 * @param [profile] 12 monthly shares of the year's spending, summing to 1 (100 %) ± 0.5 %. Default: even, 1/12 a month.
 * @param [part] "both" (default): forecast and deviation side by side. "forecast" or "deviation": that one only.
 * @param invocation
 * @requiresParameterAddresses
 * @returns Per amount: the expected full-year spending and the deviation forecast - budget (positive = overspending).
 */
export function yearEndForecast(
  spentToDate: unknown[][],
  monthsElapsed: unknown,
  budget: unknown[][],
  profile: unknown[][],
  part: unknown,
  invocation?: CustomFunctions.Invocation,
): Array<Array<number | string | CustomFunctions.Error>> {
  return withExcelErrors(() => {
    const ranges = toRangeArguments({ spentToDate, monthsElapsed, budget, profile }, invocation);
    // A blank amount spent is 0; a blank budget is not known; "-" is not estimated in both.
    const spent = readLineWith(ranges[0], (value, location) => readKnownAmount(value, location, "zero"));
    const months = readSingleAmount(ranges[1]);
    const plan = isGiven(ranges[2])
      ? readLineWith(ranges[2], (value, location) => readKnownAmount(value, location, "missing")).values
      : undefined;
    const shares = readOptionalLine(ranges[3]);
    const lines = readPart(part, FORECAST_PARTS);
    const result = withCellLocations(ranges, () =>
      calculateYearEndForecast(spent.values, months, plan, shares),
    );
    // One amount gives its results side by side, so a table with a row per account reads across.
    const orientation = spent.values.length === 1 ? "column" : spent.orientation;
    const toCell = (value: number | InputError) =>
      toCellValue(value instanceof InputError ? toCellError(value, ranges) : value);
    const cells = lines.map((line) => Array.from(result[line], toCell));
    return toOrientation(cells, orientation);
  });
}

/**
 * What the own volume would cost less at the comparable municipalities' unit cost (their median by default); never negative.
 * @customfunction BENCHMARKPOTENTIAL
 * @helpurl https://localhost:3000/help/benchmarkpotential.en.html
 * @param ownUnitCost The municipality's own unit cost, e.g. kr. per citizen or per day of care.
 * @param peerUnitCosts The comparable municipalities' unit costs, at least 3. Blank cells, 0 and "-" are left out.
 * @param volume The own volume in the same unit, e.g. number of citizens or days of care.
 * @param [quantile] The share of the peers to compare with, 0 to 1, as PERCENTILE.INC. Default 0.5 (the median); 0.25 is the cheapest quarter.
 * @param invocation
 * @requiresParameterAddresses
 * @returns max(0, (own unit cost - the peers' quantile) × volume); 0 when already at or below it. One cell.
 */
export function benchmarkPotential(
  ownUnitCost: unknown,
  peerUnitCosts: unknown[][],
  volume: unknown,
  quantile: unknown,
  invocation?: CustomFunctions.Invocation,
): number[][] {
  return withExcelErrors(() => {
    const ranges = toRangeArguments({ ownUnitCost, peerUnitCosts, volume, quantile }, invocation);
    const [own, units] = [readSingleAmount(ranges[0]), readSingleAmount(ranges[2])];
    const peers = readBenchmarkPeers(ranges[1]);
    const share = withCellLocations(ranges, () => readOptionalAmount(quantile, "quantile", DEFAULT_QUANTILE));
    // A 1×1 matrix, not a scalar: `requiresParameterAddresses` needs result dimensionality
    // "matrix" (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-parameter-options,
    // "Detect the address of a parameter"), and Excel shows a 1×1 matrix as one cell.
    return [[withCellLocations(ranges, () => calculateBenchmarkPotentialAgainst(own, peers, units, share))]];
  });
}

/**
 * Turns cells holding numbers, ranges ("7,5-14,5", "-1.500 til -900") or "-" into the numbers of one case, e.g. for BAR.CARRYFORWARD.
 * @customfunction SCENARIO
 * @helpurl https://localhost:3000/help/scenario.en.html
 * @param values Cells holding a number, a range written low end first ("0-20", "-1,500 to -900", "-1.500 til -900") or "-" / "unknown" (not estimated).
 * @param scenario "pessimistic" (each range at its worse end), "expected" (the midpoint) or "optimistic" (the better end).
 * @param [worse] "higher" (default): a higher number is worse, as for costs and for reductions written negative. "lower": for headroom, cash and reductions written positive.
 * @param invocation
 * @requiresParameterAddresses
 * @returns The same cells as numbers for the case; a blank cell stays blank, and a cell not estimated is #N/A (unknown is not zero).
 */
export function scenario(
  values: unknown[][],
  scenario: unknown,
  worse: unknown,
  invocation?: CustomFunctions.Invocation,
): Array<Array<number | string | CustomFunctions.Error>> {
  return scenarioCells(values, scenario, worse, invocation);
}

/**
 * Checks each year against the economic strategy in the pessimistic, expected and optimistic case: one line of "BREACH", "BELOW_OPTIMAL" or "OK" per case.
 * @customfunction STRATEGYCASES
 * @helpurl https://localhost:3000/help/strategycases.en.html
 * @param headroom Headroom per year in one row or column: numbers or ranges such as "60-80"; "-" is not estimated.
 * @param cash Disposable cash per year, same length: numbers or ranges.
 * @param [challenges] Coming challenges: one line per challenge, a cost per year (positive = dearer), e.g. "7,5-14,5", or "unknown". A blank cell is no cost.
 * @param [minHeadroom] Lowest acceptable headroom; below it is a breach. Default 70 (or the optimum, if that is lower).
 * @param [optimalHeadroom] Optimal headroom; below it is "BELOW_OPTIMAL". Default the larger of 100 and the minimum.
 * @param [minCash] Lowest acceptable disposable cash; below it is a breach. Default 100.
 * @param invocation
 * @requiresParameterAddresses
 * @returns Three lines per year: pessimistic, expected, optimistic. #N/A for a year with a figure not estimated, in every case.
 */
export function strategyCases(
  headroom: unknown[][],
  cash: unknown[][],
  challenges: unknown[][],
  minHeadroom: unknown,
  optimalHeadroom: unknown,
  minCash: unknown,
  invocation?: CustomFunctions.Invocation,
): Array<Array<string | CustomFunctions.Error>> {
  return strategyCaseCells(headroom, cash, challenges, minHeadroom, optimalHeadroom, minCash, invocation);
}

const MISSING = { code: "missing" } as const;
