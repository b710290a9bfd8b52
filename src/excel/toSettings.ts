import { SURPLUS_RULES, type SurplusRule } from "../engine/carryForward";
import type { Strategy, StrategyInput, StrategyRule } from "../engine/strategy";
import type { CellValue, WorkbookProblem } from "../engine/workbookProblem";
import { checkYears } from "../engine/years";
import { decodeCode, decodeNumber, decodeText } from "./cells";
import { mapColumns, type TableRead } from "./columnMap";
import { keyedRows, readYearAmount } from "./toInitiatives";
import {
  MEASURE_COLUMNS,
  SETTINGS_COLUMNS,
  SETTING_KEYS,
  STRATEGY_COLUMNS as S,
  columnsOf,
  defaultSettings,
  type Settings,
} from "./schema";

/** The settings as written in a new workbook, keyed by BAR_Settings[Key]. */
export function settingsRows(settings: Settings): [string, CellValue][] {
  return [
    [SETTING_KEYS.budgetYear, settings.years.budgetYear],
    [SETTING_KEYS.estimateYears, settings.years.estimateYears],
    [SETTING_KEYS.surplusRule, settings.surplusRule],
    [SETTING_KEYS.staleAfterDays, settings.staleAfterDays],
    [SETTING_KEYS.strategyName, settings.strategyName],
  ];
}

/**
 * Reads BAR_Settings. A missing or unreadable setting falls back to its default with a
 * problem that offers to write the default, so the pane keeps working on a damaged table.
 */
export function toSettings(table: TableRead | null, fallback: Settings = defaultSettings()) {
  const problems: WorkbookProblem[] = [];
  if (table === null) return { settings: fallback, problems };
  const map = mapColumns(table, columnsOf("settings", []));
  problems.push(...map.problems);
  if (!map.usable) return { settings: fallback, problems };
  const found = new Map<string, { value: CellValue; address: string }>();
  table.rows.forEach((row, index) => {
    const key = decodeText(map.cell(row, SETTINGS_COLUMNS.key)).trim().toLowerCase();
    if (key !== "" && !found.has(key)) {
      found.set(key, {
        value: map.cell(row, SETTINGS_COLUMNS.value),
        address: map.address(index, SETTINGS_COLUMNS.value),
      });
    }
  });
  const defaults = new Map(settingsRows(fallback));
  const read = <T>(setting: string, accept: (cell: CellValue) => T | undefined): T => {
    const fallbackValue = defaults.get(setting) as CellValue;
    const entry = found.get(setting.toLowerCase());
    if (!entry) {
      const repair = { kind: "addSetting", setting, value: fallbackValue } as const;
      problems.push({ key: "missingSetting", severity: "warning", setting, repair });
      return accept(fallbackValue) as T;
    }
    const value = accept(entry.value);
    if (value !== undefined) return value;
    const repair = {
      kind: "setCell",
      table: table.name,
      id: setting,
      column: SETTINGS_COLUMNS.value,
      from: entry.value,
      to: fallbackValue,
    } as const;
    const foundText = decodeText(entry.value);
    problems.push({
      key: "invalidSetting",
      severity: "error",
      table: table.name,
      address: entry.address,
      setting,
      found: foundText,
      repair,
    });
    return accept(fallbackValue) as T;
  };
  const integer = (min: number, max: number) => (cell: CellValue) => {
    const decoded = decodeNumber(cell);
    const value = decoded.ok ? decoded.value : null;
    return value !== null && Number.isInteger(value) && value >= min && value <= max ? value : undefined;
  };
  const budgetYear = read(SETTING_KEYS.budgetYear, integer(1900, 2200));
  const estimateYears = read(SETTING_KEYS.estimateYears, (cell) => {
    const value = integer(0, 100)(cell);
    return value !== undefined && checkYears({ budgetYear, estimateYears: value }).length === 0
      ? value
      : undefined;
  });
  const surplusRule = read<SurplusRule>(SETTING_KEYS.surplusRule, (cell) => {
    const decoded = decodeCode(cell, SURPLUS_RULES, null);
    return decoded.ok && decoded.value !== null ? decoded.value : undefined;
  });
  const staleAfterDays = read(SETTING_KEYS.staleAfterDays, integer(0, 36500));
  const strategyName = read(SETTING_KEYS.strategyName, (cell) => decodeText(cell));
  return {
    settings: { years: { budgetYear, estimateYears }, surplusRule, staleAfterDays, strategyName },
    problems,
  };
}

/** Reads BAR_Strategy into rules; a row with an unreadable cell is left out, with a problem naming the cell. */
export function toStrategy(table: TableRead, name: string) {
  const map = mapColumns(table, columnsOf("strategy", []));
  const problems = [...map.problems];
  const strategy: Strategy = { name, rules: [] };
  if (!map.usable) return { strategy, problems };
  const keyed = keyedRows(map, S.id, S.measure);
  problems.push(...keyed.problems);
  for (const { row, index, id } of keyed.rows) {
    const at = (column: string) => ({ table: table.name, id, column, address: map.address(index, column) });
    const comparison = decodeCode(map.cell(row, S.comparison), ["atLeast", "atMost"] as const, null);
    const severity = decodeCode(map.cell(row, S.severity), ["BREACH", "BELOW_OPTIMAL"] as const, null);
    const threshold = decodeNumber(map.cell(row, S.threshold));
    const rowProblems: WorkbookProblem[] = [];
    if (!comparison.ok || comparison.value === null) {
      const found = comparison.ok ? "" : comparison.found;
      rowProblems.push({
        key: "invalidCode",
        severity: "error",
        ...at(S.comparison),
        found,
        allowed: ["atLeast", "atMost"],
      });
    }
    if (!severity.ok || severity.value === null) {
      const found = severity.ok ? "" : severity.found;
      rowProblems.push({
        key: "invalidCode",
        severity: "error",
        ...at(S.severity),
        found,
        allowed: ["BREACH", "BELOW_OPTIMAL"],
      });
    }
    if (!threshold.ok || threshold.value === null) {
      const found = threshold.ok ? "" : threshold.found;
      rowProblems.push({ key: "invalidAmount", severity: "error", ...at(S.threshold), found });
    }
    problems.push(...rowProblems);
    if (rowProblems.length > 0) continue;
    strategy.rules.push({
      id,
      measure: decodeText(map.cell(row, S.measure)).trim(),
      comparison: (comparison as { value: StrategyRule["comparison"] }).value,
      threshold: (threshold as { value: number }).value,
      severity: (severity as { value: StrategyRule["severity"] }).value,
    });
  }
  return { strategy, problems };
}

/** Reads BAR_Measures: yearly values per measure (headroom, cash, …); blank or "-" is unknown, not zero. */
export function toMeasures(table: TableRead, years: readonly number[]) {
  const map = mapColumns(table, columnsOf("measures", years));
  const problems = [...map.problems];
  const measures: StrategyInput = {};
  if (!map.usable) return { measures, problems };
  const keyed = keyedRows(map, MEASURE_COLUMNS.measure, MEASURE_COLUMNS.measure);
  // A measure's key is its name: a generated id would not say what it measures, so no repair is offered.
  problems.push(...keyed.problems.map((problem) => ({ ...problem, repair: undefined })));
  for (const { row, index, id } of keyed.rows) {
    // A measure is often a formula linked to the budget model: clearing it is no repair.
    measures[id] = years.map((year) => readYearAmount(map, { row, index, id }, year, problems, false));
  }
  return { measures, problems };
}
