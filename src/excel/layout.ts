import { columnLetters } from "./a1";
import { TABLE_KEYS, columnsOf, type TableKey } from "./schema";

/** Free columns left right of a table with year columns, so more years fit without moving its neighbour. */
export const RESERVED_YEAR_COLUMNS = 8;

/** Where a table starts on the BAR sheet (row 1) and how many columns it has when created. */
export type TablePlace = { column: number; columns: number };

/**
 * The BAR sheet's layout: tables side by side from A1, a blank column between them, so
 * each grows downwards without running into another. Later, users may move them: the
 * store finds tables by name, never by place.
 */
export function layoutOf(years: readonly number[]): Record<TableKey, TablePlace> {
  const places = {} as Record<TableKey, TablePlace>;
  let column = 0;
  for (const key of TABLE_KEYS) {
    const specs = columnsOf(key, years);
    places[key] = { column, columns: specs.length };
    const hasYears = specs.some((spec) => spec.year !== undefined);
    column += specs.length + 1 + (hasYears ? RESERVED_YEAR_COLUMNS : 0);
  }
  return places;
}

/** The whole columns a table's place covers, e.g. "A:P". */
export function bandAddress(place: TablePlace): string {
  return `${columnLetters(place.column)}:${columnLetters(place.column + place.columns - 1)}`;
}
