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
  others: (area, count) =>
    `${area === null ? "Other areas" : `Other, ${area}`} (${count} ${count === 1 ? "initiative" : "initiatives"})`,
  strategyHeading: (name) => `Economic strategy: ${name} (DKK million)`,
  strategyRow: "Assessment",
};
