import { InputError } from "../engine/inputError";
import { NOT_ESTIMATED } from "../engine/parseAmount";
import type { Estimate } from "../engine/parseRange";
import { CASES, checkStrategyCases, numberInCase } from "../engine/scenarioCases";
import {
  type RangeArgument,
  cellLocation,
  readLineWith,
  toOrientation,
  toRangeArguments,
} from "./cellValues";
import { readCase, readEstimate, readEstimateBlock, readWorse } from "./estimateCells";
import { toExcelError, withCellLocations, withExcelErrors } from "./excelErrors";
import { readStrategyThresholds } from "./strategyFunctions";

/*
 * The bodies of BAR.SCENARIO and BAR.STRATEGYCASES. Their JSDoc (Excel's metadata) stays in
 * functions.ts, the one file the metadata build reads; these do the argument conversion.
 */

type Cell = number | string | CustomFunctions.Error;
type StatusCell = string | CustomFunctions.Error;

/** BAR.SCENARIO: each cell's number in the case; "" for a blank cell, #N/A for one not estimated. */
export function scenarioCells(
  values: unknown[][],
  scenario: unknown,
  worse: unknown,
  invocation?: CustomFunctions.Invocation,
): Cell[][] {
  return withExcelErrors(() => {
    const ranges = toRangeArguments({ values, scenario, worse }, invocation);
    const argument = ranges[0];
    // A bad case name names its cell, when it was typed in one.
    const chosen = withCellLocations(ranges, () => readCase(scenario, "scenario"));
    const direction = withCellLocations(ranges, () => readWorse(worse, "worse"));
    const block = readEstimateBlock(argument, "zero");
    return block.map((cells, row) =>
      cells.map((estimate, column) => {
        const blank = argument.range[row][column];
        if (blank === null || blank === undefined || blank === "") return "";
        const value = numberInCase(estimate, chosen, direction);
        return value === NOT_ESTIMATED ? notEstimatedAt(argument, row, column, 1) : value;
      }),
    );
  });
}

/** BAR.STRATEGYCASES: three lines of statuses (pessimistic, expected, optimistic), #N/A for a year with an unknown. */
export function strategyCaseCells(
  headroom: unknown[][],
  cash: unknown[][],
  challenges: unknown[][],
  minHeadroom: unknown,
  optimalHeadroom: unknown,
  minCash: unknown,
  invocation?: CustomFunctions.Invocation,
): StatusCell[][] {
  return withExcelErrors(() => {
    const ranges = toRangeArguments(
      { headroom, cash, challenges, minHeadroom, optimalHeadroom, minCash },
      invocation,
    );
    const [headroomArgument, cashArgument, challengesArgument] = ranges;
    const readFigure = (value: unknown, location: Parameters<typeof readEstimate>[1]) =>
      readEstimate(value, location, "notEstimated");
    for (const argument of [headroomArgument, cashArgument]) {
      if (argument.omitted)
        throw new InputError("invalidValue", { argument: argument.name }, { code: "missing" });
    }
    const headroomLine = readLineWith(headroomArgument, readFigure);
    const cashLine = readLineWith(cashArgument, readFigure);
    const { orientation } = headroomLine;
    const years = headroomLine.values.length;
    if (cashLine.values.length !== years) {
      const found = cashLine.values.length;
      throw new InputError("invalidValue", { argument: "cash" }, lengthMismatch(years, found));
    }
    // The challenges run like the headroom: with years across, one challenge per row.
    const block = challengesArgument.omitted ? [] : readEstimateBlock(challengesArgument, "zero");
    const lines = orientation === "row" ? block : transpose(block);
    if (lines.length > 0 && lines[0].length !== years) {
      throw new InputError(
        "invalidValue",
        { argument: "challenges" },
        lengthMismatch(years, lines[0].length),
      );
    }
    const strategy = readStrategyThresholds(ranges, minHeadroom, optimalHeadroom, minCash);
    const checks = checkStrategyCases(
      { measures: { headroom: headroomLine.values, cash: cashLine.values }, challenges: lines },
      strategy,
    );
    const figures = [headroomLine.values, cashLine.values];
    const statuses = CASES.map((scenario) =>
      checks.map((check, year): StatusCell => {
        const result = check[scenario];
        if (result.status !== "MISSING") return result.status;
        return firstUnknown(
          [headroomArgument, cashArgument],
          figures,
          challengesArgument,
          lines,
          year,
          orientation,
          check.notEstimated,
        );
      }),
    );
    return toOrientation(statuses, orientation);
  });
}

/** The #N/A for the first figure of `year` not estimated: headroom, cash, then the challenges. */
function firstUnknown(
  lineArguments: RangeArgument[],
  figures: Estimate[][],
  challengesArgument: RangeArgument,
  lines: Estimate[][],
  year: number,
  orientation: "row" | "column",
  count: number,
): CustomFunctions.Error {
  const at = (line: number): [number, number] => (orientation === "row" ? [line, year] : [year, line]);
  const index = figures.findIndex((figure) => figure[year] === NOT_ESTIMATED);
  if (index >= 0) return notEstimatedAt(lineArguments[index], ...at(0), count);
  const line = lines.findIndex((challenge) => challenge[year] === NOT_ESTIMATED);
  return notEstimatedAt(challengesArgument, ...at(line), count);
}

/** #N/A for a cell not estimated ("-", "ukendt") or blank where a figure must be: unknown is not zero. */
function notEstimatedAt(
  argument: RangeArgument,
  row: number,
  column: number,
  /** How many figures of the year are not estimated (1: this one alone). */
  count: number,
): CustomFunctions.Error {
  const value = argument.range[row]?.[column];
  const problem =
    value === null || value === undefined || value === ""
      ? ({ code: "blank" } as const)
      : ({ code: "notEstimated", found: String(value).trim(), count } as const);
  return toExcelError(new InputError("notAvailable", cellLocation(argument, row, column), problem));
}

function lengthMismatch(expected: number, found: number) {
  return { code: "lengthMismatch", expected, found, other: "headroom" } as const;
}

function transpose<T>(block: T[][]): T[][] {
  return block.length === 0 ? [] : block[0].map((_, column) => block.map((row) => row[column]));
}
