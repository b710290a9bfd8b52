import type { CellValue } from "../../engine/workbookProblem";
import { customFunctionsResolve, toEnglishFormula } from "./host/customFunctionNames";
import type { HostProfile } from "./host/hostProfile";

/** One stored cell: what it shows (or the formula behind it), its number format and font. */
export type FakeCell = {
  value: CellValue;
  formula: string | null;
  numberFormat: string;
  /** `Range.format.font.bold`; unset is not bold. */
  bold?: boolean;
  /** `Range.format.font.size` in points; unset is Excel's default (11). */
  fontSize?: number;
  /** `Range.format.horizontalAlignment`; unset is "General" (text left, numbers right). */
  horizontalAlignment?: string;
  /** `Range.format.borders`: the lines on this cell's edges; unset is none. */
  borders?: Partial<Record<"top" | "bottom" | "left" | "right", { style?: string; weight?: string }>>;
  /** The formula names a function this Excel does not know (host/customFunctionNames.ts): it shows #NAME?. */
  nameError?: boolean;
};

/** Excel's default number format. */
export const GENERAL = "General";

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * What Excel makes of a value written through `Range.values` (en-US, as the API uses).
 * A text-formatted cell ("@") keeps any string as text; otherwise a leading "=" makes a
 * formula, and so do "+", "-" and "@" followed by more than a number, as when typed in
 * the grid. One leading apostrophe is Excel's text prefix and is dropped.
 */
export function interpretInput(
  input: unknown,
  numberFormat: string,
  textFormatKeepsText = true,
): Pick<FakeCell, "value" | "formula"> {
  if (input === null || input === undefined) return { value: "", formula: null };
  if (typeof input === "number" || typeof input === "boolean") return { value: input, formula: null };
  const text = String(input);
  if (text.startsWith("'")) return { value: text.slice(1), formula: null };
  if (numberFormat === "@" && textFormatKeepsText) return { value: text, formula: null };
  if (text.startsWith("=") && text.length > 1) return { value: "", formula: text };
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return { value: Number(trimmed), formula: null };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true", formula: null };
  if (/^[+\-@]./.test(text)) return { value: "", formula: `=${text.startsWith("@") ? text.slice(1) : text}` };
  return { value: text, formula: null };
}

/** What `Range.formulas` writes: a formula when it starts with "=", otherwise the same as `values`. */
export function interpretFormulaInput(
  input: unknown,
  numberFormat: string,
  textFormatKeepsText = true,
): Pick<FakeCell, "value" | "formula"> {
  if (typeof input === "string" && input.startsWith("=") && input.length > 1)
    return { value: "", formula: input };
  return interpretInput(input, numberFormat, textFormatKeepsText);
}

/**
 * A stored cell after a write of `kind`: a number format, or the input as Excel interprets
 * it (a formula from `formulasLocal` is kept in English for the evaluator), flagged when it
 * names a custom function this Excel does not know.
 */
export function writtenCell(
  old: FakeCell,
  input: unknown,
  kind: "values" | "formulas" | "formulasLocal" | "numberFormat",
  profile: HostProfile,
): FakeCell {
  if (kind === "numberFormat") return { ...old, numberFormat: String(input) };
  const interpret = kind === "values" ? interpretInput : interpretFormulaInput;
  const interpreted = interpret(input, old.numberFormat, profile.textFormatKeepsFormulaText);
  const written = interpreted.formula;
  const formula = written !== null && kind === "formulasLocal" ? toEnglishFormula(written, profile) : written;
  const next: FakeCell = { ...old, ...interpreted, formula };
  if (written !== null && !customFunctionsResolve(written, kind, profile)) next.nameError = true;
  else delete next.nameError;
  return next;
}

/** True when a stored cell holds nothing and looks like a never-touched one. */
export function isBlankCell(cell: FakeCell): boolean {
  return (
    cell.value === "" &&
    cell.formula === null &&
    cell.numberFormat === GENERAL &&
    cell.bold === undefined &&
    cell.fontSize === undefined &&
    cell.horizontalAlignment === undefined &&
    cell.borders === undefined
  );
}
