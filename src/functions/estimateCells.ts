import { InputError, type InputLocation, type InputProblem, checkAmount } from "../engine/inputError";
import { NOT_ESTIMATED, parseAmount } from "../engine/parseAmount";
import {
  type Estimate,
  type RangeProblem,
  exactEstimate,
  isUnknownText,
  parseRange,
} from "../engine/parseRange";
import { type Case, type WorseDirection } from "../engine/scenarioCases";
import { cellLocation, isErrorValue, type RangeArgument } from "./cellValues";
import { readOption } from "./scalarArguments";

/*
 * Cells that hold an estimate in BAR's notation (src/engine/parseRange.ts): a number, a
 * range as text ("7,5-14,5", "-1.500 til -900"), or "-" / "ukendt" / "unknown".
 */

/** What a blank cell is: not estimated (a figure that must be there), or 0 (no challenge that year). */
export type EstimateBlank = "notEstimated" | "zero";

/**
 * Reads one cell as an estimate. A number typed as text ("85,5") is refused as everywhere in
 * BAR; a text that is no range, an ambiguous end or a low end above the high end names the cell.
 */
export function readEstimate(value: unknown, location: InputLocation, blank: EstimateBlank): Estimate {
  if (typeof value === "number") return exactEstimate(checkAmount(value, location) + 0);
  if (value === null || value === undefined || value === "") {
    return blank === "zero" ? exactEstimate(0) : NOT_ESTIMATED;
  }
  if (typeof value === "string") {
    if (isUnknownText(value)) return NOT_ESTIMATED;
    if (parseAmount(value).ok) throw new InputError("invalidValue", location, { code: "text", found: value });
    const read = parseRange(value);
    if (read.ok) return read.value;
    throw new InputError("invalidValue", location, toInputProblem(read.problem, value));
  }
  if (typeof value === "boolean")
    throw new InputError("invalidValue", location, { code: "boolean", found: value });
  if (isErrorValue(value)) {
    throw new InputError({ propagate: value.code }, location, { code: "errorValue", found: value.code });
  }
  throw new InputError("invalidValue", location, { code: "text", found: String(value) });
}

function toInputProblem(problem: RangeProblem, found: string): InputProblem {
  switch (problem.code) {
    case "ambiguous":
    case "lowAboveHigh":
      return problem;
    case "tooLarge":
      return { code: "tooLarge", limit: problem.limit };
    default:
      return { code: "notARange", found };
  }
}

/** Every cell of a block as estimates, one array per row. */
export function readEstimateBlock(argument: RangeArgument, blank: EstimateBlank): Estimate[][] {
  const { range } = argument;
  if (argument.omitted || range.length === 0 || range[0].length === 0) {
    const problem = argument.omitted ? ({ code: "missing" } as const) : ({ code: "emptyRange" } as const);
    throw new InputError("invalidValue", { argument: argument.name }, problem);
  }
  return range.map((cells, row) =>
    cells.map((value, column) => readEstimate(value, cellLocation(argument, row, column), blank)),
  );
}

/** The case names, English first (as the result codes), with the Danish names Danish Excel users type. */
const CASE_NAMES: Record<string, Case> = {
  pessimistic: "pessimistic",
  expected: "expected",
  optimistic: "optimistic",
  pessimistisk: "pessimistic",
  forventet: "expected",
  optimistisk: "optimistic",
};

/** Reads the required case name, in English or Danish. */
export function readCase(value: unknown, argument: string): Case {
  const scalar = Array.isArray(value) && value.length === 1 && value[0]?.length === 1 ? value[0][0] : value;
  if (scalar === null || scalar === undefined || scalar === "") {
    throw new InputError("invalidValue", { argument }, { code: "missing" });
  }
  return CASE_NAMES[readOption(value, argument, Object.keys(CASE_NAMES))];
}

const WORSE_NAMES: Record<string, WorseDirection> = {
  higher: "higher",
  lower: "lower",
  højere: "higher",
  lavere: "lower",
};

/** Reads which way a figure gets worse; omitted is "higher" (costs, and reductions written negative). */
export function readWorse(value: unknown, argument: string): WorseDirection {
  return WORSE_NAMES[readOption(value, argument, Object.keys(WORSE_NAMES))];
}
