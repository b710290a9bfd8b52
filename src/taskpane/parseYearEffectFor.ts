import { NOT_ESTIMATED, toYearEffect, type YearEffect } from "../engine/initiative";
import { isUnknownText, rangeEnds } from "../engine/parseRange";
import type { Language } from "../i18n/language";
import { parseAmountFor, type PaneAmountProblem } from "./parseAmountFor";

/** Why a year's effect typed in the pane was not accepted: an end's problem, or ends in the wrong order. */
export type PaneYearEffectProblem =
  PaneAmountProblem | { code: "lowAboveHigh"; found: string; low: number; high: number };

/** The outcome of reading a year's effect typed in the pane. */
export type PaneYearEffectParse =
  { ok: true; value: YearEffect } | { ok: false; problem: PaneYearEffectProblem };

/**
 * Reads a year's effect typed in the pane: an amount as parseAmountFor reads it (strictly by
 * the UI language), "-" or "ukendt"/"unknown" for not estimated, or a range in BAR's notation
 * (README, "How to write a range"): "-1.500 til -900" or the documents' "7,5-14,5", each end
 * read by the UI language's number format. A low end above the high end is refused, never
 * swapped; equal ends are the number itself.
 */
export function parseYearEffectFor(text: string, language: Language): PaneYearEffectParse {
  const trimmed = text.trim();
  if (trimmed !== "" && isUnknownText(trimmed)) return { ok: true, value: NOT_ESTIMATED };
  // Either word in either language: in the pane the ends are read in the UI language.
  const ends = rangeEnds(trimmed);
  if (!ends) return parseAmountFor(text, language);
  const low = parseAmountFor(ends.low, language);
  const high = parseAmountFor(ends.high, language);
  if (!low.ok) return low;
  if (!high.ok) return high;
  if (low.value === NOT_ESTIMATED || high.value === NOT_ESTIMATED) {
    return { ok: false, problem: { code: "notANumber", found: text } };
  }
  if (low.value > high.value) {
    return { ok: false, problem: { code: "lowAboveHigh", found: text, low: low.value, high: high.value } };
  }
  return { ok: true, value: toYearEffect(low.value, high.value) };
}
