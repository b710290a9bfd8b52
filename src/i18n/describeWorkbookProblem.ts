import type { Repair, WorkbookProblem } from "../engine/workbookProblem";
import { daWorkbook } from "./da/workbook";
import { enWorkbook } from "./en/workbook";
import type { Language } from "./language";
import type { WorkbookTexts } from "./workbookTexts";

const TEXTS: Record<Language, WorkbookTexts> = { da: daWorkbook, en: enWorkbook };

/** The store's words in one language (problems, repairs, validation, code names). */
export function workbookTexts(language: Language): WorkbookTexts {
  return TEXTS[language];
}

/** What a budget analyst reads for a workbook problem: what is wrong and where. */
export function describeWorkbookProblem(problem: WorkbookProblem, language: Language): string {
  const describe = TEXTS[language].problems[problem.key] as (problem: WorkbookProblem) => string;
  return describe(problem);
}

/** The label of the button that carries out a repair. */
export function describeRepair(repair: Repair, language: Language): string {
  const describe = TEXTS[language].repairs[repair.kind] as (repair: Repair) => string;
  return describe(repair);
}
