import type { StatusReportTexts } from "../../src/excel/toStatusReport";
import { toReportTexts } from "../../src/taskpane/toReportTexts";

/** The Danish words of the status report, as the pane passes them in. */
export const REPORT_TEXTS: StatusReportTexts = toReportTexts("da");

/** The English words of the status report. */
export const ENGLISH_REPORT_TEXTS: StatusReportTexts = toReportTexts("en");
