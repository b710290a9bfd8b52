import {
  FOCUS_AREAS,
  INITIATIVE_KINDS,
  NOT_ESTIMATED,
  STATUSES,
  type Effect,
  type Initiative,
  type YearEffect,
} from "../engine/initiative";
import type { ReductionTarget } from "../engine/overview";
import type { CellValue, WorkbookProblem } from "../engine/workbookProblem";
import {
  closestCode,
  decodeCode,
  decodeEffect,
  decodeNumber,
  decodeText,
  decodeTime,
  decodeYearEffect,
} from "./cells";
import { isBlankRow, mapColumns, type ColumnMap, type TableRead } from "./columnMap";
import { INITIATIVE_COLUMNS as C, TARGET_COLUMNS, columnsOf } from "./schema";

/** Rows of a keyed table that have an id, in table order; rows without one or with a copied one are problems. */
export type KeyedRows = {
  rows: { row: CellValue[]; index: number; id: string }[];
  problems: WorkbookProblem[];
};

/**
 * A year's amount in a keyed row (targets, measures). Anything but a number is an
 * `invalidAmount` problem and null: unknown, never zero. `offerRepair` offers to clear the cell.
 */
export function readYearAmount(
  map: ColumnMap,
  { row, index, id }: KeyedRows["rows"][number],
  year: number,
  problems: WorkbookProblem[],
  offerRepair: boolean,
): number | null {
  const column = String(year);
  const cell = map.cell(row, column);
  const decoded = decodeNumber(cell);
  if (decoded.ok) return decoded.value;
  const table = map.table.name;
  problems.push({
    key: "invalidAmount",
    severity: "error",
    table,
    id,
    column,
    address: map.address(index, column),
    found: decoded.found,
    ...(offerRepair ? { repair: { kind: "setCell", table, id, column, from: cell, to: "" } } : {}),
  });
  return null;
}

/** The rows worth reading: not blank, with an id that is not a copy of an earlier row's. */
export function keyedRows(map: ColumnMap, keyColumn: string, nameColumn: string): KeyedRows {
  const seen = new Set<string>();
  const result: KeyedRows = { rows: [], problems: [] };
  const table = map.table.name;
  map.table.rows.forEach((row, index) => {
    if (isBlankRow(row)) return;
    const id = decodeText(map.cell(row, keyColumn)).trim();
    const name = decodeText(map.cell(row, nameColumn));
    const address = map.address(index, keyColumn);
    const repair = { kind: "assignId", table, row: index, expectedId: id, expectedName: name } as const;
    if (id === "") {
      result.problems.push({
        key: "missingId",
        severity: "warning",
        table,
        address,
        row: index,
        name,
        repair,
      });
    } else if (seen.has(id.toLowerCase())) {
      result.problems.push({
        key: "duplicateId",
        severity: "warning",
        table,
        address,
        row: index,
        id,
        repair,
      });
    } else {
      seen.add(id.toLowerCase());
      result.rows.push({ row, index, id });
    }
  });
  return result;
}

/** Reads BAR_Initiatives into initiatives, with a problem for every cell that could not be read. */
export function toInitiatives(table: TableRead, years: readonly number[]) {
  const specs = columnsOf("initiatives", years);
  const map = mapColumns(table, specs);
  const problems = [...map.problems];
  const initiatives: Initiative[] = [];
  if (!map.usable) return { initiatives, problems };
  const keyed = keyedRows(map, C.id, C.name);
  problems.push(...keyed.problems);
  for (const { row, index, id } of keyed.rows) {
    const at = (column: string) => ({ table: table.name, id, column, address: map.address(index, column) });
    const code = <T extends string>(
      column: string,
      allowed: readonly T[],
      blank: T | null,
      fallback: T | null,
    ) => {
      const words = specs.find((spec) => spec.name === column)?.words;
      const cell = map.cell(row, column);
      const decoded = decodeCode(cell, allowed, blank, words);
      if (decoded.ok) return decoded.value;
      // Never a silent default: the problem says what was found and offers the nearest code.
      const nearest = closestCode(decoded.found, allowed, words);
      problems.push({
        key: "invalidCode",
        severity: "warning",
        ...at(column),
        found: decoded.found,
        allowed,
        repair: { kind: "setCell", table: table.name, id, column, from: cell, to: nearest },
      });
      return fallback;
    };
    const effect = (column: string): Effect => {
      if (map.index(column) === -1) return NOT_ESTIMATED;
      const cell = map.cell(row, column);
      return effectRead(column, cell, decodeEffect(cell));
    };
    // An amount as decodeEffect read it: a problem when it is none, a warning when stored as text.
    const effectRead = (
      column: string,
      cell: CellValue,
      decoded: ReturnType<typeof decodeEffect>,
    ): Effect => {
      if (!decoded.ok) {
        const repair = { kind: "setCell", table: table.name, id, column, from: cell, to: "-" } as const;
        problems.push({
          key: "invalidAmount",
          severity: "error",
          ...at(column),
          found: decoded.found,
          repair,
        });
        return NOT_ESTIMATED;
      }
      if (decoded.storedAsText && typeof decoded.value === "number") {
        const repair = {
          kind: "setCell",
          table: table.name,
          id,
          column,
          from: cell,
          to: decoded.value,
        } as const;
        const found = decodeText(cell);
        problems.push({
          key: "amountStoredAsText",
          severity: "warning",
          ...at(column),
          found,
          value: decoded.value,
          repair,
        });
      }
      return decoded.value;
    };
    // Year cells may also hold ranges; the full-year effect is one amount. Most cells are
    // amounts: those are decoded once, and only the rest is read as a range.
    const yearEffect = (column: string): YearEffect => {
      if (map.index(column) === -1) return NOT_ESTIMATED;
      const cell = map.cell(row, column);
      const plain = decodeEffect(cell);
      if (plain.ok) return effectRead(column, cell, plain);
      const read = decodeYearEffect(cell);
      if (!read.ok && "problem" in read) {
        const { low, high } = read.problem;
        problems.push({
          key: "invalidRange",
          severity: "error",
          ...at(column),
          found: read.found,
          low,
          high,
        });
        return NOT_ESTIMATED;
      }
      // A range, "ukendt" or "5 til 5" (the number it names) is taken as read; anything else
      // is no amount, and says so.
      return read.ok ? read.value : effectRead(column, cell, plain);
    };
    const text = (column: string) => decodeText(map.cell(row, column));
    const changedAt = decodeTime(map.cell(row, C.changedAt));
    initiatives.push({
      id,
      kind: code(C.kind, INITIATIVE_KINDS, "initiative", "initiative") ?? "initiative",
      name: text(C.name),
      authorityArea: text(C.authorityArea).trim(),
      coreArea: text(C.coreArea).trim(),
      focusArea: code(C.focusArea, FOCUS_AREAS, null, null),
      status: code(C.status, STATUSES, "idea", "idea") ?? "idea",
      owner: text(C.owner),
      effects: Object.fromEntries(years.map((year) => [year, yearEffect(String(year))])),
      fullYearEffect: effect(C.fullYearEffect),
      note: text(C.note),
      lastChanged: changedAt === null ? null : { at: changedAt, by: text(C.changedBy) },
    });
  }
  return { initiatives, problems };
}

/** Reads BAR_Targets: one reduction target per row; a blank year is a year without a target. */
export function toTargets(table: TableRead, years: readonly number[]) {
  const map = mapColumns(table, columnsOf("targets", years));
  const problems = [...map.problems];
  const targets: ReductionTarget[] = [];
  if (!map.usable) return { targets, problems };
  const keyed = keyedRows(map, TARGET_COLUMNS.id, TARGET_COLUMNS.name);
  problems.push(...keyed.problems);
  for (const { row, index, id } of keyed.rows) {
    const area = decodeText(map.cell(row, TARGET_COLUMNS.authorityArea)).trim();
    targets.push({
      id,
      name: decodeText(map.cell(row, TARGET_COLUMNS.name)),
      authorityArea: area === "" ? null : area,
      amounts: Object.fromEntries(
        years.map((year) => [year, readYearAmount(map, { row, index, id }, year, problems, true)]),
      ),
    });
  }
  return { targets, problems };
}
