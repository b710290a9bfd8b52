import type { StatusReportTexts } from "../excel/toStatusReport";
import type { PaneTexts } from "../i18n/paneTexts";

/** The status report's words, taken from the pane's texts in the chosen language. */
export function toReportTexts(texts: PaneTexts): StatusReportTexts {
  return {
    sheetTitle: texts.report.sheetTitle,
    unit: texts.report.unit,
    targetRow: texts.report.targetRow,
    achievedRow: texts.overview.rows.achieved,
    netWithoutCarry: texts.report.netWithoutCarry,
    netWithCarry: texts.report.netWithCarry,
    chartTitle: texts.report.chartTitle,
  };
}
