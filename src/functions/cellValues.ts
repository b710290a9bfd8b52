import { offsetAddress } from "./a1Address";
import { NOT_ESTIMATED, isNotEstimatedText } from "../engine/parseAmount";
import { InputError, InputLocation, MAX_AMOUNT, checkAmount } from "../engine/inputError";

/** Whether a line of yearly values runs across a row or down a column. */
export type Orientation = "row" | "column";

/** A range as Excel hands it to a custom function: rows of cell values. */
export type Range = readonly (readonly unknown[])[];

/** What a blank cell means for an argument: 0, a missing value (`null`), or an error. */
export type BlankRule = "zero" | "missing" | "error";

/**
 * What the documents' "-" (not estimated yet) means for an argument: 0 where lines are
 * added up (an initiative without an estimate adds nothing yet), a value not known
 * (`null`, which the function reports as #N/A for that year) where each value is judged
 * on its own, or an #N/A for the whole result where the value is needed (a target, a
 * number of citizens, a threshold). Never text, never a silent 0 where it would count.
 */
export type DashRule = "zero" | "notEstimated" | "error";

/**
 * The shape of a range argument and where it sits in the sheet, for error messages; `omitted`
 * when Excel passed no value at all (an optional argument left out).
 */
export type RangeArgument = { name: string; range: Range; address?: string; omitted?: boolean };

export { offsetAddress };

/** Excel passes an error value in a cell as an object carrying its code, e.g. `#N/A`. */
export function isErrorValue(value: unknown): value is { code: string } {
  return (
    typeof value === "object" && value !== null && typeof (value as { code?: unknown }).code === "string"
  );
}

/** Excel hands a single cell to a range parameter as a scalar on some hosts: make it a 1×1 range. */
export function toRange(value: unknown): Range {
  if (!Array.isArray(value)) return [[value]];
  // Excel passes rows of cells, taken as they are: copying 100,000 rows cost more than summing them.
  for (let row = 0; row < value.length; row++) {
    if (!Array.isArray(value[row])) return value.map((cells) => (Array.isArray(cells) ? cells : [cells]));
  }
  return value as unknown[][];
}

/** The location of a cell (0-based row and column inside the range), with its A1 address when known. */
export function cellLocation(argument: RangeArgument, row: number, column: number): InputLocation {
  const location: InputLocation = { argument: argument.name, row: row + 1, column: column + 1 };
  const address = argument.address && offsetAddress(argument.address, row, column);
  return address ? { ...location, address } : location;
}

/**
 * Reads one cell as an amount. Numbers pass (if finite and not absurdly large); a blank
 * follows `blank`; the documents' "-" (no estimate yet) follows `dash`; text, booleans and
 * error values are input errors naming the cell.
 */
export function readAmount(
  value: unknown,
  location: InputLocation,
  blank: BlankRule,
  dash: DashRule = "error",
): number | null {
  if (typeof value === "number") return checkAmount(value, location);
  if (value === null || value === undefined || value === "") {
    if (blank === "zero") return 0;
    if (blank === "missing") return null;
    throw new InputError("notAvailable", location, { code: "blank" });
  }
  if (typeof value === "string") {
    if (isNotEstimatedText(value)) {
      if (dash === "error") throw new InputError("notAvailable", location, { code: "notEstimated" });
      return dash === "zero" ? 0 : null;
    }
    throw new InputError("invalidValue", location, { code: "text", found: value });
  }
  if (typeof value === "boolean")
    throw new InputError("invalidValue", location, { code: "boolean", found: value });
  if (isErrorValue(value)) {
    throw new InputError({ propagate: value.code }, location, { code: "errorValue", found: value.code });
  }
  throw new InputError("invalidValue", location, { code: "text", found: String(value) });
}

/**
 * readAmount for the cell at `row`, `column` (0-based) of `argument`, building its location
 * only when there is a problem to report: loops over many cells must not pay for an
 * address per cell.
 */
export function readAmountAt(
  value: unknown,
  argument: RangeArgument,
  row: number,
  column: number,
  blank: BlankRule,
  dash: DashRule = "error",
): number | null {
  if (typeof value === "number") {
    if (Math.abs(value) <= MAX_AMOUNT) return value;
  } else if (value === null || value === undefined || value === "") {
    if (blank !== "error") return blank === "zero" ? 0 : null;
  } else if (dash !== "error" && typeof value === "string" && isNotEstimatedText(value)) {
    return dash === "zero" ? 0 : null;
  }
  return readAmount(value, cellLocation(argument, row, column), blank, dash);
}

/**
 * Reads one cell as an amount, or as not estimated (`NOT_ESTIMATED`) when it holds the
 * documents' "-"; a blank follows `blank`.
 */
export function readKnownAmount(
  value: unknown,
  location: InputLocation,
  blank: BlankRule,
): number | null | typeof NOT_ESTIMATED {
  if (typeof value === "string" && isNotEstimatedText(value)) return NOT_ESTIMATED;
  return readAmount(value, location, blank);
}

/** A line of yearly values read from one row or one column. */
export type Line = { values: (number | null)[]; orientation: Orientation };

/** Whether a one-row or one-column range runs across or down; a 1×1 range counts as a row. */
function orientationOf(argument: RangeArgument): Orientation {
  const { range } = argument;
  const rows = range.length;
  const columns = rows === 0 ? 0 : range[0].length;
  if (rows === 0 || columns === 0) {
    throw new InputError("invalidValue", { argument: argument.name }, { code: "emptyRange" });
  }
  if (rows > 1 && columns > 1) {
    throw new InputError("invalidValue", { argument: argument.name }, { code: "notALine", rows, columns });
  }
  return rows === 1 ? "row" : "column";
}

/** Reads a one-row or one-column range cell by cell with `read`; a 1×1 range counts as a row. */
export function readLineWith<T>(
  argument: RangeArgument,
  read: (value: unknown, location: InputLocation) => T,
): { values: T[]; orientation: Orientation } {
  const { range } = argument;
  const orientation = orientationOf(argument);
  const values =
    orientation === "row"
      ? range[0].map((value, column) => read(value, cellLocation(argument, 0, column)))
      : range.map((row, index) => read(row[0], cellLocation(argument, index, 0)));
  return { values, orientation };
}

/** Reads a one-row or one-column range as a line of amounts; a 1×1 range counts as a row. */
export function readLine(argument: RangeArgument, blank: BlankRule, dash: DashRule = "error"): Line {
  if (argument.omitted)
    throw new InputError("invalidValue", { argument: argument.name }, { code: "missing" });
  const { range } = argument;
  const orientation = orientationOf(argument);
  const count = orientation === "row" ? range[0].length : range.length;
  const values = new Array<number | null>(count);
  for (let index = 0; index < count; index++) {
    values[index] =
      orientation === "row"
        ? readAmountAt(range[0][index], argument, 0, index, blank, dash)
        : readAmountAt(range[index][0], argument, index, 0, blank, dash);
  }
  return { values, orientation };
}

/** Reads an optional line of amounts, blanks as 0; undefined when the argument was not given. */
export function readOptionalLine(argument: RangeArgument): number[] | undefined {
  return isGiven(argument) ? (readLine(argument, "zero").values as number[]) : undefined;
}

/**
 * Reads several line arguments (blank and "-" count as 0) into amounts by argument name,
 * in the orientation of the first.
 */
export function readNamedLines(arguments_: readonly RangeArgument[]): {
  byName: Record<string, number[]>;
  orientation: Orientation;
} {
  const lines = arguments_.map((argument) => readLine(argument, "zero", "zero"));
  const byName = Object.fromEntries(arguments_.map(({ name }, index) => [name, lines[index].values]));
  return { byName: byName as Record<string, number[]>, orientation: lines[0].orientation };
}

/**
 * Reads every cell of a range of any shape, row by row, as amounts; a blank follows
 * `blank`, and "-" follows `dash`.
 */
export function readAmounts(
  argument: RangeArgument,
  blank: BlankRule,
  dash: DashRule = "error",
): (number | null)[] {
  const { range } = argument;
  if (range.length === 0 || range[0].length === 0) {
    throw new InputError("invalidValue", { argument: argument.name }, { code: "emptyRange" });
  }
  const values: (number | null)[] = [];
  for (let row = 0; row < range.length; row++) {
    const cells = range[row];
    for (let column = 0; column < cells.length; column++) {
      values.push(readAmountAt(cells[column], argument, row, column, blank, dash));
    }
  }
  return values;
}

/**
 * Reads a required single amount. Omitted (no value and no cell) is "missing"; a blank
 * cell is #N/A, as unknown is not zero.
 */
export function readSingleAmount(argument: RangeArgument): number {
  const { name, range, address } = argument;
  if (range.length !== 1 || range[0].length !== 1) {
    const problem = { code: "notOneCell", rows: range.length, columns: range[0]?.length ?? 0 } as const;
    throw new InputError("invalidValue", { argument: name }, problem);
  }
  // Without a cell to name, nothing in the sheet is blank: the argument was left out.
  if (argument.omitted && !address)
    throw new InputError("invalidValue", { argument: name }, { code: "missing" });
  const value = range[0][0];
  if (typeof value === "number" && Math.abs(value) <= MAX_AMOUNT) return value;
  return readAmount(value, address ? { argument: name, address } : { argument: name }, "error") as number;
}

/**
 * Whether an optional argument was given, told by its value alone: Excel passes `null` for an
 * optional argument left out (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-parameter-options,
 * "Optional parameters"), while a matrix parameter that refers to cells, even one blank cell,
 * arrives as a 2-D array. What `parameterAddresses` holds for a left-out argument is not documented.
 */
export function isGiven(argument: RangeArgument): boolean {
  return !argument.omitted;
}

/** The range arguments of a call, named by the keys of `values` (in parameter order), with their A1 addresses. */
export function toRangeArguments(
  values: Record<string, unknown>,
  invocation: CustomFunctions.Invocation | undefined,
): RangeArgument[] {
  const addresses = invocation?.parameterAddresses ?? [];
  const ranges: RangeArgument[] = [];
  // A loop, not Object.entries: functions called once per row (100,000 formulas) pay this on every call.
  for (const name in values) {
    const value = values[name];
    const omitted = value === null || value === undefined;
    ranges.push({ name, range: toRange(value), address: addresses[ranges.length] || undefined, omitted });
  }
  return ranges;
}

/** Lays lines of results out as Excel expects, one line per row (`row`) or per column (`column`). */
export function toOrientation<T>(lines: readonly (readonly T[])[], orientation: Orientation): T[][] {
  if (orientation === "row") return lines.map((line) => [...line]);
  return lines[0].map((_, index) => lines.map((line) => line[index]));
}
