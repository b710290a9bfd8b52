import * as functions from "../../functions/functions";
import { DANISH_FUNCTION_TEXTS } from "../../i18n/da/functionTexts";
import type { AdaptedFunction, ArgumentShape } from "./barFunctionPlugin";

/** A result laid out like the first argument, `lines` deep (one line per row when it is a row). */
function likeFirstArgument(lines: number) {
  return ([first]: ArgumentShape[]) =>
    first.height === 1 ? { width: first.width, height: lines } : { width: lines, height: first.height };
}

const isTrue = (shape: ArgumentShape | undefined) => shape?.literal === true || shape?.literal === 1;

/** Every BAR function with its spill size, for the HyperFormula adapter. */
export const BAR_FUNCTIONS: AdaptedFunction[] = [
  {
    id: "CARRYFORWARD",
    implementation: functions.carryForward as AdaptedFunction["implementation"],
    parameterCount: 4,
    // HyperFormula sizes spills before evaluating, so `detail` must be a literal TRUE there.
    resultSize: (shapes) => likeFirstArgument(isTrue(shapes[3]) ? 4 : 1)(shapes),
  },
  {
    id: "STRATEGYCHECK",
    implementation: functions.strategyCheck as AdaptedFunction["implementation"],
    parameterCount: 5,
    resultSize: likeFirstArgument(1),
  },
];

/** HyperFormula translations of the BAR function names: English ids, Danish names from the Danish table. */
export const BAR_FUNCTION_TRANSLATIONS: Record<string, Record<string, string>> = {
  enGB: Object.fromEntries(BAR_FUNCTIONS.map(({ id }) => [`BAR.${id}`, `BAR.${id}`])),
  daDK: Object.fromEntries(
    BAR_FUNCTIONS.map(({ id }) => [`BAR.${id}`, `BAR.${DANISH_FUNCTION_TEXTS[id].name}`]),
  ),
};
