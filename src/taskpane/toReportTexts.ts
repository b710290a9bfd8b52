import type { StatusReportTexts } from "../excel/toStatusReport";
import { calendarWords, reportForMilestone } from "../i18n/calendarTexts";
import { workbookTexts } from "../i18n/describeWorkbookProblem";
import type { Language } from "../i18n/language";
import { paneTexts } from "../i18n/paneTexts";
import { reportWords } from "../i18n/reportWords";

/** The status report's words in the chosen language: the report's own, and those it shares with the pane. */
export function toReportTexts(language: Language): StatusReportTexts {
  const texts = paneTexts(language);
  return {
    ...reportWords(language),
    milestoneFor: (entry) => reportForMilestone(entry, calendarWords(language)),
    sheetTitle: texts.report.sheetTitle,
    unit: texts.report.unit,
    targetRow: texts.report.targetRow,
    achievedRow: texts.overview.rows.achieved,
    netWithoutCarry: texts.report.netWithoutCarry,
    netWithCarry: texts.report.netWithCarry,
    chartTitle: texts.report.chartTitle,
    statuses: workbookTexts(language).statuses,
    strategyStatus: texts.overview.strategyStatus,
    measureNames: texts.overview.measureNames,
  };
}
