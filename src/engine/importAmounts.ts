import { MAX_AMOUNT } from "./inputError";
import type { ImportUnit } from "./importVocabulary";
import { toYearEffect, type YearEffect } from "./initiative";
import { NOT_ESTIMATED, parseAmount, type Effect } from "./parseAmount";
import { isUnknownText, parseRange, type RangeProblem } from "./parseRange";
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
  /** A year cell that is neither an amount, a range nor "not estimated". */
  | { code: "notAnEstimate"; found: string }
  /** A range where one amount is wanted (the full-year effect). */
  | { code: "rangeNotAllowed"; found: string }
  /** A range whose first end is above its second; `low` and `high` as the cell writes them, never swapped. */
  | { code: "lowAboveHigh"; found: string; low: number; high: number }
  | { code: "ambiguousAmount"; found: string; readings: [number, number] }
  | { code: "amountTooLarge"; found: string }
  /**
   * A number with exactly three decimals in a sheet of 1.000 kr.: "-1.257" typed into an
   * English Excel is -1,257 thousandths, not -1.257 thousand. Imported as it is, and said.
   */
  | { code: "threeDecimals"; value: number; suggestion: number };

/** A cell read as a `V` in 1.000 kr., with a doubt to show (`warning`), or why not. */
export type CellRead<V> =
  { ok: true; value: V; warning?: AmountCellProblem } | { ok: false; problem: AmountCellProblem };

/** A cell read as one amount in 1.000 kr. */
export type AmountCell = CellRead<Effect>;

/** A year cell read as an effect in 1.000 kr.: an amount, a range or not estimated. */
export type YearEffectCell = CellRead<YearEffect>;

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
 * Reads a cell that holds one amount (the full-year effect) in 1.000 kr. A number counts as
 * Excel shows it (its number format's scaling) in the sheet's unit; a text is read as the
 * documents write amounts (`-1.257`, `1.257,5`, `−977`); blank, `-` and `ukendt`/`unknown`
 * are not estimated, never zero. A range (`7,5-14,5`) is refused as one.
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
  if (cell.trim() === "" || isUnknownText(cell)) return { ok: true, value: NOT_ESTIMATED };
  const parsed = parseAmount(cell);
  if (!parsed.ok) {
    const problem = parsed.problem;
    if (problem.code === "notANumber" && isRangeText(cell))
      return { ok: false, problem: { code: "rangeNotAllowed", found: cell } };
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

/**
 * Reads a cell of a year column as the effect in 1.000 kr.: a number or an amount as
 * readAmountCell reads it, and a text in BAR's notation (parseRange: `7,5-14,5`, `0-20`,
 * `-1.500 til -900`, `-1,500 to -900`) as a range with both ends converted from the sheet's
 * unit as one amount is. `ukendt`, `ukendt p.t.` and `unknown` are not estimated; a low end
 * above the high end is refused, never swapped.
 */
export function readYearEffectCell(cell: CellValue, numberFormat: string, unit: ImportUnit): YearEffectCell {
  if (typeof cell !== "string" || cell.trim() === "") return readAmountCell(cell, numberFormat, unit);
  const factor = UNIT_FACTORS[unit];
  const parsed = parseRange(cell);
  if (!parsed.ok) return { ok: false, problem: toCellProblem(cell, parsed.problem, factor) };
  if (parsed.value === NOT_ESTIMATED) return { ok: true, value: NOT_ESTIMATED };
  // Each end as one amount would be: scaled() keeps 7,5 mio. kr. at exactly 7.500.
  const low = scaled(parsed.value.low, factor);
  const high = scaled(parsed.value.high, factor);
  if (Math.abs(low) > MAX_AMOUNT || Math.abs(high) > MAX_AMOUNT)
    return { ok: false, problem: { code: "amountTooLarge", found: cell } };
  return { ok: true, value: toYearEffect(low, high) };
}

function toCellProblem(cell: string, problem: RangeProblem, factor: number): AmountCellProblem {
  switch (problem.code) {
    case "ambiguous":
      // `found` is the end with two readings ("1,500" of "1,500-2,000"), or the whole cell.
      return {
        code: "ambiguousAmount",
        found: problem.found,
        readings: [scaled(problem.readings[0], factor), scaled(problem.readings[1], factor)],
      };
    case "tooLarge":
      return { code: "amountTooLarge", found: cell };
    case "lowAboveHigh":
      return { code: "lowAboveHigh", found: cell, low: problem.low, high: problem.high };
    default:
      return { code: "notAnEstimate", found: cell };
  }
}

/**
 * Whether a text that is no amount is a range in BAR's notation: read as one, or refused for
 * what only a range can have (ends the wrong way round, an end with two readings or too large).
 */
function isRangeText(text: string): boolean {
  const read = parseRange(text);
  if (read.ok) return read.value !== NOT_ESTIMATED;
  return read.problem.code !== "notARange" && read.problem.code !== "notANumber";
}

function hasThreeDecimals(value: number): boolean {
  const thousandths = scaled(value, 1000);
  return Number.isInteger(thousandths) && !Number.isInteger(scaled(value, 100)) && Math.abs(value) < 1000;
}
