import type { Case } from "../engine/scenarioCases";
import type { Certainty, RangeSpan } from "../engine/reportLines";
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
  /** A grouped line: `count` initiatives of `area` (null: the other areas together), `ranged` of them with a range. */
  others: (area: string | null, count: number, ranged: number) => string;
  /** The row under a line with ranges: which years, and their ends ("interval 2021–2024: -2.500 til -1.500"). */
  rangeNote: (spans: readonly RangeSpan[]) => string;
  /** The rows of outstanding with carry-forward in the worse and the better case. */
  caseRows: Record<Exclude<Case, "expected">, string>;
  /** Beside the net row when some effect is a range: that row is the expected case (midpoints). */
  expectedCase: string;
  /** The row counting, per year, the initiatives not estimated yet. */
  notEstimatedRow: string;
  strategyHeading: (name: string) => string;
  strategyRow: string;
  /** Under coming challenges (BAR_Challenges): the rows' names, then the case's word after a comma. */
  challengesRow: string;
  headroomAfterRow: string;
  caseNames: Record<"pessimistic" | "expected" | "optimistic", string>;
};

/** The report's own words in the given language. */
export function reportWords(language: Language): ReportWords {
  return language === "da" ? DANISH_REPORT_WORDS : ENGLISH_REPORT_WORDS;
}
