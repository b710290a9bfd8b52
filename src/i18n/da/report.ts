import { formatRangeSpan } from "../formatRangeSpan";
import type { ReportWords } from "../reportWords";

/** Statusrapportens egne ord. */
export const DANISH_REPORT_WORDS: ReportWords = {
  dateLabel: "Opgjort pr.",
  dateFormat: 'd". "mmmm yyyy',
  netWithCarryFirm: "Netto-udestående, kun besluttet/realiseret",
  certainties: {
    firm: "heraf besluttet og realiseret",
    estimated: "heraf skønnet (analyse og skøn)",
    idea: "heraf idéer (ikke besluttet)",
    unallocated: "heraf forventet, men p.t. ufordelt",
  },
  certaintyWords: {
    firm: "Besluttet/realiseret",
    estimated: "Skønnet",
    idea: "Idé",
    unallocated: "Ufordelt",
  },
  statusColumn: "Status",
  others: (area, count, ranged) =>
    `${area === null ? "Øvrige områder" : `Øvrige, ${area}`} (${count} ${count === 1 ? "initiativ" : "initiativer"}` +
    `${ranged === 0 ? "" : `, heraf ${ranged} med interval`})`,
  rangeNote: (spans) => `interval ${spans.map((span) => formatRangeSpan(span, "da")).join("; ")}`,
  caseRows: {
    pessimistic: "Netto-udestående med overførsel, pessimistisk",
    optimistic: "Netto-udestående med overførsel, optimistisk",
  },
  expectedCase: "Forventet (midtpunkt)",
  notEstimatedRow: "Antal initiativer ikke skønnet",
  strategyHeading: (name) => `Økonomisk strategi: ${name} (mio. kr.)`,
  strategyRow: "Vurdering",
  challengesRow: "Kommende udfordringer",
  headroomAfterRow: "Råderum efter udfordringer",
  caseNames: { pessimistic: "pessimistisk", expected: "forventet", optimistic: "optimistisk" },
};
