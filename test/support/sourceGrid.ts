import type { SourceGrid } from "../../src/engine/importMapping";
import type { ImportContext } from "../../src/engine/importRows";
import type { CellValue } from "../../src/engine/workbookProblem";
import { CODE_WORDS } from "../../src/i18n/codeWords";
import { IMPORT_WORDS } from "../../src/i18n/importWords";

/** A grid read from A1 of Ark1, rows padded to the widest; columns A, B, C, … */
export function gridOf(values: CellValue[][], numberFormats: string[][] | null = null): SourceGrid {
  const width = Math.max(0, ...values.map((row) => row.length));
  return {
    address: "Ark1!A1",
    firstRow: 1,
    columns: Array.from({ length: width }, (_, at) => String.fromCharCode(65 + at)),
    values: values.map((row) => Array.from({ length: width }, (_, at) => row[at] ?? "")),
    numberFormats,
  };
}

/** An import into a workbook with no initiatives yet, with BAR's words; every new id is "NEW". */
export function emptyImportContext(years: number[]): ImportContext {
  return { years, existing: [], vocabulary: IMPORT_WORDS, codeWords: CODE_WORDS, newId: () => "NEW" };
}
