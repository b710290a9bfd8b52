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
  others: (area, count) =>
    `${area === null ? "Øvrige områder" : `Øvrige, ${area}`} (${count} ${count === 1 ? "initiativ" : "initiativer"})`,
  strategyHeading: (name) => `Økonomisk strategi: ${name} (mio. kr.)`,
  strategyRow: "Vurdering",
};
