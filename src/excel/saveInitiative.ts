import {
  EDITABLE_FIELDS,
  effectIn,
  validateInitiative,
  type YearEffect,
  type Initiative,
  type InitiativeFields,
  type InitiativeProblem,
} from "../engine/initiative";
import type { WorkbookProblem } from "../engine/workbookProblem";
import { readBack, sameCell, type CellValue } from "./cells";
import type { ChangeStamp } from "./changeLog";
import type { CellConflict, CellEdit, RowValues } from "./editRow";
import type { OwnWrite } from "./ownWrite";
import { INITIATIVE_COLUMNS as C, columnsOf } from "./schema";
import { initiativeCells } from "./toCells";
import { toInitiatives } from "./toInitiatives";

/** Changes to an initiative, with the version the user started from (for the co-author check). */
export type InitiativeEdit = {
  base: Initiative;
  /** Only the fields the user changed; `effects` may name just the years changed. */
  changes: Partial<Omit<InitiativeFields, "effects">> & {
    effects?: Readonly<Record<number, Initiative["effects"][number]>>;
  };
};

/** What saving an initiative came to; the pane handles each case, nothing is thrown for them. */
export type SaveResult =
  /** `written`: what the pane needs to show the save without reading the workbook again (ownWrite.ts). */
  | { status: "saved"; initiative: Initiative; changedColumns: string[]; written: OwnWrite }
  | { status: "unchanged"; initiative: Initiative }
  /** A co-author changed some of the same cells first: nothing was written. Show both, then `resolveConflict`. */
  | { status: "conflict"; conflicts: CellConflict[]; theirs: Initiative; edit: InitiativeEdit }
  /**
   * Saved, but a co-author saved the same cells within our round trip and ours overwrote
   * theirs (`theirs` is their version, also in the log). Show both, then `resolveConflict`.
   */
  | {
      status: "overwrote";
      initiative: Initiative;
      changedColumns: string[];
      conflicts: CellConflict[];
      theirs: Initiative;
    }
  /** The row is gone (deleted by hand or by a co-author). */
  | { status: "notFound"; id: string }
  | { status: "invalid"; problems: InitiativeProblem[] }
  | { status: "blocked"; problems: WorkbookProblem[] };

/** The initiative the edit would produce on top of its base. */
export function applyEdit(edit: InitiativeEdit): Initiative {
  const { effects, ...fields } = edit.changes;
  return { ...edit.base, ...fields, effects: { ...edit.base.effects, ...effects } };
}

/** The cells an edit changes against `base`, one per column, in table column order. */
export function cellEdits(edit: InitiativeEdit, years: readonly number[]): CellEdit[] {
  const before = initiativeCells(edit.base, years);
  const after = initiativeCells(applyEdit(edit), years);
  const stamped = new Set([C.changedAt.toLowerCase(), C.changedBy.toLowerCase(), C.id.toLowerCase()]);
  return columnsOf("initiatives", years)
    .filter((spec) => !stamped.has(spec.name.toLowerCase()))
    .flatMap((spec) => {
      const key = spec.name.toLowerCase();
      const from = before.get(key);
      const to = after.get(key);
      if (!from || !to || sameCell(spec, readBack(from), readBack(to))) return [];
      return [{ column: spec.name, base: readBack(from), value: to }];
    });
}

/**
 * Saves an edit with at most two round trips, checking each changed cell against what the
 * user started from and stamping ChangedAt/ChangedBy. Invalid input is refused before any
 * round trip. Every changed cell is logged in BAR_ChangeLog.
 */
export async function saveInitiative(
  context: Excel.RequestContext,
  edit: InitiativeEdit,
  years: readonly number[],
  stamp: ChangeStamp,
): Promise<SaveResult> {
  const wanted = applyEdit(edit);
  const problems = validateInitiative(wanted, years).filter((problem) => problem.severity === "error");
  if (problems.length > 0) return { status: "invalid", problems };
  const edits = cellEdits(edit, years);
  if (edits.length === 0) return { status: "unchanged", initiative: edit.base };
  // The checked write is loaded on first use (lazyViews.ts fetches it with the form).
  const { editRow } = await import("./editRow");
  const outcome = await editRow(
    context,
    "initiatives",
    edit.base.id,
    edits,
    stamp,
    { at: C.changedAt, by: C.changedBy },
    years,
  );
  switch (outcome.status) {
    case "saved":
      return {
        status: "saved",
        initiative: rowToInitiative(outcome.row, years),
        changedColumns: outcome.changed,
        written: outcome.written,
      };
    case "unchanged":
      return { status: "unchanged", initiative: rowToInitiative(outcome.row, years) };
    case "overwrote":
      return {
        status: "overwrote",
        initiative: rowToInitiative(outcome.row, years),
        changedColumns: outcome.changed,
        conflicts: outcome.conflicts,
        theirs: rowToInitiative(outcome.theirsRow, years),
      };
    case "conflict":
      return {
        status: "conflict",
        conflicts: outcome.conflicts,
        theirs: rowToInitiative(outcome.row, years),
        edit,
      };
    default:
      return outcome;
  }
}

/** How to settle a conflict: everything mine, everything theirs, or per column. */
export type ConflictChoice = "keepMine" | "keepTheirs" | Readonly<Record<string, "mine" | "theirs">>;

/**
 * The edit to save after the user chose. For a conflict: their version with my changes
 * where I chose mine. After an overwrite: the saved version with their values put back
 * where I chose theirs. Null when nothing is left to save.
 */
export function resolveConflict(
  result: Extract<SaveResult, { status: "conflict" | "overwrote" }>,
  choice: ConflictChoice,
  years: readonly number[],
): InitiativeEdit | null {
  const pick = (column: string) =>
    choice === "keepMine" ? "mine" : choice === "keepTheirs" ? "theirs" : (choice[column] ?? "theirs");
  let resolved: InitiativeEdit;
  if (result.status === "overwrote") {
    const restore = result.conflicts
      .map((conflict) => conflict.column)
      .filter((column) => pick(column) === "theirs");
    resolved = { base: result.initiative, changes: changesFrom(result.theirs, restore) };
  } else {
    const conflicted = new Set(result.conflicts.map((conflict) => conflict.column));
    // Only the columns I changed carry over: the rest of my copy is stale and must not win.
    const keep = cellEdits(result.edit, years)
      .map((edit) => edit.column)
      .filter((column) => !conflicted.has(column) || pick(column) === "mine");
    resolved = { base: result.theirs, changes: changesFrom(applyEdit(result.edit), keep) };
  }
  return cellEdits(resolved, years).length === 0 ? null : resolved;
}

/** The changes that give `columns` the values they have in `source`. */
function changesFrom(source: Initiative, columns: readonly string[]): InitiativeEdit["changes"] {
  const effects: Record<number, YearEffect> = {};
  const changes: InitiativeEdit["changes"] = { effects };
  for (const column of columns) {
    const field = FIELD_OF_COLUMN.get(column);
    if (field) Object.assign(changes, { [field]: source[field] });
    else effects[Number(column)] = effectIn(source, Number(column));
  }
  return changes;
}

/** The editable fields by their column name. */
const FIELD_OF_COLUMN = new Map(EDITABLE_FIELDS.map((field) => [C[field] as string, field]));

/** An initiative from a row as `editRow` returns it. */
function rowToInitiative(row: RowValues, years: readonly number[]): Initiative {
  const header = Object.keys(row);
  const read = toInitiatives(
    { name: "", header, rows: [header.map((column): CellValue => row[column])], bodyAddress: "A1" },
    years,
  );
  return read.initiatives[0];
}
