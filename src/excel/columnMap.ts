import type { CellValue, WorkbookProblem } from "../engine/workbookProblem";
import { cellAddress, parseAddress, type CellBlock } from "./a1";
import { decodeText } from "./cells";
import { guessRenamedColumns } from "./renamedColumns";
import type { ColumnSpec } from "./schema";

/** A table as one read returns it: the header row, the body rows and where the body sits. */
export type TableRead = { name: string; header: CellValue[]; rows: CellValue[][]; bodyAddress: string };

/** Where each documented column is in a table read, and what is missing. */
export type ColumnMap = {
  table: TableRead;
  index: (name: string) => number;
  /** The cell of a body row in a named column; blank when the column is missing. */
  cell: (row: CellValue[], name: string) => CellValue;
  /** The A1 address of a body cell, for problems that point at it. */
  address: (row: number, name: string) => string;
  /** True when every key column is there, so rows can be read at all. */
  usable: boolean;
  problems: WorkbookProblem[];
};

const YEAR_HEADER = /^\d{4}$/;

/**
 * Finds the documented columns by header name (ignoring case and spaces), so columns can be
 * moved and extra columns added by hand. A missing column whose place holds one unknown
 * column that reads as its kind was most likely renamed (renamedColumns.ts): the repair
 * renames it back instead of adding an empty one. Another year's header (2021 where 2025 is
 * missing) is never taken for it: relabelling would move the data.
 */
export function mapColumns(table: TableRead, specs: readonly ColumnSpec[]): ColumnMap {
  const headers = table.header.map((cell) => decodeText(cell).trim());
  const positions = new Map(headers.map((header, index) => [header.toLowerCase(), index]));
  const index = (name: string) => positions.get(name.toLowerCase()) ?? -1;
  const documented = new Set(specs.map((spec) => spec.name.toLowerCase()));
  const missing = specs.filter((spec) => index(spec.name) === -1);
  const guesses = guessRenamedColumns(
    headers,
    table.rows,
    specs,
    (header) => documented.has(header.toLowerCase()) || YEAR_HEADER.test(header),
  );
  const problems: WorkbookProblem[] = missing.map((spec) => {
    const { renamedTo, candidates } = guesses.get(spec.name) ?? { renamedTo: null, candidates: [] };
    const problem: WorkbookProblem = {
      key: "columnMissing",
      severity: spec.key ? "error" : "warning",
      table: table.name,
      column: spec.name,
      renamedTo,
      ...(renamedTo === null && candidates.length > 0 ? { candidates } : {}),
    };
    // Never offer an empty column while one of the table's columns may be the missing one:
    // its data would drop out of every total without a word.
    if (renamedTo)
      problem.repair = { kind: "renameColumn", table: table.name, from: renamedTo, to: spec.name };
    else if (candidates.length === 0)
      problem.repair = { kind: "addColumn", table: table.name, column: spec.name };
    return problem;
  });
  const body: CellBlock = parseAddress(table.bodyAddress) ?? {
    sheet: "",
    row: 0,
    column: 0,
    rows: 0,
    columns: 0,
  };
  return {
    table,
    index,
    cell: (row, name) => {
      const at = index(name);
      return at === -1 ? "" : (row[at] ?? "");
    },
    address: (row, name) => cellAddress(body, row, Math.max(0, index(name))),
    usable: missing.every((spec) => !spec.key),
    problems,
  };
}

/** True for a row a user left empty (Excel keeps one blank body row in an empty table). */
export function isBlankRow(row: readonly CellValue[]): boolean {
  return row.every((cell) => cell === "" || cell === null || cell === undefined);
}
