import type { Certainty } from "../engine/reportLines";
import { DANISH_REPORT_WORDS } from "./da/report";
import { ENGLISH_REPORT_WORDS } from "./en/report";
import type { Language } from "./language";

/** The status report's own words (the rest it shares with the pane's overview). */
export type ReportWords = {
  dateLabel: string;
  /** Excel's number format for the report's date; the month's name comes in Excel's language. */
  dateFormat: string;
  netWithCarryFirm: string;
  certainties: Record<Certainty, string>;
  certaintyWords: Record<Certainty, string>;
  statusColumn: string;
  others: (area: string | null, count: number) => string;
  strategyHeading: (name: string) => string;
  strategyRow: string;
};

/** The report's own words in the given language. */
export function reportWords(language: Language): ReportWords {
  return language === "da" ? DANISH_REPORT_WORDS : ENGLISH_REPORT_WORDS;
}
