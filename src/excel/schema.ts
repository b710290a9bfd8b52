import { CODE_WORDS, type CodeWords } from "../i18n/codeWords";
import type { SurplusRule } from "../engine/carryForward";
import { FOCUS_AREAS, INITIATIVE_KINDS, STATUSES } from "../engine/initiative";
import { defaultYears, type Years } from "../engine/years";

/** The visible sheet the BAR tables are created on. Users may move tables elsewhere; names are what count. */
export const BAR_SHEET = "BAR";

/** The documented table names; economists use them in structured references, so they never change. */
export const TABLE_NAMES = {
  initiatives: "BAR_Initiatives",
  targets: "BAR_Targets",
  measures: "BAR_Measures",
  strategy: "BAR_Strategy",
  settings: "BAR_Settings",
  changeLog: "BAR_ChangeLog",
  calendar: "BAR_Calendar",
  challenges: "BAR_Challenges",
} as const;

/** The BAR tables, by their key in TABLE_NAMES. */
export type TableKey = keyof typeof TABLE_NAMES;

/** Every table key, in the order the tables are laid out on the BAR sheet. */
export const TABLE_KEYS = Object.keys(TABLE_NAMES) as TableKey[];

/** How a column's cells are written and read. */
export type ColumnKind = "text" | "code" | "effect" | "number" | "time" | "date";

/** One documented column: `key` columns must exist for the table's rows to be read at all. */
export type ColumnSpec = {
  name: string;
  kind: ColumnKind;
  key: boolean;
  /** The allowed codes of a `code` column. */
  allowed?: readonly string[];
  /** Danish and English labels read as the codes of a `code` column (src/i18n/codeWords.ts). */
  words?: CodeWords;
  /** What a `year` column stands for, so a missing one can be recreated as "not estimated". */
  year?: number;
};

/** Column names of BAR_Initiatives besides the year columns (named by the year, e.g. "2025"). */
export const INITIATIVE_COLUMNS = {
  id: "Id",
  kind: "Kind",
  name: "Name",
  authorityArea: "AuthorityArea",
  coreArea: "CoreArea",
  focusArea: "FocusArea",
  status: "Status",
  owner: "Owner",
  fullYearEffect: "FullYearEffect",
  note: "Note",
  changedAt: "ChangedAt",
  changedBy: "ChangedBy",
} as const;

/** Column names of BAR_Targets besides the year columns. */
export const TARGET_COLUMNS = { id: "Id", name: "Name", authorityArea: "AuthorityArea" } as const;

/** Column names of BAR_Measures besides the year columns; the year cells may be formulas into the model. */
export const MEASURE_COLUMNS = { measure: "Measure" } as const;

/** Column names of BAR_Strategy: one benchmark (pejlemærke) per row. */
export const STRATEGY_COLUMNS = {
  id: "Id",
  measure: "Measure",
  comparison: "Comparison",
  threshold: "Threshold",
  severity: "Severity",
} as const;

/** Column names of BAR_Settings: one setting per row. */
export const SETTINGS_COLUMNS = { key: "Key", value: "Value" } as const;

/** Column names of BAR_ChangeLog: one row per changed cell. */
export const CHANGE_LOG_COLUMNS = {
  time: "Time",
  by: "By",
  table: "Table",
  id: "Id",
  field: "Field",
  oldValue: "OldValue",
  newValue: "NewValue",
} as const;

/** Column names of BAR_Calendar: one milestone of the budget process per row. */
export const CALENDAR_COLUMNS = { date: "Date", milestone: "Milestone", who: "Who" } as const;

/**
 * Column names of BAR_Challenges besides the year columns: one coming challenge per row,
 * its yearly cost in mio. kr. (as the headroom it comes off) as a number, a range or "-".
 */
export const CHALLENGE_COLUMNS = { name: "Name", coreArea: "CoreArea", note: "Note" } as const;

/** The keys in BAR_Settings[Key]. */
export const SETTING_KEYS = {
  budgetYear: "BudgetYear",
  estimateYears: "EstimateYears",
  surplusRule: "SurplusRule",
  staleAfterDays: "StaleAfterDays",
  strategyName: "StrategyName",
} as const;

/** The settings the pane works with, read from BAR_Settings. */
export type Settings = {
  years: Years;
  surplusRule: SurplusRule;
  staleAfterDays: number;
  strategyName: string;
};

/** Settings of a new workbook; the budget year is next year, as budgets are prepared the year before. */
export function defaultSettings(budgetYear = new Date().getFullYear() + 1): Settings {
  return { years: defaultYears(budgetYear), surplusRule: "release", staleAfterDays: 60, strategyName: "" };
}

const text = (name: string, key = false): ColumnSpec => ({ name, kind: "text", key });
const code = (name: string, allowed: readonly string[], key: boolean, words?: CodeWords): ColumnSpec => ({
  name,
  kind: "code",
  key,
  allowed,
  words,
});
const yearColumns = (years: readonly number[]): ColumnSpec[] =>
  years.map((year) => ({ name: String(year), kind: "effect", key: false, year }));

/** The documented columns of a table for the horizon `years`, in the order setup creates them. */
export function columnsOf(table: TableKey, years: readonly number[]): ColumnSpec[] {
  const c = INITIATIVE_COLUMNS;
  switch (table) {
    case "initiatives":
      return [
        text(c.id, true),
        code(c.kind, INITIATIVE_KINDS, false, CODE_WORDS.kind),
        text(c.name, true),
        text(c.authorityArea),
        text(c.coreArea),
        code(c.focusArea, FOCUS_AREAS, false, CODE_WORDS.focusArea),
        code(c.status, STATUSES, false, CODE_WORDS.status),
        text(c.owner),
        ...yearColumns(years),
        { name: c.fullYearEffect, kind: "effect", key: false },
        text(c.note),
        { name: c.changedAt, kind: "time", key: false },
        text(c.changedBy),
      ];
    case "targets":
      return [
        text(TARGET_COLUMNS.id, true),
        text(TARGET_COLUMNS.name),
        text(TARGET_COLUMNS.authorityArea),
        ...yearColumns(years),
      ];
    case "measures":
      return [
        text(MEASURE_COLUMNS.measure, true),
        ...years.map((year): ColumnSpec => ({ name: String(year), kind: "number", key: false, year })),
      ];
    case "strategy":
      return [
        text(STRATEGY_COLUMNS.id, true),
        text(STRATEGY_COLUMNS.measure, true),
        code(STRATEGY_COLUMNS.comparison, ["atLeast", "atMost"], true),
        { name: STRATEGY_COLUMNS.threshold, kind: "number", key: true },
        code(STRATEGY_COLUMNS.severity, ["BREACH", "BELOW_OPTIMAL"], true),
      ];
    case "settings":
      return [text(SETTINGS_COLUMNS.key, true), text(SETTINGS_COLUMNS.value, true)];
    case "changeLog":
      return Object.values(CHANGE_LOG_COLUMNS).map((name) => text(name, true));
    case "calendar":
      return [
        { name: CALENDAR_COLUMNS.date, kind: "date", key: true },
        text(CALENDAR_COLUMNS.milestone, true),
        text(CALENDAR_COLUMNS.who),
      ];
    case "challenges":
      return [
        text(CHALLENGE_COLUMNS.name, true),
        text(CHALLENGE_COLUMNS.coreArea),
        ...yearColumns(years),
        text(CHALLENGE_COLUMNS.note),
      ];
  }
}

/** The column that identifies a row of each table (the one edits and conflicts are keyed by). */
export const KEY_COLUMN: Record<TableKey, string> = {
  initiatives: INITIATIVE_COLUMNS.id,
  targets: TARGET_COLUMNS.id,
  measures: MEASURE_COLUMNS.measure,
  strategy: STRATEGY_COLUMNS.id,
  settings: SETTINGS_COLUMNS.key,
  changeLog: CHANGE_LOG_COLUMNS.time,
  calendar: CALENDAR_COLUMNS.milestone,
  challenges: CHALLENGE_COLUMNS.name,
};

/** The table key of a BAR table name, or undefined for any other table. */
export function tableKeyOf(name: string): TableKey | undefined {
  return TABLE_KEYS.find((key) => TABLE_NAMES[key].toLowerCase() === name.toLowerCase());
}
