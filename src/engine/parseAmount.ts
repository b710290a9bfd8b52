import { MAX_AMOUNT } from "./inputError";

/** "Not estimated yet": the documents' "-". It is not zero and never adds up as zero silently. */
export const NOT_ESTIMATED = "notEstimated";

/** A yearly effect: an amount in 1.000 kr., or not estimated yet. */
export type Effect = number | typeof NOT_ESTIMATED;

/** Why a typed amount was not accepted. */
export type AmountProblem =
  | { code: "blank" }
  | { code: "notANumber"; found: string }
  | { code: "ambiguous"; found: string; readings: [number, number] }
  | { code: "tooLarge"; found: string; limit: number };

/** The outcome of reading a typed amount: a value, or why not. */
export type AmountParse = { ok: true; value: Effect } | { ok: false; problem: AmountProblem };

// Spaces people and Excel put between thousands: space, no-break, narrow no-break, thin.
/** Spaces that may group thousands in any language (plain, no-break, narrow, thin). */
export const GROUP_SPACES = /[ \u00a0\u202f\u2009]/g;
/** True for a text that holds one of GROUP_SPACES. */
export const GROUP_SPACE = /[ \u00a0\u202f\u2009]/;
// The minus signs that arrive from Word, PDFs and Danish keyboards.
const MINUS_SIGNS = /^[\u2212\u2013\u2012]/;
const DASHES = new Set(["-", "\u2212", "\u2013", "\u2012"]);

/** An amount's sign and the digits after it; a typographic minus counts as "-". */
export function toSignedBody(trimmed: string): { sign: 1 | -1; body: string } {
  const body = trimmed.replace(MINUS_SIGNS, "-");
  if (!body.startsWith("-") && !body.startsWith("+")) return { sign: 1, body };
  return { sign: body.startsWith("-") ? -1 : 1, body: body.slice(1).trimStart() };
}

/** Whether a cell's text is the documents' "-" for "not estimated yet" (any of the dashes people type). */
export function isNotEstimatedText(text: string): boolean {
  return DASHES.has(text.trim());
}

/**
 * Reads an amount typed by a budget analyst. Danish format first ("-1.257", "1.257,5",
 * "−1 257"), plain numbers where they cannot be misread ("-1257", "-1257.5", "1,257.5"),
 * and "-" alone for "not estimated yet". "1,257" is rejected as ambiguous: Danish reads
 * 1,257 and English 1257, and guessing wrong is a thousandfold error.
 */
export function parseAmount(text: string): AmountParse {
  const found = text;
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, problem: { code: "blank" } };
  if (DASHES.has(trimmed)) return { ok: true, value: NOT_ESTIMATED };

  const signed = toSignedBody(trimmed);
  const sign = signed.sign;
  let body = signed.body;
  if (GROUP_SPACE.test(body)) {
    // Spaces only ever group thousands, so the groups after the first must be 3 digits.
    const [integer, ...rest] = body.split(/[.,]/);
    if (!/^\d{1,3}([ \u00a0\u202f\u2009]\d{3})+$/.test(integer) || rest.length > 1) return notANumber(found);
    body = integer.replace(GROUP_SPACES, "") + (rest.length ? "," + rest[0] : "");
  }
  const read = readSeparators(body);
  if (read === null) return notANumber(found);
  if (Array.isArray(read)) {
    return { ok: false, problem: { code: "ambiguous", found, readings: [sign * read[0], sign * read[1]] } };
  }
  const value = sign * read + 0;
  if (Math.abs(value) > MAX_AMOUNT)
    return { ok: false, problem: { code: "tooLarge", found, limit: MAX_AMOUNT } };
  return { ok: true, value };
}

/** Digits with "." and "," in any of the accepted layouts: a number, two readings, or null. */
function readSeparators(body: string): number | [number, number] | null {
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return null;
  const dots = count(body, ".");
  const commas = count(body, ",");
  if (dots === 0 && commas === 0) return Number(body);
  if (dots > 0 && commas > 0) {
    // Both present: the last one is the decimal separator, the other groups thousands.
    const decimal = body.lastIndexOf(",") > body.lastIndexOf(".") ? "," : ".";
    const group = decimal === "," ? "." : ",";
    const [integer, fraction, extra] = body.split(decimal);
    if (extra !== undefined || !isGrouped(integer, group) || !/^\d+$/.test(fraction)) return null;
    return Number(`${integer.split(group).join("")}.${fraction}`);
  }
  const separator = dots > 0 ? "." : ",";
  const parts = body.split(separator);
  if (parts.length > 2) return isGrouped(body, separator) ? Number(parts.join("")) : null;
  const [integer, fraction] = parts;
  if (!/^\d+$/.test(integer) || !/^\d+$/.test(fraction)) return null;
  const asDecimal = Number(`${integer}.${fraction}`);
  const looksGrouped = fraction.length === 3 && integer.length <= 3 && !integer.startsWith("0");
  if (!looksGrouped) return asDecimal;
  const asGrouped = Number(integer + fraction);
  // The documents write thousands with "." ("-1.257"): Danish reading wins for a dot.
  return separator === "." ? asGrouped : [asDecimal, asGrouped];
}

function isGrouped(integer: string, group: string): boolean {
  const parts = integer.split(group);
  return /^\d{1,3}$/.test(parts[0]) && parts.slice(1).every((part) => /^\d{3}$/.test(part));
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}

function notANumber(found: string): AmountParse {
  return { ok: false, problem: { code: "notANumber", found } };
}
