import { NOT_ESTIMATED } from "../engine/initiative";
import type { CellValue } from "../engine/workbookProblem";
import { decodeEffect, decodeText, decodeYearEffect, encodeEffect, type EncodedCell } from "./cells";
import { isBlankRow } from "./columnMap";
import { INITIATIVE_COLUMNS, KEY_COLUMN, columnsOf, type TableKey } from "./schema";

/** What a new budget year puts into the new year cells of the initiatives (never without being asked). */
export type CarryOption = "none" | "lastYear" | "fullYearEffect";

/** The carry options, in the order the pane offers them. */
export const CARRY_OPTIONS: readonly CarryOption[] = ["none", "lastYear", "fullYearEffect"];

/** The tables that have one column per year. */
export const YEAR_TABLES = ["initiatives", "targets", "measures", "challenges"] as const;

/** A table with year columns. */
export type YearTable = (typeof YEAR_TABLES)[number];

/** One column to insert: its name, where (0-based, in the table as it is by then), and its body cells. */
export type NewColumn = { name: string; index: number; cells: EncodedCell[] };

/** A value put into a new year cell, for the change log. */
export type FilledCell = { id: string; column: string; value: number };

const YEAR = /^\d{4}$/;

/**
 * Where each missing year column of `years` goes: right after the nearest earlier year
 * column (so new years follow the last one, never after ChangedBy), before the nearest later
 * one, or, in a table without year columns, where set-up puts them. Each index counts the
 * columns inserted before it, as the inserts run in this order.
 */
export function newColumnPlaces(table: TableKey, header: readonly string[], years: readonly number[]) {
  const names = header.map((name) => name.trim());
  const places: { name: string; index: number }[] = [];
  const specs = columnsOf(table, years);
  const firstYear = specs.findIndex((spec) => spec.year !== undefined);
  const anchor =
    firstYear > 0 ? names.findIndex((n) => n.toLowerCase() === specs[firstYear - 1].name.toLowerCase()) : -1;
  for (const year of [...years].sort((a, b) => a - b)) {
    const name = String(year);
    if (names.some((candidate) => candidate.toLowerCase() === name)) continue;
    const yearAt = (test: (y: number) => boolean) =>
      names.flatMap((n, i) => (YEAR.test(n) && test(Number(n)) ? [i] : []));
    const earlier = yearAt((y) => y < year);
    const later = yearAt((y) => y > year);
    const index =
      earlier.length > 0
        ? Math.max(...earlier) + 1
        : later.length > 0
          ? Math.min(...later)
          : anchor !== -1
            ? anchor + 1
            : names.length;
    names.splice(index, 0, name);
    places.push({ name, index });
  }
  return places;
}

/** What goes into the new year cells of one table, and which values are worth a log entry. */
export type Fill = (row: readonly CellValue[], id: string, year: number) => EncodedCell;

/**
 * The new columns of a year table with their cells: a blank row (Excel keeps one in an empty
 * table) stays blank; every other cell gets what `fill` says. Returns the filled amounts too.
 */
export function newColumns(
  table: YearTable,
  header: readonly string[],
  rows: readonly CellValue[][],
  years: readonly number[],
  fill: Fill,
): { columns: NewColumn[]; filled: FilledCell[] } {
  const keyAt = header.findIndex((name) => name.trim().toLowerCase() === KEY_COLUMN[table].toLowerCase());
  const filled: FilledCell[] = [];
  const columns = newColumnPlaces(table, header, years).map(({ name, index }) => ({
    name,
    index,
    cells: rows.map((row): EncodedCell => {
      if (isBlankRow(row)) return { value: "", numberFormat: "General" };
      const id = keyAt === -1 ? "" : decodeText(row[keyAt] ?? "").trim();
      const cell = fill(row, id, Number(name));
      if (typeof cell.value === "number") filled.push({ id, column: name, value: cell.value });
      return cell;
    }),
  }));
  return { columns, filled };
}

/** The fill of the initiatives' new years: "-" (not estimated), or the carried estimate. */
export function initiativeFill(header: readonly string[], carry: CarryOption, lastYear: number): Fill {
  const source = carry === "lastYear" ? String(lastYear) : INITIATIVE_COLUMNS.fullYearEffect;
  const at = header.findIndex((name) => name.trim().toLowerCase() === source.toLowerCase());
  return (row) => {
    if (carry === "none" || at === -1) return encodeEffect(NOT_ESTIMATED);
    // Last year's range carries as the range: its pessimistic end is as real as its expected one.
    const decoded = carry === "lastYear" ? decodeYearEffect(row[at] ?? "") : decodeEffect(row[at] ?? "");
    return encodeEffect(decoded.ok ? decoded.value : NOT_ESTIMATED);
  };
}

/** The fill of the targets' new years: the amount the user gave, "-" for no target yet. */
export function targetFill(amounts: Readonly<Record<string, Readonly<Record<number, number | null>>>>): Fill {
  const byId = new Map(Object.entries(amounts).map(([id, years]) => [id.toLowerCase(), years]));
  return (_row, id, year) => {
    const amount = byId.get(id.toLowerCase())?.[year];
    return encodeEffect(typeof amount === "number" && Number.isFinite(amount) ? amount : NOT_ESTIMATED);
  };
}

/** The measures' new years: "-", so a formula linked later never lands in an empty column (calculated columns). */
export const measureFill: Fill = () => encodeEffect(NOT_ESTIMATED);
