/** What was wrong with an input; the i18n catalogue turns it into words for the user. */
export type InputProblem =
  | { code: "text"; found: string }
  | { code: "boolean"; found: boolean }
  | { code: "errorValue"; found: string }
  | { code: "notFinite" }
  | { code: "tooLarge"; limit: number }
  | { code: "resultTooLarge"; limit: number }
  | { code: "blank" }
  /** `found`: what the cell holds ("-", "ukendt"); `count`: how many figures of that year are not estimated. */
  | { code: "notEstimated"; found?: string; count?: number }
  | { code: "emptyRange" }
  | { code: "notALine"; rows: number; columns: number }
  | { code: "notOneCell"; rows: number; columns: number }
  | { code: "lengthMismatch"; expected: number; found: number; other: string }
  | { code: "mixedSigns" }
  | { code: "unknownOption"; found: string; allowed: readonly string[] }
  | { code: "thresholdOrder"; other: string }
  | { code: "missing" }
  | { code: "notADate"; found: string }
  | { code: "notSorted"; previous: number }
  | { code: "notCovered"; firstDate: number; from: number; to: number }
  | { code: "blankInPair"; other: string }
  | { code: "notPositive" }
  | { code: "negative" }
  | { code: "notInRange"; min: number; max: number; wholeNumber: boolean }
  | { code: "tooFewValues"; minimum: number; found: number }
  | { code: "wrongCount"; expected: number; found: number; other?: string }
  | { code: "profileSum"; sum: number; tolerance: number }
  | { code: "nothingElapsed"; months: number }
  | { code: "incomeSign" }
  | { code: "notARange"; found: string }
  | { code: "ambiguous"; found: string; readings: [number, number] }
  | { code: "lowAboveHigh"; found: string; low: number; high: number };

/** Where the problem is: the argument, and for ranges the 1-based row and column inside it. */
export type InputLocation = {
  argument: string;
  row?: number;
  column?: number;
  /** The cell's A1 address when the host told us where the range is. */
  address?: string;
};

/**
 * Excel's error kind for the problem: `#VALUE!` for a wrong input, `#N/A` for a value that
 * is missing, or the error the input already held (the first real error survives).
 */
export type InputErrorKind = "invalidValue" | "notAvailable" | { propagate: string };

/** A typed input error: thrown by the engine and the argument converters, caught at the function boundary. */
export class InputError extends Error {
  constructor(
    readonly kind: InputErrorKind,
    readonly location: InputLocation,
    readonly problem: InputProblem,
  ) {
    super(`${location.argument}: ${problem.code}`);
    this.name = "InputError";
  }
}

/**
 * Amounts beyond this lose precision in Excel's 15 significant digits (whole kr. or øre are
 * no longer exact), so they are rejected, in the cells and in results alike.
 */
export const MAX_AMOUNT = 1e15;

/** Throws an InputError unless `value` is a finite amount Excel can hold exactly enough. */
export function checkAmount(value: number, location: InputLocation): number {
  const problem = amountProblem(value);
  if (problem) throw new InputError("invalidValue", location, problem);
  return value;
}

/** Why `value` is not an amount checkAmount accepts; undefined when it is one. */
export function amountProblem(value: number): InputProblem | undefined {
  if (!Number.isFinite(value)) return { code: "notFinite" };
  if (Math.abs(value) > MAX_AMOUNT) return { code: "tooLarge", limit: MAX_AMOUNT };
  return undefined;
}

/** checkAmount for the `column`-th value of `argument`, building the location only when it fails (for hot loops). */
export function checkAmountAt(value: number, argument: string, column: number): number {
  if (Number.isFinite(value) && Math.abs(value) <= MAX_AMOUNT) return value;
  return checkAmount(value, { argument, column });
}

/**
 * Throws an InputError blaming `location` unless a result is a finite amount within the
 * limit: no BAR function returns ±Infinity, NaN or an amount Excel cannot hold exactly enough.
 */
export function checkResult(value: number, location: InputLocation): number {
  if (Number.isFinite(value) && Math.abs(value) <= MAX_AMOUNT) return value;
  throw new InputError("invalidValue", location, { code: "resultTooLarge", limit: MAX_AMOUNT });
}
