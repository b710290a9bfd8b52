import * as functions from "../../functions/functions";
import { DANISH_FUNCTION_TEXTS } from "../../i18n/da/functionTexts";
import type { AdaptedFunction, ArgumentShape } from "./barFunctionPlugin";

/** A result laid out like the first argument, `lines` deep (one line per row when it is a row). */
function likeFirstArgument(lines: number) {
  return ([first]: ArgumentShape[]) =>
    first.height === 1 ? { width: first.width, height: lines } : { width: lines, height: first.height };
}

const isTrue = (shape: ArgumentShape | undefined) => shape?.literal === true || shape?.literal === 1;

/** How many result lines a literal `part` choice gives: one for a single part, else `all`. */
function linesOfPart(shape: ArgumentShape | undefined, all: number): number {
  const part = typeof shape?.literal === "string" ? shape.literal.trim().toLowerCase() : "";
  return part === "" || part === "both" ? all : 1;
}

/** Every BAR function with its spill size, for the HyperFormula adapter. */
export const BAR_FUNCTIONS: AdaptedFunction[] = [
  {
    id: "CARRYFORWARD",
    implementation: functions.carryForward as AdaptedFunction["implementation"],
    parameterCount: 4,
    matrixParameters: [0, 1],
    // HyperFormula sizes spills before evaluating, so `detail` must be a literal TRUE there.
    resultSize: (shapes) => likeFirstArgument(isTrue(shapes[3]) ? 4 : 1)(shapes),
  },
  {
    id: "STRATEGYCHECK",
    implementation: functions.strategyCheck as AdaptedFunction["implementation"],
    parameterCount: 5,
    matrixParameters: [0, 1],
    resultSize: likeFirstArgument(1),
  },
  {
    id: "HEADROOM",
    implementation: functions.headroom as AdaptedFunction["implementation"],
    parameterCount: 4,
    matrixParameters: [0, 1, 2, 3],
    // Taxes alone is a block of budget lines (one column per year): one row of results.
    resultSize: ([first, ...others]) =>
      others.length === 0 ? { width: first.width, height: 1 } : { width: first.width, height: first.height },
  },
  {
    id: "LIQUIDITYAVERAGE",
    implementation: functions.liquidityAverage as AdaptedFunction["implementation"],
    parameterCount: 3,
    matrixParameters: [0, 1, 2],
    resultSize: (shapes) =>
      shapes[2] ? { width: shapes[2].width, height: shapes[2].height } : { width: 1, height: 1 },
  },
  {
    id: "LIQUIDITYCHECK",
    implementation: functions.liquidityCheck as AdaptedFunction["implementation"],
    parameterCount: 3,
    matrixParameters: [0, 1],
    resultSize: likeFirstArgument(1),
  },
  {
    id: "PRICEVOLUME",
    implementation: functions.priceVolume as AdaptedFunction["implementation"],
    parameterCount: 3,
    matrixParameters: [0, 1],
    // One result per change between consecutive periods, so one fewer than the periods.
    resultSize: ([first, , part]) => {
      const lines = linesOfPart(part, 2);
      return first.height === 1
        ? { width: Math.max(1, first.width - 1), height: lines }
        : { width: lines, height: Math.max(1, first.height - 1) };
    },
  },
  {
    id: "YEARENDFORECAST",
    implementation: functions.yearEndForecast as AdaptedFunction["implementation"],
    parameterCount: 5,
    matrixParameters: [0, 2, 3],
    // A single amount spills its results across, like a column of accounts does.
    resultSize: ([first, , , , part]) => {
      const lines = linesOfPart(part, 2);
      return first.height === 1 && first.width > 1
        ? { width: first.width, height: lines }
        : { width: lines, height: first.height };
    },
  },
  {
    id: "BENCHMARKPOTENTIAL",
    implementation: functions.benchmarkPotential as AdaptedFunction["implementation"],
    parameterCount: 4,
    matrixParameters: [1],
    resultSize: () => ({ width: 1, height: 1 }),
  },
  {
    id: "SCENARIO",
    implementation: functions.scenario as AdaptedFunction["implementation"],
    parameterCount: 3,
    matrixParameters: [0],
    // Cell for cell: the same shape as the values.
    resultSize: ([first]) => ({ width: first.width, height: first.height }),
  },
  {
    id: "STRATEGYCASES",
    implementation: functions.strategyCases as AdaptedFunction["implementation"],
    parameterCount: 6,
    matrixParameters: [0, 1, 2],
    // One line per case: pessimistic, expected, optimistic.
    resultSize: likeFirstArgument(3),
  },
];

/** HyperFormula translations of the BAR function names: English ids, Danish names from the Danish table. */
export const BAR_FUNCTION_TRANSLATIONS: Record<string, Record<string, string>> = {
  enGB: Object.fromEntries(BAR_FUNCTIONS.map(({ id }) => [`BAR.${id}`, `BAR.${id}`])),
  daDK: Object.fromEntries(
    BAR_FUNCTIONS.map(({ id }) => [`BAR.${id}`, `BAR.${DANISH_FUNCTION_TEXTS[id].name}`]),
  ),
};
