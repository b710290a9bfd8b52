import { formatNumber } from "../i18n/formatNumber";
import type { Language } from "../i18n/language";
import type { ExplainedOfficeCode, PaneTexts } from "../i18n/paneTexts";
import { WRITING_OPERATIONS, WorkbookCallError } from "./workbookCalls";

/**
 * Why a workbook call failed, in the pane's language: no answer in time, or what Office's
 * error code means, with the code itself for whoever helps the user. Office's own message
 * is not shown: Microsoft says it "isn't intended for consumption by end users; you should
 * use the error code … to determine the error message that your add-in shows"
 * (office-js-docs-pr, docs/testing/application-specific-api-error-handling.md, "API errors").
 */
export function describeFailureReason(error: unknown, texts: PaneTexts, language: Language): string {
  const t = texts.workbookCall;
  if (error instanceof WorkbookCallError && error.reason === "timedOut") {
    const seconds = formatNumber(Math.round(error.limitMs / 1000), language);
    return WRITING_OPERATIONS.has(error.operation) ? t.timedOutWrite(seconds) : t.timedOut(seconds);
  }
  const code = error instanceof WorkbookCallError ? error.code : "Unknown";
  if (code === "Unknown") return t.unexpected;
  const explained = (t.codes as Partial<Record<string, string>>)[code as ExplainedOfficeCode];
  return `${explained ?? t.otherCode} ${t.code(code)}`;
}

/** A failed workbook call as one message that names what BAR was doing: "BAR kunne ikke gemme initiativet. …". */
export function describeWorkbookCall(error: unknown, texts: PaneTexts, language: Language): string {
  if (!(error instanceof WorkbookCallError)) return texts.workbookCall.unexpected;
  return texts.workbookCall.failed(
    texts.workbookCall.operations[error.operation],
    describeFailureReason(error, texts, language),
  );
}
