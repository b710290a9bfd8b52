import { isDateSerial, toCalendarDate, toDateSerial, type CalendarDate } from "../engine/excelDate";
import { isRange, sameEffect, toYearEffect, type YearEffect } from "../engine/initiative";
import { NOT_ESTIMATED, parseAmount, type Effect } from "../engine/parseAmount";
import { formatRange, parseRange, type RangeProblem } from "../engine/parseRange";
import type { CellValue } from "../engine/workbookProblem";
import type { ColumnSpec } from "./schema";

export type { CellValue } from "../engine/workbookProblem";

/** Text format: Excel keeps what is typed, so `=HYPERLINK(…)`, `+45 1234` and `@foo` never become formulas. */
export const TEXT_FORMAT = "@";

/** Amounts in 1.000 kr. with thousands separators; the last section shows the "-" of "not estimated" as typed. */
export const AMOUNT_FORMAT = "#,##0;-#,##0;0;@";

/** Date and time as people read and sort them; the cell holds an Excel date-time in local time. */
export const TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

/** A date without a time, as people read and sort it; the cell holds an Excel date serial. */
export const DATE_FORMAT = "yyyy-mm-dd";

/** Excel's default format, for cells of columns the store does not know. */
export const GENERAL_FORMAT = "General";

/** What the documents write for "not estimated yet". */
export const NOT_ESTIMATED_CELL = "-";

/** A cell ready to write: the value and the number format that must be set before it. */
export type EncodedCell = { value: CellValue; numberFormat: string };

/** A cell read back: the value, or why it could not be read (`found` is the cell as text). */
export type Decoded<T> = { ok: true; value: T; storedAsText?: boolean } | { ok: false; found: string };

/**
 * Writes user text as text, whatever the order of writes and the cell's format: every
 * non-empty text gets Excel's text prefix, a leading apostrophe, which Excel keeps out of
 * the value. Office.js treats a string set through `Range.values` that starts with "="
 * as a formula (Excel.Range.values in @types/office-js), and a text number format alone is
 * not documented to stop that; the prefix is what users type for the same reason
 * (office-js #6687: "'=AVERAGE(…)" stays a string). So `=HYPERLINK(…)`, `+45 1234`,
 * `-5`, `@foo`, `1/2` and `2021-05-01` all stay the text they are.
 */
export function encodeText(text: string): EncodedCell {
  return { value: text === "" ? "" : `'${text}`, numberFormat: TEXT_FORMAT };
}

/** What a cell will hold once `cell` is written: Excel drops one leading apostrophe. */
export function readBack(cell: EncodedCell): CellValue {
  return typeof cell.value === "string" && cell.value.startsWith("'") ? cell.value.slice(1) : cell.value;
}

/** Reads a text cell; a number typed into it by hand comes back as Excel shows it. */
export function decodeText(cell: CellValue): string {
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}

/**
 * Writes a yearly effect: the amount, "-" for not estimated, or a range as text in BAR's
 * Danish notation ("-1.500 til -900"), which every pane reads back exactly whatever its
 * language. The text prefix keeps Excel from reading "-1.500 til -900" as a formula.
 */
export function encodeEffect(effect: YearEffect): EncodedCell {
  if (isRange(effect)) return { value: `'${formatRange(effect, "da")}`, numberFormat: AMOUNT_FORMAT };
  return { value: effect === NOT_ESTIMATED ? NOT_ESTIMATED_CELL : effect, numberFormat: AMOUNT_FORMAT };
}

/** A year cell of an initiative read back: an effect, or what was found and, for a range, why it is refused. */
export type DecodedYearEffect =
  | Decoded<YearEffect>
  | { ok: false; found: string; problem: Extract<RangeProblem, { code: "lowAboveHigh" }> };

/**
 * Reads a year cell of an initiative: as decodeEffect, and text in BAR's range notation
 * ("7,5-14,5", "-1.500 til -900", "ukendt") as a range. A range whose low end is above its
 * high end is refused with its reason, never swapped.
 */
export function decodeYearEffect(cell: CellValue): DecodedYearEffect {
  const plain = decodeEffect(cell);
  if (plain.ok || typeof cell !== "string") return plain;
  const range = parseRange(cell);
  if (range.ok) {
    const { value } = range;
    return { ok: true, value: value === NOT_ESTIMATED ? value : toYearEffect(value.low, value.high) };
  }
  const { problem } = range;
  return problem.code === "lowAboveHigh" ? { ok: false, found: cell, problem } : plain;
}

/**
 * Reads a yearly effect. Blank and "-" are not estimated (never zero); text that reads as
 * an amount ("-1.257", pasted from a document) counts, flagged `storedAsText`.
 */
export function decodeEffect(cell: CellValue): Decoded<Effect> {
  if (typeof cell === "number")
    return Number.isFinite(cell) ? { ok: true, value: cell } : { ok: false, found: String(cell) };
  if (typeof cell === "boolean") return { ok: false, found: decodeText(cell) };
  if (cell.trim() === "") return { ok: true, value: NOT_ESTIMATED };
  const parsed = parseAmount(cell);
  if (!parsed.ok) return { ok: false, found: cell };
  return parsed.value === NOT_ESTIMATED ? parsed : { ok: true, value: parsed.value, storedAsText: true };
}

/** Reads a plain number (threshold, setting, measure); blank is `null`, unknown rather than zero. */
export function decodeNumber(cell: CellValue): Decoded<number | null> {
  const effect = decodeEffect(cell);
  if (!effect.ok) return effect;
  return effect.value === NOT_ESTIMATED ? { ok: true, value: null } : (effect as Decoded<number>);
}

/**
 * Reads a code such as a status, ignoring case and spaces; blank gives `blank`. A Danish or
 * English label of a code (`words`, e.g. "Besluttet") reads as that code.
 */
export function decodeCode<T extends string>(
  cell: CellValue,
  allowed: readonly T[],
  blank: T | null,
  words: Readonly<Record<string, string>> = {},
): Decoded<T | null> {
  const found = decodeText(cell).trim();
  if (found === "") return { ok: true, value: blank };
  const wanted = (words[found.toLowerCase()] ?? found).toLowerCase();
  const match = allowed.find((code) => code.toLowerCase() === wanted);
  return match === undefined ? { ok: false, found } : { ok: true, value: match };
}

/** The allowed code nearest to what was typed (by edit distance to the codes and their labels). */
export function closestCode<T extends string>(
  found: string,
  allowed: readonly T[],
  words: Readonly<Record<string, string>> = {},
): T {
  const typed = found.trim().toLowerCase();
  const candidates: [string, T][] = [
    ...allowed.map((code) => [code.toLowerCase(), code] as [string, T]),
    ...Object.entries(words).flatMap(([word, code]) => {
      const known = allowed.find((candidate) => candidate === code);
      return known ? [[word, known] as [string, T]] : [];
    }),
  ];
  let best = candidates[0];
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(typed, candidate[0]);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best[1];
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * Writes a time stamp (ISO, as `Date.toISOString` gives it) as an Excel date-time in local
 * time, formatted, so people can read and sort the change log and ChangedAt; blank stays blank.
 */
export function encodeTime(iso: string): EncodedCell {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return { value: "", numberFormat: TIME_FORMAT };
  const local = at - new Date(at).getTimezoneOffset() * 60000;
  return { value: local / 86400000 + EXCEL_EPOCH_DAYS, numberFormat: TIME_FORMAT };
}

/** Days from Excel's day 0 (30 Dec 1899) to 1 Jan 1970. */
const EXCEL_EPOCH_DAYS = 25569;

/**
 * Reads a time stamp as ISO text: an Excel date-time (local time, as the store writes and as
 * a colleague types one), or ISO text (as older versions of BAR wrote).
 */
export function decodeTime(cell: CellValue): string | null {
  if (typeof cell === "number") {
    // Excel's dates run from serial 1 (1900) to 2958465 (31 Dec 9999); anything else is not a date.
    if (!(cell >= 1 && cell < 2958466)) return null;
    const local = Math.round((cell - EXCEL_EPOCH_DAYS) * 86400000);
    return new Date(local + new Date(local).getTimezoneOffset() * 60000).toISOString();
  }
  const text = decodeText(cell).trim();
  return text !== "" && !Number.isNaN(Date.parse(text)) ? text : null;
}

/** Writes a calendar date as an Excel date serial, formatted as a date. */
export function encodeDate(date: CalendarDate): EncodedCell {
  return { value: toDateSerial(date) ?? "", numberFormat: DATE_FORMAT };
}

/**
 * Reads a date: an Excel date (what Excel makes of a date typed into the cell, whatever its
 * display language; a time of day is ignored), or ISO text "2024-09-09" (a date pasted as
 * text). Anything else, blank included, is not a date.
 */
export function decodeDate(cell: CellValue): Decoded<CalendarDate> {
  if (typeof cell === "number")
    return isDateSerial(cell)
      ? { ok: true, value: toCalendarDate(cell) }
      : { ok: false, found: String(cell) };
  const text = decodeText(cell).trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = iso && { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  return date && toDateSerial(date) !== undefined
    ? { ok: true, value: date, storedAsText: true }
    : { ok: false, found: text };
}

/** Writes any value into a column of the given spec. */
export function encodeFor(spec: Pick<ColumnSpec, "kind">, value: CellValue | YearEffect | null): EncodedCell {
  if (spec.kind === "effect") {
    if (value === null || value === "") return encodeEffect(NOT_ESTIMATED);
    // A range as a cell holds it ("7,5 til 14,5", e.g. from the change log) goes back as text.
    const read = typeof value === "string" ? decodeYearEffect(value) : null;
    return encodeEffect(read?.ok && isRange(read.value) ? read.value : (value as YearEffect));
  }
  if (spec.kind === "number") {
    return { value: typeof value === "number" ? value : "", numberFormat: AMOUNT_FORMAT };
  }
  if (spec.kind === "date")
    return { value: typeof value === "number" ? value : "", numberFormat: DATE_FORMAT };
  return encodeText(value === null || typeof value === "object" ? "" : decodeText(value));
}

/**
 * True when two cells mean the same in a column of this kind: `-1257` and "-1.257" are the
 * same effect, "Decided" and "decided" the same code. Used to tell a co-author's change from noise.
 */
export function sameCell(
  spec: Pick<ColumnSpec, "kind" | "allowed" | "words">,
  a: CellValue,
  b: CellValue,
): boolean {
  if (spec.kind === "effect" || spec.kind === "number") {
    const left = decodeYearEffect(a);
    const right = decodeYearEffect(b);
    if (left.ok && right.ok) return sameEffect(left.value, right.value);
    return decodeText(a).trim() === decodeText(b).trim();
  }
  if (spec.kind === "code") {
    // "Besluttet" typed by a colleague is the same as the code "decided".
    const codeOf = (cell: CellValue) => {
      const text = decodeText(cell).trim().toLowerCase();
      return (spec.words?.[text] ?? text).toLowerCase();
    };
    return codeOf(a) === codeOf(b);
  }
  if (spec.kind === "time") return decodeTime(a) === decodeTime(b);
  if (spec.kind === "date") {
    const left = decodeDate(a);
    const right = decodeDate(b);
    if (left.ok && right.ok) return toDateSerial(left.value) === toDateSerial(right.value);
  }
  return decodeText(a) === decodeText(b);
}
