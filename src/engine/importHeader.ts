import type { CellValue } from "./workbookProblem";
import {
  IMPORT_TEXT_FIELDS,
  compact,
  phrasePattern,
  yearField,
  type ImportField,
  type ImportTextField,
  type ImportUnit,
  type ImportVocabulary,
} from "./importVocabulary";

/** The unit phrases, most specific first: "1.000 kr." also holds "kr.". */
const UNIT_ORDER: readonly ImportUnit[] = ["thousands", "millions", "kroner"];

/** Years outside these are not read as years: a header "1257" is an amount, not a year. */
const PLAUSIBLE_YEARS = { first: 1990, last: 2100 } as const;

/** A cell's text as Excel shows it in a header (numbers as typed, booleans in capitals). */
export function cellText(cell: CellValue): string {
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell).trim();
}

/** The unit a text names ("(1.000 kr.)" → thousands), or null when it names none. */
export function unitIn(text: string, vocabulary: ImportVocabulary): ImportUnit | null {
  for (const unit of UNIT_ORDER) {
    if (vocabulary.units[unit].some((phrase) => phrasePattern(phrase).test(text))) return unit;
  }
  return null;
}

/** A header cell without its unit and price-level notes: "Budget 2025 (1.000 kr., 2025-pl)" → "budget 2025". */
export function headerWords(text: string, vocabulary: ImportVocabulary): string {
  let rest = text.toLowerCase();
  for (const unit of UNIT_ORDER) {
    for (const phrase of vocabulary.units[unit]) rest = rest.replace(phrasePattern(phrase), " ");
  }
  return rest
    .replace(/\b\d{4}\s*-?\s*p\s*\/?\s*l\b|\bp\s*\/?\s*l\b/g, " ")
    .replace(/[()[\],;:.]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** What a header cell says about its column: a year (absolute, or relative to the budget year), a field, or nothing. */
export type HeaderMeaning =
  | { kind: "year"; year: number; budget: boolean }
  | { kind: "estimateYear"; offset: number }
  | { kind: "budgetYear" }
  | { kind: "field"; field: ImportTextField }
  | null;

/** Reads one header cell: `2025`, `B2025`, `Budget 2025`, `BO1`, `Overslagsår 2 (2027)`, `Navn`, … */
export function readHeaderCell(cell: CellValue, vocabulary: ImportVocabulary): HeaderMeaning {
  const words = headerWords(cellText(cell), vocabulary);
  if (words === "") return null;
  const plain = /^(\d{4})$/.exec(words);
  if (plain) return yearMeaning(Number(plain[1]), false);
  const budget = alternatives(vocabulary.budgetYear);
  const estimate = alternatives(vocabulary.estimateYear);
  const budgetYear = new RegExp(`^(?:${budget})\\s?-?\\s?(\\d{4})$`).exec(words);
  if (budgetYear) return yearMeaning(Number(budgetYear[1]), true);
  if (new RegExp(`^(?:${budget})$`).test(words)) return { kind: "budgetYear" };
  // "Overslagsår 2027" names the year itself; "BO1" counts from the budget year.
  const namedYear = new RegExp(`^(?:${estimate})\\s?-?\\s?(\\d{4})$`).exec(words);
  if (namedYear) return yearMeaning(Number(namedYear[1]), false);
  const estimateYear = new RegExp(`^(?:${estimate})\\s?-?\\s?([1-9])(?:\\s(\\d{4}))?$`).exec(words);
  if (estimateYear) {
    if (estimateYear[2]) return yearMeaning(Number(estimateYear[2]), false);
    return { kind: "estimateYear", offset: Number(estimateYear[1]) };
  }
  const key = compact(words);
  // Whole words first ("område" is the authority area, "kerneområde" the core area), then a
  // header that starts with one ("Navn på initiativ", "Status pr. april").
  for (const exact of [true, false]) {
    for (const field of IMPORT_TEXT_FIELDS) {
      const found = vocabulary.fields[field].some((word) => {
        const wanted = compact(word);
        return exact ? key === wanted : words.startsWith(`${word} `);
      });
      if (found) return { kind: "field", field };
    }
  }
  return null;
}

function yearMeaning(year: number, budget: boolean): HeaderMeaning {
  if (year < PLAUSIBLE_YEARS.first || year > PLAUSIBLE_YEARS.last) return null;
  return { kind: "year", year, budget };
}

function alternatives(words: readonly string[]): string {
  return words.map((word) => word.replace(/[\\^$*+?.()[\]{}|]/g, "\\$&")).join("|");
}

/** The fields of one header row, with relative years ("BO1") turned into calendar years. */
export function fieldsOfHeader(
  header: readonly CellValue[],
  vocabulary: ImportVocabulary,
  workbookBudgetYear: number,
): { fields: ImportField[]; budgetYear: number; relative: boolean } {
  const meanings = header.map((cell) => readHeaderCell(cell, vocabulary));
  // A "Budget 2026" column says which budget year "BO1" counts from; otherwise the workbook's.
  const stated = meanings.find((meaning) => meaning?.kind === "year" && meaning.budget);
  const budgetYear = stated?.kind === "year" ? stated.year : workbookBudgetYear;
  const used = new Set<ImportField>();
  let relative = false;
  const fields = meanings.map((meaning): ImportField => {
    let field: ImportField = "ignore";
    if (meaning?.kind === "year") field = yearField(meaning.year);
    else if (meaning?.kind === "budgetYear") field = yearField(budgetYear);
    else if (meaning?.kind === "estimateYear") {
      field = yearField(budgetYear + meaning.offset);
      relative = true;
    } else if (meaning?.kind === "field") field = meaning.field;
    // A second column for the same field is left to the user: guessing would drop one silently.
    if (field === "ignore" || used.has(field)) return "ignore";
    used.add(field);
    return field;
  });
  return { fields, budgetYear, relative };
}

/** How many header rows are looked for at the top of a range; title rows come before them. */
export const HEADER_SEARCH_ROWS = 25;

/**
 * The row that is most likely the header: the one among the first rows with the most cells
 * read as years or fields (ties go to the earlier row). At least two such cells, or one
 * year: a lone "Navn" in a title does not make a header. Null when no row qualifies.
 */
export function findHeaderRow(
  values: readonly (readonly CellValue[])[],
  vocabulary: ImportVocabulary,
): number | null {
  let best: { row: number; score: number } | null = null;
  for (const [index, row] of values.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const meanings = row.map((cell) => readHeaderCell(cell, vocabulary)).filter((meaning) => meaning);
    const years = meanings.filter((meaning) => meaning?.kind !== "field").length;
    const score = meanings.length;
    if (score < 2 && years === 0) continue;
    if (!best || score > best.score) best = { row: index, score };
  }
  return best?.row ?? null;
}

/**
 * The units the title rows and the header name, in the order they appear, each with the
 * text that named it. "(1.000 kr.)" above or in the header says the amounts are in thousands.
 */
export function unitsNamed(
  rows: readonly (readonly CellValue[])[],
  vocabulary: ImportVocabulary,
): { unit: ImportUnit; text: string }[] {
  const found: { unit: ImportUnit; text: string }[] = [];
  for (const row of rows) {
    for (const cell of row) {
      const text = cellText(cell);
      const unit = text === "" ? null : unitIn(text, vocabulary);
      if (unit) found.push({ unit, text });
    }
  }
  return found;
}
