import { formatRangeSpan } from "../formatRangeSpan";
import type { ReportWords } from "../reportWords";

/** The status report's own words. */
export const ENGLISH_REPORT_WORDS: ReportWords = {
  dateLabel: "As of",
  dateFormat: "d mmmm yyyy",
  netWithCarryFirm: "Net outstanding, decided/realised only",
  certainties: {
    firm: "of which decided and realised",
    estimated: "of which estimated (analysis and estimates)",
    idea: "of which ideas (not decided)",
    unallocated: "of which expected, not yet allocated",
  },
  certaintyWords: {
    firm: "Decided/realised",
    estimated: "Estimated",
    idea: "Idea",
    unallocated: "Unallocated",
  },
  statusColumn: "Status",
  others: (area, count, ranged) =>
    `${area === null ? "Other areas" : `Other, ${area}`} (${count} ${count === 1 ? "initiative" : "initiatives"}` +
    `${ranged === 0 ? "" : `, ${ranged} of them with a range`})`,
  rangeNote: (spans) => `range ${spans.map((span) => formatRangeSpan(span, "en")).join("; ")}`,
  caseRows: {
    pessimistic: "Net outstanding with carry-forward, pessimistic",
    optimistic: "Net outstanding with carry-forward, optimistic",
  },
  expectedCase: "Expected (midpoint)",
  notEstimatedRow: "Number of initiatives not estimated",
  strategyHeading: (name) => `Economic strategy: ${name} (DKK million)`,
  strategyRow: "Assessment",
  challengesRow: "Coming challenges",
  headroomAfterRow: "Headroom after challenges",
  caseNames: { pessimistic: "pessimistic", expected: "expected", optimistic: "optimistic" },
};
