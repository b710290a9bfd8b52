import { readAmountCell } from "./importAmounts";
import { cellText, fieldsOfHeader, findHeaderRow, unitsNamed } from "./importHeader";
import { yearOfField, type ImportField, type ImportUnit, type ImportVocabulary } from "./importVocabulary";
import type { CellValue } from "./workbookProblem";

/** A range read from a sheet for an import, as the Excel layer hands it over. */
export type SourceGrid = {
  /** The address of the cells read, with the sheet: `Ark1!A3:F14`. */
  address: string;
  /** The sheet's row number (1-based) of the first row. */
  firstRow: number;
  /** The column letters of the columns, left to right. */
  columns: readonly string[];
  values: readonly (readonly CellValue[])[];
  /** The cells' number formats, or null when they were not read (every cell then counts as General). */
  numberFormats: readonly (readonly string[])[] | null;
};

/** Which row is the header, what each column is imported as, and the unit of the amounts. */
export type ImportMapping = {
  /** The header row, as an index into the grid's rows; rows above it are titles. */
  headerRow: number;
  /** One field per column of the grid. */
  fields: readonly ImportField[];
  unit: ImportUnit;
};

/** What the guess found, and what is wrong with a mapping; `error` stops the import. */
export type MappingNote = { severity: "info" | "warning" | "error" } & (
  | { code: "noHeader" }
  | { code: "unitFound"; unit: ImportUnit; text: string }
  | { code: "unitAssumed" }
  | { code: "unitsDisagree"; texts: string[] }
  | { code: "relativeYears"; budgetYear: number }
  | { code: "yearOutsideHorizon"; column: string; year: number }
  | { code: "nameGuessed"; column: string }
  | { code: "noName" }
  | { code: "noYears" }
  | { code: "fieldTwice"; field: ImportField; columns: string[] }
);

/** A guessed mapping and what the guess is based on. */
export type MappingGuess = { mapping: ImportMapping; notes: MappingNote[] };

/**
 * Guesses how a sheet's table maps onto BAR's initiatives: the header row (title rows above
 * it are skipped), a field or year per column (`BO1` counts from the budget year the header
 * states, or the workbook's), the unit named in the titles or header (1.000 kr. when none is),
 * and, when no column is called a name, the first column of text left of the years.
 * `headerRow` is the user's choice of header row, when the guess got it wrong.
 */
export function guessMapping(
  grid: SourceGrid,
  vocabulary: ImportVocabulary,
  years: readonly number[],
  options: { headerRow?: number } = {},
): MappingGuess {
  const notes: MappingNote[] = [];
  const found = options.headerRow ?? findHeaderRow(grid.values, vocabulary);
  if (found === null) notes.push({ severity: "warning", code: "noHeader" });
  const headerRow = found ?? 0;
  const header = grid.values[headerRow] ?? [];
  const read = fieldsOfHeader(header, vocabulary, years[0]);
  if (read.relative) notes.push({ severity: "info", code: "relativeYears", budgetYear: read.budgetYear });
  const fields = read.fields.map((field, column): ImportField => {
    const year = yearOfField(field);
    if (year === null || years.includes(year)) return field;
    notes.push({ severity: "warning", code: "yearOutsideHorizon", column: grid.columns[column], year });
    return "ignore";
  });
  if (!fields.includes("name")) {
    const column = nameColumn(grid, headerRow, fields);
    if (column !== null) {
      fields[column] = "name";
      notes.push({ severity: "info", code: "nameGuessed", column: grid.columns[column] });
    }
  }

  const units = unitsNamed(grid.values.slice(0, headerRow + 1), vocabulary);
  const distinct = [...new Set(units.map((entry) => entry.unit))];
  const unit = units[0]?.unit ?? "thousands";
  if (units.length === 0) notes.push({ severity: "warning", code: "unitAssumed" });
  else if (distinct.length > 1)
    notes.push({ severity: "warning", code: "unitsDisagree", texts: units.map((entry) => entry.text) });
  else notes.push({ severity: "info", code: "unitFound", unit, text: units[0].text });
  return { mapping: { headerRow, fields, unit }, notes };
}

/**
 * The column that most likely holds the names when no header says so: the leftmost column
 * not taken, before the first year column, whose filled cells are mostly text that is not an
 * amount (the seed's table heads its names with "(1.000 kr.)").
 */
function nameColumn(grid: SourceGrid, headerRow: number, fields: readonly ImportField[]): number | null {
  const firstYear = fields.findIndex((field) => yearOfField(field) !== null);
  const end = firstYear === -1 ? fields.length : firstYear;
  const body = grid.values.slice(headerRow + 1);
  for (let column = 0; column < end; column++) {
    if (fields[column] !== "ignore") continue;
    const filled = body.map((row) => row[column] ?? "").filter((cell) => cellText(cell) !== "");
    const texts = filled.filter(
      (cell) => typeof cell === "string" && !readAmountCell(cell, "General", "thousands").ok,
    );
    if (filled.length > 0 && texts.length * 2 >= filled.length) return column;
  }
  return null;
}

/** What stops a mapping from being imported (no name column, a field taken twice), and what is only odd. */
export function checkMapping(grid: SourceGrid, mapping: ImportMapping): MappingNote[] {
  const notes: MappingNote[] = [];
  if (!mapping.fields.includes("name")) notes.push({ severity: "error", code: "noName" });
  if (!mapping.fields.some((field) => yearOfField(field) !== null))
    notes.push({ severity: "warning", code: "noYears" });
  const columnsOf = new Map<ImportField, string[]>();
  mapping.fields.forEach((field, column) => {
    if (field === "ignore") return;
    columnsOf.set(field, [...(columnsOf.get(field) ?? []), grid.columns[column]]);
  });
  for (const [field, columns] of columnsOf) {
    if (columns.length > 1) notes.push({ severity: "error", code: "fieldTwice", field, columns });
  }
  return notes;
}
