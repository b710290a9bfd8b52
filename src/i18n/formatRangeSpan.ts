import { formatRange } from "../engine/parseRange";
import type { RangeSpan } from "../engine/reportLines";
import type { Language } from "./language";

/**
 * Years with one range as the report writes them: "2021–2024: -2.500 til -1.500" in Danish,
 * "2021–2024: -2,500 to -1,500" in English. The ends are exact (every decimal), in the
 * notation BAR reads back (README, "How to write a range").
 */
export function formatRangeSpan(span: RangeSpan, language: Language): string {
  const years = span.from === span.to ? String(span.from) : `${span.from}–${span.to}`;
  return `${years}: ${formatRange(span, language)}`;
}
