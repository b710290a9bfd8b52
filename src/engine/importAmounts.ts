import { MAX_AMOUNT } from "./inputError";
import type { ImportUnit } from "./importVocabulary";
import { NOT_ESTIMATED, isNotEstimatedText, parseAmount, type Effect } from "./parseAmount";
import type { CellValue } from "./workbookProblem";

/** What one unit is in BAR's 1.000 kr. */
export const UNIT_FACTORS: Readonly<Record<ImportUnit, number>> = {
  kroner: 0.001,
  thousands: 1,
  millions: 1000,
};

/** Why a cell of a year column could not be imported, or a doubt about what it holds. */
export type AmountCellProblem =
  | { code: "notAnAmount"; found: string }
  | { code: "ambiguousAmount"; found: string; readings: [number, number] }
  | { code: "amountTooLarge"; found: string }
  /**
   * A number with exactly three decimals in a sheet of 1.000 kr.: "-1.257" typed into an
   * English Excel is -1,257 thousandths, not -1.257 thousand. Imported as it is, and said.
   */
  | { code: "threeDecimals"; value: number; suggestion: number };

/** A year cell read as an effect in 1.000 kr., with a doubt to show (`warning`), or why not. */
export type AmountCell =
  { ok: true; value: Effect; warning?: AmountCellProblem } | { ok: false; problem: AmountCellProblem };

/**
 * How many thousands a number format divides by: each comma after the last digit
 * placeholder scales the shown number by 1,000 (`#,##0,` shows 1257000 as 1,257). The
 * section for negative numbers counts for a negative value. Quoted text and `\x` escapes
 * are not placeholders.
 */
export function formatScale(numberFormat: string, value: number): number {
  const sections = splitSections(numberFormat);
  const section = value < 0 && sections.length > 1 ? sections[1] : sections[0];
  const code = section.replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, "");
  const match = /[0#?](,+)[^0#?]*$/.exec(code);
  return match ? 1000 ** match[1].length : 1;
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (let at = 0; at < format.length; at++) {
    const character = format[at];
    if (character === '"') quoted = !quoted;
    if (character === "\\" && !quoted) {
      current += character + (format[at + 1] ?? "");
      at++;
      continue;
    }
    if (character === ";" && !quoted) {
      sections.push(current);
      current = "";
    } else current += character;
  }
  sections.push(current);
  return sections;
}

/** `value` × `factor` without the binary noise of the multiplication (0.1 × 1000 is 100). */
export function scaled(value: number, factor: number): number {
  return Number((value * factor).toPrecision(15)) + 0;
}

/**
 * Reads a cell of a year column as the effect in 1.000 kr. A number counts as Excel shows
 * it (its number format's scaling) in the sheet's unit; a text is read as the documents
 * write amounts (`-1.257`, `1.257,5`, `−977`); blank and `-` are not estimated, never zero.
 */
export function readAmountCell(cell: CellValue, numberFormat: string, unit: ImportUnit): AmountCell {
  const factor = UNIT_FACTORS[unit];
  if (typeof cell === "boolean") return { ok: false, problem: { code: "notAnAmount", found: String(cell) } };
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return { ok: false, problem: { code: "notAnAmount", found: String(cell) } };
    const scale = formatScale(numberFormat, cell);
    const value = scaled(cell / scale, factor);
    if (Math.abs(value) > MAX_AMOUNT)
      return { ok: false, problem: { code: "amountTooLarge", found: String(cell) } };
    const thousandths = scale === 1 && unit === "thousands" && hasThreeDecimals(cell);
    return thousandths
      ? { ok: true, value, warning: { code: "threeDecimals", value, suggestion: scaled(cell, 1000) } }
      : { ok: true, value };
  }
  if (cell.trim() === "" || isNotEstimatedText(cell)) return { ok: true, value: NOT_ESTIMATED };
  const parsed = parseAmount(cell);
  if (!parsed.ok) {
    const problem = parsed.problem;
    if (problem.code === "ambiguous")
      return {
        ok: false,
        problem: {
          code: "ambiguousAmount",
          found: cell,
          readings: [scaled(problem.readings[0], factor), scaled(problem.readings[1], factor)],
        },
      };
    if (problem.code === "tooLarge") return { ok: false, problem: { code: "amountTooLarge", found: cell } };
    return { ok: false, problem: { code: "notAnAmount", found: cell } };
  }
  if (parsed.value === NOT_ESTIMATED) return { ok: true, value: NOT_ESTIMATED };
  const value = scaled(parsed.value, factor);
  if (Math.abs(value) > MAX_AMOUNT) return { ok: false, problem: { code: "amountTooLarge", found: cell } };
  return { ok: true, value };
}

function hasThreeDecimals(value: number): boolean {
  const thousandths = scaled(value, 1000);
  return Number.isInteger(thousandths) && !Number.isInteger(scaled(value, 100)) && Math.abs(value) < 1000;
}
