import type { StatusReportTexts } from "../../src/excel/toStatusReport";

/** The Danish words of the status report, as the pane passes them in. */
export const REPORT_TEXTS: StatusReportTexts = {
  sheetTitle: "Status på initiativer",
  unit: "1.000 kr.",
  targetRow: "Reduktionsmål",
  achievedRow: "Opnået i alt",
  netWithoutCarry: "Netto-udestående uden overførsel",
  netWithCarry: "Netto-udestående med overførsel",
  chartTitle: "Mål og opnået pr. år",
};
