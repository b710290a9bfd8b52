import { InputError } from "../engine/inputError";
import { isErrorValue, readAmount, toRange } from "./cellValues";

/*
 * Scalar arguments of the BAR functions: optional amounts, choices and flags, each one
 * cell. The range arguments are read in cellValues.ts.
 */

/**
 * An optional scalar argument; a range there must be a single cell. An error value is passed
 * on, as Excel hands errors to the function (`allowErrorForDataTypeAny`) instead of stopping.
 */
function toScalar(value: unknown, argument: string): unknown {
  // Mostly a value, or null for an argument left out: no range to build for it.
  const range = Array.isArray(value) ? toRange(value) : undefined;
  if (range && (range.length !== 1 || range[0].length !== 1)) {
    const problem = { code: "notOneCell", rows: range.length, columns: range[0]?.length ?? 0 } as const;
    throw new InputError("invalidValue", { argument }, problem);
  }
  const scalar = range ? range[0][0] : value;
  if (isErrorValue(scalar)) {
    throw new InputError(
      { propagate: scalar.code },
      { argument },
      { code: "errorValue", found: scalar.code },
    );
  }
  return scalar;
}

/** Reads an optional amount; omitted (`null`) or blank gives `fallback`. */
export function readOptionalAmount(value: unknown, argument: string, fallback: number): number {
  return readGivenAmount(value, argument) ?? fallback;
}

/** Reads an optional amount; undefined when omitted (`null`) or blank, so the engine can choose its default. */
export function readGivenAmount(value: unknown, argument: string): number | undefined {
  const scalar = toScalar(value, argument);
  if (scalar === null || scalar === undefined || scalar === "") return undefined;
  return readAmount(scalar, { argument }, "error") as number;
}

/** Reads an optional choice among `allowed` (case-insensitive); omitted (`null`) gives the first. */
export function readOption<T extends string>(value: unknown, argument: string, allowed: readonly T[]): T {
  const scalar = toScalar(value, argument);
  if (scalar === null || scalar === undefined || scalar === "") return allowed[0];
  const wanted = typeof scalar === "string" ? scalar.trim().toLowerCase() : undefined;
  const found = allowed.find((option) => option === wanted);
  if (found === undefined) {
    throw new InputError(
      "invalidValue",
      { argument },
      { code: "unknownOption", found: String(scalar), allowed },
    );
  }
  return found;
}

/**
 * Reads the optional `part` argument, a choice of which result lines to return (the first
 * choice is the default), and gives the names of those lines.
 */
export function readPart<L extends string>(
  value: unknown,
  parts: Record<string, readonly L[]>,
): readonly L[] {
  return parts[readOption(value, "part", Object.keys(parts))];
}

/** Reads an optional TRUE/FALSE (1/0 accepted, as Excel does); omitted (`null`) is FALSE. */
export function readFlag(value: unknown, argument: string): boolean {
  const scalar = toScalar(value, argument);
  if (scalar === null || scalar === undefined || scalar === "") return false;
  if (typeof scalar === "boolean") return scalar;
  if (scalar === 0 || scalar === 1) return scalar === 1;
  throw new InputError(
    "invalidValue",
    { argument },
    { code: "unknownOption", found: String(scalar), allowed: ["TRUE", "FALSE"] },
  );
}
