import type { Challenge } from "../engine/challenges";
import type { CalendarEntry } from "../engine/budgetCalendar";
import type { Initiative } from "../engine/initiative";
import type { ReductionTarget } from "../engine/overview";
import type { Strategy, StrategyInput } from "../engine/strategy";
import type { CodeListGap, ProblemSeverity, WorkbookProblem } from "../engine/workbookProblem";
import { yearsOf } from "../engine/years";
import { decodeText } from "./cells";
import { codeListProblem } from "./codeLists";
import { mapColumns, type TableRead } from "./columnMap";
import { TABLE_KEYS, TABLE_NAMES, columnsOf, defaultSettings, type Settings, type TableKey } from "./schema";
import { toCalendar } from "./toCalendar";
import { toChallenges } from "./toChallenges";
import { toInitiatives, toTargets } from "./toInitiatives";
import { toMeasures, toSettings, toStrategy } from "./toSettings";

/** What one read of the workbook returns: `null` for a table that is not there. */
export type RawWorkbook = Record<TableKey, TableRead | null>;

/** Everything the pane shows, read from the BAR tables in one round trip. */
export type WorkbookData = {
  settings: Settings;
  /** The calendar years of the horizon, budget year first. */
  years: number[];
  initiatives: Initiative[];
  targets: ReductionTarget[];
  strategy: Strategy;
  /** Yearly values per strategy measure (headroom, cash, …), aligned with `years`. */
  measures: StrategyInput;
  /** The budget calendar's milestones with a date, in table order (BAR_Calendar). */
  calendar: CalendarEntry[];
  /** The coming challenges whose costs come off the headroom (BAR_Challenges), in table order. */
  challenges: Challenge[];
  /** Which BAR tables exist. */
  tables: Record<TableKey, boolean>;
  /** What is wrong, worst first; the pane explains each and offers its repair. */
  problems: WorkbookProblem[];
};

/**
 * BAR_Initiatives as the pane already has it, for a read that leaves its body out (a
 * recalculation after the pane's own save: settleOwnWrites.ts). `problems` are the table's, in
 * the pane's worst-first order: as the final sort is stable, they land where a full read puts them.
 */
export type KeptInitiatives = { initiatives: Initiative[]; problems: WorkbookProblem[] };

/**
 * Turns the raw tables into what the pane shows; never throws, whatever the cells hold.
 * `codeListGaps`: the coded columns the read found without their drop-down. `kept`: BAR_Initiatives
 * parsed already (`raw.initiatives` then needs only its header).
 */
export function toWorkbookData(
  raw: RawWorkbook,
  fallbackSettings: Settings = defaultSettings(),
  codeListGaps: readonly CodeListGap[] = [],
  kept?: KeptInitiatives,
): WorkbookData {
  const tables = Object.fromEntries(TABLE_KEYS.map((key) => [key, raw[key] !== null])) as Record<
    TableKey,
    boolean
  >;
  const problems: WorkbookProblem[] = [];
  if (TABLE_KEYS.every((key) => !tables[key])) {
    problems.push({ key: "notSetUp", severity: "error", repair: { kind: "setUp" } });
  } else {
    for (const key of TABLE_KEYS) {
      if (!tables[key]) {
        problems.push({
          key: "tableMissing",
          severity: "error",
          table: TABLE_NAMES[key],
          repair: { kind: "setUp" },
        });
      }
    }
  }
  const read = toSettings(raw.settings, { ...fallbackSettings, years: guessYears(raw, fallbackSettings) });
  problems.push(...read.problems);
  const years = yearsOf(read.settings.years);

  const initiatives = kept
    ? kept
    : raw.initiatives
      ? toInitiatives(raw.initiatives, years)
      : { initiatives: [], problems: [] };
  const targets = raw.targets ? toTargets(raw.targets, years) : { targets: [], problems: [] };
  const measures = raw.measures ? toMeasures(raw.measures, years) : { measures: {}, problems: [] };
  const strategy = raw.strategy
    ? toStrategy(raw.strategy, read.settings.strategyName)
    : { strategy: { name: read.settings.strategyName, rules: [] }, problems: [] };
  // The change log is only checked for its columns: its rows are history, not needed to show the pane.
  const changeLog = raw.changeLog ? mapColumns(raw.changeLog, columnsOf("changeLog", [])).problems : [];
  const calendar = raw.calendar ? toCalendar(raw.calendar) : { calendar: [], problems: [] };
  const challenges = raw.challenges ? toChallenges(raw.challenges, years) : { challenges: [], problems: [] };
  problems.push(
    ...initiatives.problems,
    ...targets.problems,
    ...measures.problems,
    ...strategy.problems,
    ...changeLog,
    ...calendar.problems,
    ...challenges.problems,
  );
  const lists = codeListProblem(codeListGaps);
  if (lists) problems.push(lists);

  return {
    settings: read.settings,
    years,
    initiatives: initiatives.initiatives,
    targets: targets.targets,
    strategy: strategy.strategy,
    measures: measures.measures,
    calendar: calendar.calendar,
    challenges: challenges.challenges,
    tables,
    problems: problems.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]),
  };
}

/** Worst first: the sort is stable, so problems of one severity keep the order they were found in. */
const SEVERITY_ORDER: Record<ProblemSeverity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The horizon to fall back on when BAR_Settings cannot say: the year columns of
 * BAR_Initiatives, so a damaged settings table does not hide the effects.
 */
function guessYears(raw: RawWorkbook, fallback: Settings): Settings["years"] {
  const headers = raw.initiatives?.header.map((cell) => decodeText(cell).trim()) ?? [];
  const years = headers
    .filter((header) => /^\d{4}$/.test(header))
    .map(Number)
    .sort((a, b) => a - b);
  if (years.length === 0) return fallback.years;
  return { budgetYear: years[0], estimateYears: years[years.length - 1] - years[0] };
}
