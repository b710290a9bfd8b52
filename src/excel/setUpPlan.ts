import { headroomAndCashStrategy } from "../engine/strategy";
import type { CellValue } from "../engine/workbookProblem";
import { columnLetters, type CellBlock } from "./a1";
import { decodeText, encodeFor, encodeText, type EncodedCell } from "./cells";
import { logRows, type ChangeEntry } from "./changeLog";
import type { TablePlace } from "./layout";
import { TABLE_NAMES, columnsOf, type Settings, type TableKey } from "./schema";
import { seed000Challenges } from "./seed000";
import { SEED_002_INITIATIVES, SEED_002_TARGET } from "./seed002";
import { challengeCells, initiativeCells, plainCells, targetCells, toRow } from "./toCells";
import { settingsRows } from "./toSettings";
import { calendarRows } from "./toCalendar";

/** The cells of the BAR sheet as one read returned them (its used range). */
export type SheetCells = { block: CellBlock; values: CellValue[][] } | null;

/** What to do for a missing table: create it, wrap its surviving cells as a table again, or stop. */
export type TablePlan =
  | { action: "create"; place: TablePlace }
  | { action: "restore"; block: Omit<CellBlock, "sheet">; header: string[] }
  | { action: "occupied"; address: string };

/**
 * Decides how to bring back a table at its place on the BAR sheet. Empty columns: create
 * it. A header row there naming the table's key columns (a table deleted with "Convert to
 * Range", or whose table object was lost): wrap those cells as the table again, data and
 * all. Anything else belongs to someone: leave it and say where it is.
 */
export function planTable(
  key: TableKey,
  place: TablePlace,
  cells: SheetCells,
  years: readonly number[],
): TablePlan {
  const at = (row: number, column: number): string => {
    if (!cells) return "";
    const r = row - cells.block.row;
    const c = column - cells.block.column;
    return decodeText(cells.values[r]?.[c] ?? "").trim();
  };
  const bottom = cells ? cells.block.row + cells.block.rows : 0;
  const lastUsedRow = (from: number, to: number) => {
    for (let row = bottom - 1; row >= 0; row--) {
      for (let column = from; column < to; column++) if (at(row, column) !== "") return row;
    }
    return -1;
  };
  const end = place.column + place.columns;
  if (lastUsedRow(place.column, end) === -1) return { action: "create", place };

  let width = 0;
  while (at(0, place.column + width) !== "") width++;
  const names = Array.from({ length: width }, (_, c) => at(0, place.column + c));
  const header = new Set(names.map((name) => name.toLowerCase()));
  const keys = columnsOf(key, years).filter((spec) => spec.key);
  if (width > 0 && keys.every((spec) => header.has(spec.name.toLowerCase()))) {
    const rows = Math.max(2, lastUsedRow(place.column, place.column + width) + 1);
    return {
      action: "restore",
      block: { row: 0, column: place.column, rows, columns: width },
      header: names,
    };
  }
  return { action: "occupied", address: `${columnLetters(place.column)}:${columnLetters(end - 1)}` };
}

/** What a new workbook's tables start with. */
export type Initial = { example: boolean; settings: Settings; years: readonly number[]; log: ChangeEntry[] };

/** The header and first rows of a new table, in column order; an empty table gets one blank, formatted row. */
export function initialCells(key: TableKey, initial: Initial): EncodedCell[][] {
  const { years, example, settings } = initial;
  const specs = columnsOf(key, years);
  const header = specs.map((spec) => encodeText(spec.name));
  const names = specs.map((spec) => spec.name);
  let rows: EncodedCell[][];
  switch (key) {
    case "initiatives":
      rows = example ? SEED_002_INITIATIVES.map((line) => toRow(names, initiativeCells(line, years))) : [];
      break;
    case "targets": {
      const target = example
        ? SEED_002_TARGET
        : { id: "T-1", name: "Reduktionsmål", authorityArea: null, amounts: {} };
      rows = [toRow(names, targetCells(target, years))];
      break;
    }
    case "measures":
      rows = ["headroom", "cash"].map((measure) => toRow(names, plainCells(key, years, [measure])));
      break;
    case "strategy":
      rows = headroomAndCashStrategy().rules.map((rule) =>
        toRow(
          names,
          plainCells(key, years, [rule.id, rule.measure, rule.comparison, rule.threshold, rule.severity]),
        ),
      );
      break;
    case "settings":
      rows = settingsRows(settings).map((row) => toRow(names, plainCells(key, years, row)));
      break;
    case "changeLog":
      rows = logRows(names, initial.log);
      break;
    case "calendar":
      rows = calendarRows(names, settings.years.budgetYear);
      break;
    case "challenges":
      rows = example ? seed000Challenges(years).map((line) => toRow(names, challengeCells(line, years))) : [];
      break;
  }
  const body = rows.length > 0 ? rows : [specs.map((spec) => ({ ...encodeFor(spec, ""), value: "" }))];
  return [header, ...body];
}

/** The table a plan is for, by name, for log entries. */
export function tableName(key: TableKey): string {
  return TABLE_NAMES[key];
}
