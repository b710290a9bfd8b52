import type { SourceGrid } from "../../src/engine/importMapping";
import type { CellValue } from "../../src/engine/workbookProblem";

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
