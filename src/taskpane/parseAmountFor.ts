import { MAX_AMOUNT } from "../engine/inputError";
import {
  GROUP_SPACE,
  GROUP_SPACES,
  NOT_ESTIMATED,
  isNotEstimatedText,
  toSignedBody,
  type AmountProblem,
  type Effect,
} from "../engine/parseAmount";
import type { Language } from "../i18n/language";

/** Why an amount typed in the pane was not accepted: the engine's reasons, or a decimal mark of the other language. */
export type PaneAmountProblem =
  | Exclude<AmountProblem, { code: "ambiguous" }>
  /** "1.25" in Danish or "1,25" in English: a lone separator that cannot group thousands. */
  | { code: "wrongDecimalMark"; found: string; suggestion: string };

/** The outcome of reading an amount typed in the pane. */
export type PaneAmountParse = { ok: true; value: Effect } | { ok: false; problem: PaneAmountProblem };

/** The decimal mark and the thousands separator of each UI language. */
const MARKS: Record<Language, { decimal: string; group: string }> = {
  da: { decimal: ",", group: "." },
  en: { decimal: ".", group: "," },
};

/**
 * Reads an amount typed in the pane strictly by the UI language: in Danish the comma is the
 * decimal mark and "." groups thousands (`-1,257` is −1,257 and `-1.257` is −1257); in English
 * the other way round. The other language's form is accepted only where it cannot be read in
 * the UI language and has one reading (`1,257.5` in Danish, `1.257,5` in English). A lone
 * separator that does not group three digits (`1.25` in Danish) is refused with the right
 * form, never guessed: one digit more would be a thousandfold different amount. "-" alone is
 * "not estimated yet"; spaces may group thousands in both languages.
 */
export function parseAmountFor(text: string, language: Language): PaneAmountParse {
  const found = text;
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, problem: { code: "blank" } };
  if (isNotEstimatedText(trimmed)) return { ok: true, value: NOT_ESTIMATED };

  const signed = toSignedBody(trimmed);
  const sign = signed.sign;
  let body = signed.body;
  if (GROUP_SPACE.test(body)) {
    const integer = body.split(/[.,]/)[0];
    if (!/^\d{1,3}([ \u00a0\u202f\u2009]\d{3})+$/.test(integer)) return notANumber(found);
    body = body.replace(GROUP_SPACES, "");
  }
  if (!/^[\d.,]+$/.test(body) || !/^\d/.test(body) || !/\d$/.test(body)) return notANumber(found);

  const own = MARKS[language];
  const other = MARKS[language === "da" ? "en" : "da"];
  let magnitude = readWith(body, own);
  if (magnitude === null) {
    // The other language's layout, only when it has both marks: then there is one reading.
    if (body.includes(",") && body.includes(".")) magnitude = readWith(body, other);
    else if (isLoneDecimal(body, own.group)) {
      const suggestion = (sign < 0 ? "-" : "") + body.replace(own.group, own.decimal);
      return { ok: false, problem: { code: "wrongDecimalMark", found, suggestion } };
    }
  }
  if (magnitude === null) return notANumber(found);
  const value = sign * magnitude + 0;
  if (Math.abs(value) > MAX_AMOUNT)
    return { ok: false, problem: { code: "tooLarge", found, limit: MAX_AMOUNT } };
  return { ok: true, value };
}

/** Digits with `marks`' thousands groups and at most one decimal mark, or null when they do not fit. */
function readWith(body: string, marks: { decimal: string; group: string }): number | null {
  const [integer, fraction, extra] = body.split(marks.decimal);
  if (extra !== undefined) return null;
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return null;
  const groups = integer.split(marks.group);
  if (groups.length > 1 && !(/^\d{1,3}$/.test(groups[0]) && groups.slice(1).every((g) => /^\d{3}$/.test(g))))
    return null;
  if (!groups.every((group) => /^\d+$/.test(group))) return null;
  return Number(`${groups.join("")}${fraction === undefined ? "" : `.${fraction}`}`);
}

/** One `group` mark that cannot be a thousands separator ("1.25", "1257.5"): meant as a decimal mark. */
function isLoneDecimal(body: string, group: string): boolean {
  const parts = body.split(group);
  return parts.length === 2 && /^\d+$/.test(parts[0]) && /^\d+$/.test(parts[1]);
}

function notANumber(found: string): PaneAmountParse {
  return { ok: false, problem: { code: "notANumber", found } };
}
