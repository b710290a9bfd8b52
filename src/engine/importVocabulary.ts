/** The BAR fields a column of an imported sheet can fill, besides the yearly effects. */
export const IMPORT_TEXT_FIELDS = [
  "id",
  "name",
  "authorityArea",
  "coreArea",
  "status",
  "owner",
  "note",
  "kind",
  "focusArea",
  "fullYearEffect",
] as const;

/** A field of an initiative a source column can fill (other than a year). */
export type ImportTextField = (typeof IMPORT_TEXT_FIELDS)[number];

/** What a source column is imported as: a field, the effect of a year, or nothing. */
export type ImportField = ImportTextField | `year:${number}` | "ignore";

/** How the amounts of the sheet are written; BAR keeps 1.000 kr. */
export type ImportUnit = "kroner" | "thousands" | "millions";

/**
 * The words people put in a sheet's header and first column, in every language BAR reads
 * (lower case; src/i18n/importWords.ts holds them). Each header word is compared with the
 * header cell with spaces, hyphens and dots removed, so "Myndigheds-område" and
 * "authority area" both match.
 */
export type ImportVocabulary = {
  /** Header words per field, e.g. name: ["navn", "initiativ", "tiltag", "name"]. */
  fields: Readonly<Record<ImportTextField, readonly string[]>>;
  /** Words that put the budget year before a year ("Budget 2025", "B2025"), or stand for it alone. */
  budgetYear: readonly string[];
  /** Words that number the estimate years after the budget year ("BO1", "Overslagsår 2"). */
  estimateYear: readonly string[];
  /** Phrases that name each unit ("1.000 kr.", "mio. kr."); dots and spaces in them are optional. */
  units: Readonly<Record<ImportUnit, readonly string[]>>;
  /** Names of total rows, left out of an import ("I alt", "Netto-udestående"). */
  totals: readonly string[];
  /** Names of reduction target rows, left out of an import ("Reduktionsmål"). */
  targets: readonly string[];
  /** Words in the name of the "expected, not yet allocated" line ("ufordelt"). */
  unallocated: readonly string[];
};

/** The year of a year field, or null for any other field. */
export function yearOfField(field: ImportField): number | null {
  return field.startsWith("year:") ? Number(field.slice(5)) : null;
}

/** The field for a year's effect. */
export function yearField(year: number): ImportField {
  return `year:${year}`;
}

/** A text with case, spaces, hyphens, dots and similar marks removed, for comparing header words. */
export function compact(text: string): string {
  return text.toLowerCase().replace(/[\s\-–_.,:;'’"()[\]/\\]+/g, "");
}

/**
 * A pattern that finds `phrase` as words in a text: dots and spaces optional, not inside
 * another word ("kr" is found in "(kr.)", not in "forsikring").
 */
export function phrasePattern(phrase: string): RegExp {
  const body = phrase
    .trim()
    .split("")
    .map((character) => {
      if (character === ".") return "\\.?";
      if (character === " ") return "\\s*";
      return character.replace(/[\\^$*+?()[\]{}|]/g, "\\$&");
    })
    .join("");
  return new RegExp(`(?:^|[^\\p{L}\\d])${body}(?=$|[^\\p{L}\\d])`, "iu");
}
