import type { MappingNote } from "../engine/importMapping";
import type { ImportProblem } from "../engine/importRows";
import type { ImportTextField, ImportUnit } from "../engine/importVocabulary";
import type { YearEffect } from "../engine/initiative";
import { DANISH_IMPORT_TEXTS } from "./da/import";
import { ENGLISH_IMPORT_TEXTS } from "./en/import";
import type { Language } from "./language";

type ByCode<T extends { code: string }, A extends unknown[] = []> = {
  [K in T["code"]]: (note: Extract<T, { code: K }>, ...rest: A) => string;
};

/** The words of "Import from sheet" in one language; numbers arrive formatted unless said. */
export type ImportTexts = {
  /** The button that opens the import, beside "Add initiative". */
  open: string;
  heading: string;
  intro: string;
  useSelection: string;
  addressLabel: string;
  addressHint: string;
  readAddress: string;
  reading: string;
  source: {
    read: (address: string, rows: string, columns: string) => string;
    /** A bare address was read on the active sheet. */
    onActiveSheet: (typed: string, sheet: string) => string;
    empty: (address: string) => string;
    notAnAddress: (address: string) => string;
    sheetMissing: (sheet: string) => string;
    multipleSelection: string;
  };
  mapping: {
    heading: string;
    intro: string;
    headerRow: string;
    /** An option of the header row select: its number and the start of its text. */
    headerRowOption: (row: string, text: string) => string;
    unit: string;
    units: Record<ImportUnit, string>;
    /** The label of a column's select: its letter and header. */
    column: (letter: string, header: string) => string;
    fields: Record<ImportTextField | "ignore", string>;
  };
  /** What the guess found about the sheet, and what stops the mapping. */
  notes: ByCode<MappingNote>;
  preview: {
    heading: string;
    /** How many initiatives the import adds (`count` formatted; `n` to choose the form). */
    summary: (count: string, n: number) => string;
    empty: (count: string, n: number) => string;
    withProblems: (count: string, n: number) => string;
    firstRows: (shown: string, total: string) => string;
    name: string;
    authorityArea: string;
    problemsHeading: string;
    leftOutHeading: string;
    more: (count: string) => string;
    /** Rows left out on purpose, by sheet row. */
    total: (row: string, name: string) => string;
    target: (row: string, name: string, amounts: string) => string;
    headingRow: (row: string, name: string) => string;
  };
  /** Where a problem is: a row, or a row and a column with its header. */
  row: (row: string) => string;
  cell: (row: string, column: string, header: string) => string;
  /** One row's problem; `where` is `row` or `cell`. */
  problems: ByCode<ImportProblem, [where: string]>;
  /** A year's effect as the preview shows it: an amount, a range ("-1.500 til -900") or "-". */
  amount: (effect: YearEffect) => string;
  importButton: (count: string, n: number) => string;
  importing: string;
  cancel: string;
  done: (count: string, n: number) => string;
  /** Some were skipped at the last moment: a co-author added the same ids meanwhile. */
  doneSkipped: (count: string, skipped: string) => string;
  failed: string;
};

/** The words of the import in the given language. */
export function importTexts(language: Language): ImportTexts {
  return language === "da" ? DANISH_IMPORT_TEXTS : ENGLISH_IMPORT_TEXTS;
}
