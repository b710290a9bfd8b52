import type { Challenge } from "../engine/challenges";
import { NOT_ESTIMATED, effectIn, type Initiative } from "../engine/initiative";
import type { ReductionTarget } from "../engine/overview";
import type { CellValue } from "../engine/workbookProblem";
import { GENERAL_FORMAT, encodeEffect, encodeFor, encodeText, encodeTime, type EncodedCell } from "./cells";
import {
  CHALLENGE_COLUMNS,
  INITIATIVE_COLUMNS as C,
  TARGET_COLUMNS,
  columnsOf,
  type ColumnSpec,
  type TableKey,
} from "./schema";

/** A row to write, keyed by column name (any case); columns it does not name stay blank. */
export type RowCells = ReadonlyMap<string, EncodedCell>;

/** The cells of an initiative, keyed by column name. */
export function initiativeCells(initiative: Initiative, years: readonly number[]): RowCells {
  const cells: [string, EncodedCell][] = [
    [C.id, encodeText(initiative.id)],
    [C.kind, encodeText(initiative.kind)],
    [C.name, encodeText(initiative.name)],
    [C.authorityArea, encodeText(initiative.authorityArea)],
    [C.coreArea, encodeText(initiative.coreArea)],
    [C.focusArea, encodeText(initiative.focusArea ?? "")],
    [C.status, encodeText(initiative.status)],
    [C.owner, encodeText(initiative.owner)],
    ...years.map((year): [string, EncodedCell] => [String(year), encodeEffect(effectIn(initiative, year))]),
    [C.fullYearEffect, encodeEffect(initiative.fullYearEffect)],
    [C.note, encodeText(initiative.note)],
    [C.changedAt, encodeTime(initiative.lastChanged?.at ?? "")],
    [C.changedBy, encodeText(initiative.lastChanged?.by ?? "")],
  ];
  return lowerKeys(cells);
}

/** The cells of a reduction target, keyed by column name. */
export function targetCells(target: ReductionTarget, years: readonly number[]): RowCells {
  return lowerKeys([
    [TARGET_COLUMNS.id, encodeText(target.id)],
    [TARGET_COLUMNS.name, encodeText(target.name)],
    [TARGET_COLUMNS.authorityArea, encodeText(target.authorityArea ?? "")],
    ...years.map((year): [string, EncodedCell] => [
      String(year),
      encodeFor({ kind: "number" }, target.amounts[year] ?? null),
    ]),
  ]);
}

/** The cells of a coming challenge, keyed by column name. */
export function challengeCells(challenge: Challenge, years: readonly number[]): RowCells {
  return lowerKeys([
    [CHALLENGE_COLUMNS.name, encodeText(challenge.name)],
    [CHALLENGE_COLUMNS.coreArea, encodeText(challenge.coreArea)],
    ...years.map((year): [string, EncodedCell] => [
      String(year),
      encodeEffect(challenge.costs[year] ?? NOT_ESTIMATED),
    ]),
    [CHALLENGE_COLUMNS.note, encodeText(challenge.note)],
  ]);
}

/** Cells for a table whose columns are given by spec, from plain values in column order. */
export function plainCells(
  table: TableKey,
  years: readonly number[],
  values: readonly CellValue[],
): RowCells {
  const specs: ColumnSpec[] = columnsOf(table, years);
  return lowerKeys(
    specs.map((spec, index): [string, EncodedCell] => [spec.name, encodeFor(spec, values[index] ?? "")]),
  );
}

/** Cells for a row of `table` from plain values by column name, each encoded as its column is (text, amount, code). */
export function encodedRow(
  table: TableKey,
  years: readonly number[],
  values: Readonly<Record<string, CellValue>>,
): RowCells {
  const specs = columnsOf(table, years);
  return new Map(
    Object.entries(values).map(([column, value]) => {
      const spec = specs.find((candidate) => candidate.name.toLowerCase() === column.toLowerCase());
      return [column.toLowerCase(), encodeFor(spec ?? { kind: "text" }, value)];
    }),
  );
}

/** Lays cells out in the order of a table's header; a column the row does not know gets a blank General cell. */
export function toRow(header: readonly string[], cells: RowCells): EncodedCell[] {
  return header.map(
    (name) => cells.get(name.trim().toLowerCase()) ?? { value: "", numberFormat: GENERAL_FORMAT },
  );
}

function lowerKeys(cells: [string, EncodedCell][]): RowCells {
  return new Map(cells.map(([name, cell]) => [name.toLowerCase(), cell]));
}
