import { readAmountCell, readYearEffectCell, type AmountCellProblem, type CellRead } from "./importAmounts";
import { cellText } from "./importHeader";
import type { ImportMapping, SourceGrid } from "./importMapping";
import { compact, type ImportTextField, type ImportVocabulary } from "./importVocabulary";
import {
  FOCUS_AREAS,
  INITIATIVE_KINDS,
  STATUSES,
  isEstimated,
  newInitiativeId,
  validateInitiative,
  type Initiative,
  type InitiativeProblem,
  type YearEffect,
} from "./initiative";
import { NOT_ESTIMATED, type Effect } from "./parseAmount";

/** A coded field of an imported row. */
export type CodedField = "status" | "focusArea" | "kind";

/** What is wrong with one row of an import (`error`: the row is not imported), or doubtful about it. */
export type ImportProblem = { severity: "error" | "warning" } & (
  | ({ column: string; header: string } & AmountCellProblem)
  | { code: "unknownCode"; field: CodedField; column: string; header: string; found: string }
  | { code: "nameMissing" }
  /** The same name and authority area as an earlier row of the sheet. */
  | { code: "duplicate"; firstRow: number }
  /** An initiative of the same name and authority area is in the workbook already. */
  | { code: "alreadyInWorkbook"; id: string }
  | { code: "duplicateId"; id: string; firstRow: number }
  | { code: "idTaken"; id: string }
  /** The row had no id in the id column and gets a new one. */
  | { code: "newId"; id: string }
  | { code: "initiative"; problem: InitiativeProblem }
);

/** What becomes of a row: imported, not imported because of a problem, or left out (and why). */
export type RowOutcome = "import" | "problem" | "empty" | "total" | "target" | "heading";

/** One row below the header, with the initiative it becomes and its problems. */
export type PlannedRow = {
  /** The row's number on the sheet. */
  row: number;
  outcome: RowOutcome;
  name: string;
  /** The effect per year of the horizon (an amount, a range or not estimated), as read (also for total and target rows). */
  effects: Readonly<Record<number, YearEffect>>;
  initiative: Initiative | null;
  problems: ImportProblem[];
};

/** The import of a sheet as it would go: every row's outcome, and the initiatives to add. */
export type ImportPlan = {
  rows: PlannedRow[];
  initiatives: Initiative[];
  /** No id column: the store gives the initiatives the next readable ids ("I-0008"). */
  readableIds: boolean;
  counts: Record<RowOutcome, number>;
};

/** What an import is checked against. */
export type ImportContext = {
  years: readonly number[];
  /** The initiatives in the workbook, for duplicates. */
  existing: readonly Pick<Initiative, "id" | "name" | "authorityArea">[];
  vocabulary: ImportVocabulary;
  /** Danish and English labels of the codes (src/i18n/codeWords.ts). */
  codeWords: Readonly<Record<CodedField, Readonly<Record<string, string>>>>;
  /** Ids for rows with an empty id cell. @default newInitiativeId */
  newId?: () => string;
};

const BULLET = /^\s*(?:[•·▪◦●○■□➢►\-–—*]|\d{1,3}[.)])\s+/;

/**
 * Plans the import of `grid` under `mapping`: every row below the header is read into an
 * initiative or left out with a reason. Blank rows, totals ("I alt"), reduction targets and
 * section headings ("Initiativer:") are left out; amounts are converted to 1.000 kr.; a
 * cell that is no amount, a duplicate of an earlier row or of the workbook, and anything
 * `validateInitiative` refuses keep their row out with a problem naming row and column.
 */
export function planImport(grid: SourceGrid, mapping: ImportMapping, context: ImportContext): ImportPlan {
  const { years, vocabulary } = context;
  const column = (field: ImportTextField) => mapping.fields.indexOf(field);
  const header = grid.values[mapping.headerRow] ?? [];
  const where = (at: number) => ({ column: grid.columns[at], header: cellText(header[at] ?? "") });
  const yearColumns = years.map((year) => ({ year, at: mapping.fields.indexOf(`year:${year}`) }));
  const nameAt = column("name");
  const idAt = column("id");
  const newId = context.newId ?? (() => newInitiativeId());
  const seenKeys = new Map<string, number>();
  const seenIds = new Map<string, number>();
  const existingKeys = new Map(
    context.existing.map((line) => [keyOf(line.name, line.authorityArea), line.id]),
  );
  const existingIds = new Set(context.existing.map((line) => line.id.trim().toLowerCase()));

  const rows = grid.values.slice(mapping.headerRow + 1).map((cells, index): PlannedRow => {
    const row = grid.firstRow + mapping.headerRow + 1 + index;
    const formatAt = (at: number) => grid.numberFormats?.[mapping.headerRow + 1 + index]?.[at] ?? "General";
    const text = (at: number) => (at === -1 ? "" : cellText(cells[at] ?? ""));
    const name = cleanName(text(nameAt));
    const problems: ImportProblem[] = [];
    const taken = <V extends YearEffect>(at: number, read: CellRead<V>): V | Effect => {
      if (!read.ok) {
        problems.push({ severity: "error", ...where(at), ...read.problem });
        return NOT_ESTIMATED;
      }
      if (read.warning) problems.push({ severity: "warning", ...where(at), ...read.warning });
      return read.value;
    };
    // A year may hold a range ("7,5-14,5"); the full-year effect is one amount.
    const yearEffect = (at: number): YearEffect =>
      at === -1 ? NOT_ESTIMATED : taken(at, readYearEffectCell(cells[at] ?? "", formatAt(at), mapping.unit));
    const amount = (at: number): Effect =>
      at === -1 ? NOT_ESTIMATED : taken(at, readAmountCell(cells[at] ?? "", formatAt(at), mapping.unit));
    const effects = Object.fromEntries(yearColumns.map(({ year, at }) => [year, yearEffect(at)]));
    const mapped = mapping.fields.map((field, at) => (field === "ignore" ? "" : text(at)));
    const planned = { row, name, effects, initiative: null, problems };
    if (cells.every((cell) => cellText(cell) === "")) return { ...planned, outcome: "empty", problems: [] };
    if (startsWithAny(name, vocabulary.totals)) return { ...planned, outcome: "total", problems: [] };
    if (startsWithAny(name, vocabulary.targets)) return { ...planned, outcome: "target", problems: [] };
    const others = mapped.filter((value, at) => at !== nameAt && value !== "");
    if (others.length === 0 && name.endsWith(":")) return { ...planned, outcome: "heading", problems: [] };

    const code = <T extends string>(field: CodedField, allowed: readonly T[]): T | null | undefined => {
      const at = column(field);
      const found = text(at);
      if (found === "") return undefined;
      const wanted = (context.codeWords[field][found.toLowerCase()] ?? found).toLowerCase();
      const match = allowed.find((candidate) => candidate.toLowerCase() === wanted);
      if (match) return match;
      problems.push({ severity: "warning", code: "unknownCode", field, ...where(at), found });
      return null;
    };
    const authorityArea = text(column("authorityArea"));
    const estimated = Object.values(effects).some(isEstimated);
    const named = startsWithAny(name, vocabulary.unallocated) || containsAny(name, vocabulary.unallocated);
    let id = idAt === -1 ? `import-${row}` : text(idAt);
    if (id === "") {
      id = newId();
      problems.push({ severity: "warning", code: "newId", id });
    }
    const initiative: Initiative = {
      id,
      kind: code("kind", INITIATIVE_KINDS) ?? (named ? "unallocated" : "initiative"),
      name,
      authorityArea,
      coreArea: text(column("coreArea")),
      focusArea: code("focusArea", FOCUS_AREAS) ?? null,
      status: code("status", STATUSES) ?? (estimated ? "estimated" : "idea"),
      owner: text(column("owner")),
      effects,
      fullYearEffect: amount(column("fullYearEffect")),
      note: text(column("note")),
      lastChanged: null,
    };
    if (name === "") problems.push({ severity: "error", code: "nameMissing" });
    const key = keyOf(name, authorityArea);
    const first = seenKeys.get(key);
    if (name !== "" && first !== undefined)
      problems.push({ severity: "error", code: "duplicate", firstRow: first });
    else if (name !== "") seenKeys.set(key, row);
    const inWorkbook = existingKeys.get(key);
    if (name !== "" && inWorkbook !== undefined)
      problems.push({ severity: "error", code: "alreadyInWorkbook", id: inWorkbook });
    if (idAt !== -1) {
      const idKey = id.trim().toLowerCase();
      const firstId = seenIds.get(idKey);
      if (firstId !== undefined)
        problems.push({ severity: "error", code: "duplicateId", id, firstRow: firstId });
      else seenIds.set(idKey, row);
      if (existingIds.has(idKey)) problems.push({ severity: "error", code: "idTaken", id });
    }
    for (const problem of validateInitiative(initiative, years)) {
      // The name's own problem is said above, with the row.
      if (problem.code === "nameMissing") continue;
      problems.push({ severity: problem.severity, code: "initiative", problem });
    }
    const failed = problems.some((problem) => problem.severity === "error");
    return { ...planned, outcome: failed ? "problem" : "import", initiative: failed ? null : initiative };
  });

  const counts = { import: 0, problem: 0, empty: 0, total: 0, target: 0, heading: 0 };
  for (const planned of rows) counts[planned.outcome]++;
  return {
    rows,
    initiatives: rows.flatMap((planned) => (planned.initiative ? [planned.initiative] : [])),
    readableIds: idAt === -1,
    counts,
  };
}

/** A name as the documents print it, without its bullet ("• Kontraktgrundlag") or spare spaces. */
export function cleanName(text: string): string {
  return text.replace(BULLET, "").replace(/\s+/g, " ").trim();
}

function keyOf(name: string, authorityArea: string): string {
  return `${compact(name)}|${compact(authorityArea)}`;
}

/** True when `name` begins with one of the phrases as whole words ("I alt", "Netto-udestående (…)"). */
function startsWithAny(name: string, phrases: readonly string[]): boolean {
  return phrases.some((phrase) => wordsPattern(phrase, "^").test(name));
}

function containsAny(name: string, phrases: readonly string[]): boolean {
  return phrases.some((phrase) => wordsPattern(phrase, "(?:^|[^\\p{L}\\d])").test(name));
}

function wordsPattern(phrase: string, start: string): RegExp {
  const body = phrase
    .trim()
    .split(/[\s\-–]+/)
    .map((word) => word.replace(/[\\^$*+?.()[\]{}|]/g, "\\$&"))
    .join("[\\s\\-–]*");
  return new RegExp(`${start}${body}(?![\\p{L}\\d])`, "iu");
}
