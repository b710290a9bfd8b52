import { rationalOf } from "./exactDecimal";
import { MAX_AMOUNT } from "./inputError";
import { type AmountProblem, NOT_ESTIMATED, isNotEstimatedText, parseAmount } from "./parseAmount";

/*
 * BAR's one notation for an estimate in a cell (README, "How to write a range"):
 *   a number           -1.257            (as parseAmount reads it)
 *   a range            7,5-14,5  0-20    (the documents' form: both ends without a sign)
 *                      -1.500 til -900   (any signs; "til": the ends are in Danish format)
 *                      -1,500 to -900    (any signs; "to": the ends are in English format)
 *   not estimated      -  ukendt  ukendt p.t.  unknown
 * The low end comes first; a low end above the high end is refused, never swapped.
 */

/** An estimate: an amount known to lie from `low` to `high` (equal for a plain number), or not estimated. */
export type Estimate = { low: number; high: number } | typeof NOT_ESTIMATED;

/** Why a text is not an estimate in BAR's notation. */
export type RangeProblem =
  | AmountProblem
  | { code: "notARange"; found: string }
  | { code: "lowAboveHigh"; found: string; low: number; high: number };

/** The outcome of reading an estimate: a value, or why not. */
export type RangeParse = { ok: true; value: Estimate } | { ok: false; problem: RangeProblem };

/** The languages a range word belongs to: "til" marks Danish number format, "to" English. */
export type RangeLanguage = "da" | "en";

/** The word between the ends of a range, per language. */
export const RANGE_WORDS: Record<RangeLanguage, string> = { da: "til", en: "to" };

/** The words for "not known yet", accepted in every language, besides the documents' "-". */
export const UNKNOWN_WORDS: readonly string[] = ["ukendt", "ukendt p.t.", "unknown"];

// Ends of the documents' short form: digits, separators and group spaces, no sign.
const SHORT_FORM = /^(\d[\d.,  \u202f\u2009]*?)\s*[-\u2013\u2012]\s*(\d[\d.,  \u202f\u2009]*)$/;
const WORD_FORM = /^(.+?)\s+(til|to)\s+(.+)$/i;

/**
 * The two ends of a text written as a range, and the word between them when there is one
 * ("til": Danish format, "to": English); null when the text is no range in form.
 */
export function rangeEnds(
  text: string,
): { low: string; high: string; language: RangeLanguage | null } | null {
  const trimmed = text.trim();
  const words = WORD_FORM.exec(trimmed);
  if (words)
    return { low: words[1], high: words[3], language: words[2].toLowerCase() === "til" ? "da" : "en" };
  const short = SHORT_FORM.exec(trimmed);
  return short ? { low: short[1], high: short[2], language: null } : null;
}

/** Whether a text means "not estimated yet": "-" (any dash) or one of UNKNOWN_WORDS, in any case. */
export function isUnknownText(text: string): boolean {
  return isNotEstimatedText(text) || UNKNOWN_WORDS.includes(text.trim().toLowerCase().replace(/\s+/g, " "));
}

/** A plain number as an estimate: a range of width 0. */
export function exactEstimate(value: number): Estimate {
  return { low: value, high: value };
}

/**
 * Reads an estimate typed in a cell, in BAR's notation (above). Languages need not be
 * chosen: the short form reads its ends as parseAmount does (an ambiguous "1,500" is
 * refused), and the words "til" and "to" say which number format the ends are in.
 */
export function parseRange(text: string): RangeParse {
  const found = text;
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, problem: { code: "blank" } };
  if (isUnknownText(trimmed)) return { ok: true, value: NOT_ESTIMATED };
  const ends = rangeEnds(trimmed);
  if (ends) {
    const language = ends.language ?? undefined;
    return toRange(found, readEnd(ends.low, language), readEnd(ends.high, language));
  }
  const single = parseAmount(trimmed);
  if (!single.ok) return single.problem.code === "notANumber" ? notARange(found) : single;
  return { ok: true, value: exactEstimate(single.value as number) };
}

function toRange(found: string, low: EndParse, high: EndParse): RangeParse {
  if (!low.ok) return { ok: false, problem: low.problem };
  if (!high.ok) return { ok: false, problem: high.problem };
  if (low.value > high.value) {
    return { ok: false, problem: { code: "lowAboveHigh", found, low: low.value, high: high.value } };
  }
  return { ok: true, value: { low: low.value, high: high.value } };
}

type EndParse = { ok: true; value: number } | { ok: false; problem: RangeProblem };

/**
 * One end of a range. Without a language, as parseAmount reads it. In Danish a comma is the
 * decimal separator, so "1,500" is 1.5; in English the separators swap roles ("1,500.5"), and
 * a comma must be followed by a group of three digits.
 */
function readEnd(text: string, language?: RangeLanguage): EndParse {
  const trimmed = text.trim();
  if (isUnknownText(trimmed)) return { ok: false, problem: { code: "notARange", found: text } };
  if (language === "en" && /,(?!\d{3}(?!\d))/.test(trimmed)) {
    return { ok: false, problem: { code: "notANumber", found: text } };
  }
  const read = parseAmount(language === "en" ? swapSeparators(trimmed) : trimmed);
  if (read.ok) return { ok: true, value: read.value as number };
  const { problem } = read;
  if (problem.code === "ambiguous" && language !== undefined) return { ok: true, value: problem.readings[0] };
  if (problem.code === "notANumber" || problem.code === "ambiguous" || problem.code === "tooLarge") {
    return { ok: false, problem: { ...problem, found: text } };
  }
  return { ok: false, problem };
}

function swapSeparators(text: string): string {
  return text.replace(/[.,]/g, (separator) => (separator === "." ? "," : "."));
}

function notARange(found: string): RangeParse {
  return { ok: false, problem: { code: "notARange", found } };
}

/**
 * Writes an estimate in BAR's notation in `language`: a plain number when both ends are
 * equal and the number cannot be misread, otherwise "low til high" (Danish format) or "low to high" (English format), with
 * every decimal of the shortest decimal of each end, so that parseRange reads it back exactly.
 */
export function formatRange(estimate: Estimate, language: RangeLanguage): string {
  if (estimate === NOT_ESTIMATED) return language === "da" ? "ukendt" : "unknown";
  const { low, high } = estimate;
  if (low === high) {
    // A plain number where it reads back as itself: English "1.257" would read as 1.257 kr. × 1000.
    const plain = formatEnd(low, language);
    const read = parseAmount(plain);
    if (read.ok && read.value === low) return plain;
  }
  return `${formatEnd(low, language)} ${RANGE_WORDS[language]} ${formatEnd(high, language)}`;
}

/** An amount with thousands grouped and all its decimals: "-1.500,25" in Danish, "-1,500.25" in English. */
export function formatEnd(value: number, language: RangeLanguage): string {
  if (!Number.isFinite(value) || Math.abs(value) > MAX_AMOUNT)
    throw new RangeError(`not an amount: ${value}`);
  const { n, d } = rationalOf(value);
  const places = d.toString().length - 1;
  const digits = (n < 0n ? -n : n).toString().padStart(places + 1, "0");
  const integer = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places);
  const [group, decimal] = language === "da" ? [".", ","] : [",", "."];
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${n < 0n ? "-" : ""}${grouped}${fraction ? decimal + fraction : ""}`;
}
