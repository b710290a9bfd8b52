import { daWorkbook } from "./da/workbook";
import { enWorkbook } from "./en/workbook";

/** Words (lower case) that stand for a code, in any UI language, e.g. "besluttet" → "decided". */
export type CodeWords = Readonly<Record<string, string>>;

function wordsOf(...labels: Readonly<Record<string, string>>[]): CodeWords {
  const words: Record<string, string> = {};
  for (const table of labels) {
    for (const [code, label] of Object.entries(table)) words[label.trim().toLowerCase()] = code;
  }
  return words;
}

/**
 * The Danish and English labels of BAR's codes, as the pane shows them, so a colleague
 * without the add-in can type "Besluttet" or "Effektivisering" into a coded cell and BAR
 * reads the code.
 */
export const CODE_WORDS = {
  status: wordsOf(daWorkbook.statuses, enWorkbook.statuses),
  focusArea: wordsOf(daWorkbook.focusAreas, enWorkbook.focusAreas),
  kind: wordsOf(daWorkbook.kinds, enWorkbook.kinds),
} as const;
