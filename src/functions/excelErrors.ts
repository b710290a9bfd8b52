import { InputError, InputErrorKind } from "../engine/inputError";
import { isNotEstimatedText } from "../engine/parseAmount";
import { describeInputError } from "../i18n/describeInputError";
import { Orientation, RangeArgument, cellLocation } from "./cellValues";
import { messageLanguage } from "./messageLanguage";

/** Excel shows a custom message only with #VALUE! and #N/A, and cannot return #NAME? or #REF!. */
const RETURNABLE_ERRORS = new Set<string>(["#DIV/0!", "#N/A", "#NUM!", "#VALUE!", "#NULL!", "#BUSY!"]);

function toErrorCode(kind: InputErrorKind): CustomFunctions.ErrorCode {
  if (kind === "notAvailable") return CustomFunctions.ErrorCode.notAvailable;
  if (kind === "invalidValue" || !RETURNABLE_ERRORS.has(kind.propagate))
    return CustomFunctions.ErrorCode.invalidValue;
  return kind.propagate as CustomFunctions.ErrorCode;
}

/** Turns an input error into the Excel error the cell shows, with a message in Office's language at call time. */
export function toExcelError(error: InputError): CustomFunctions.Error {
  return new CustomFunctions.Error(toErrorCode(error.kind), describeInputError(error, messageLanguage()));
}

/**
 * Runs a custom function's body and returns Excel errors for bad input. Anything other
 * than an InputError is a bug and is rethrown, so it is never dressed up as bad input.
 */
export function withExcelErrors<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof InputError) throw toExcelError(error);
    throw error;
  }
}

/** The A1 addresses of the arguments, when Excel passed them (`@requiresParameterAddresses`). */
export function addressesOf(invocation: CustomFunctions.Invocation | undefined): (string | undefined)[] {
  return invocation?.parameterAddresses ?? [];
}

/** The #N/A for a year whose number is blank or "-" (not estimated yet): unknown is not zero. */
export function missingYearError(
  argument: RangeArgument,
  year: number,
  orientation: Orientation,
): CustomFunctions.Error {
  const [row, column] = orientation === "row" ? [0, year] : [year, 0];
  const value = argument.range[row]?.[column];
  const problem = typeof value === "string" && isNotEstimatedText(value) ? "notEstimated" : "blank";
  return toExcelError(new InputError("notAvailable", cellLocation(argument, row, column), { code: problem }));
}

/**
 * The input error with the cell it concerns. The engine counts positions through an
 * argument's values (`column`, row by row through the range); the sheet wants the cell.
 */
export function toCellError(error: InputError, ranges: readonly RangeArgument[]): InputError {
  const { argument: name, row, column, address } = error.location;
  const argument = ranges.find((candidate) => candidate.name === name);
  if (!argument || row !== undefined || address !== undefined) return error;
  if (column === undefined) {
    // A problem with a whole argument that is one cell (a threshold, a unit cost) names that cell.
    const cell = argument.address && !argument.address.includes(":") ? argument.address : undefined;
    return cell ? new InputError(error.kind, { ...error.location, address: cell }, error.problem) : error;
  }
  const width = Math.max(1, argument.range[0]?.length ?? 1);
  const index = column - 1;
  return new InputError(
    error.kind,
    cellLocation(argument, Math.floor(index / width), index % width),
    error.problem,
  );
}

/** Runs engine code over `ranges`, so its input errors name the cell (see toCellError). */
export function withCellLocations<T>(ranges: readonly RangeArgument[], body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw error instanceof InputError ? toCellError(error, ranges) : error;
  }
}

/** A cell of a spill from the engine: an input error becomes its Excel error, `null` (nothing to show) an empty cell. */
export function toCellValue<T extends number | string>(
  value: T | InputError | null,
): T | "" | CustomFunctions.Error {
  if (value instanceof InputError) return toExcelError(value);
  return value ?? "";
}
