import type { CellValue } from "../engine/workbookProblem";
import { decodeCode, decodeDate, decodeText, decodeYearEffect } from "./cells";
import type { ColumnSpec } from "./schema";

/** What became of a missing column: the header it most likely has now, or several that could be it. */
export type RenameGuess = { renamedTo: string | null; candidates: string[] };

/**
 * Finds, for each missing documented column, the header it most likely has now. Clearing a
 * header cell makes Excel call the column `ColumnN`; typing over it gives another name.
 * Either way the data is still there, so adding an empty column instead would make it
 * invisible. A candidate is an unknown column that stands where the missing one belongs
 * (between its nearest documented neighbours) and whose cells read as that column's kind
 * (amounts for a year, codes for a code column). One candidate is the rename; several are
 * named so the user picks, and no empty column is offered meanwhile.
 */
export function guessRenamedColumns(
  headers: readonly string[],
  rows: readonly CellValue[][],
  specs: readonly ColumnSpec[],
  isKnown: (header: string) => boolean,
): Map<string, RenameGuess> {
  const position = (name: string) =>
    headers.findIndex((header) => header.toLowerCase() === name.toLowerCase());
  const unknown = headers.map((header, at) => ({ header, at })).filter(({ header }) => !isKnown(header));
  const guesses = new Map<string, RenameGuess>();
  specs.forEach((spec, order) => {
    if (position(spec.name) !== -1) return;
    const before = specs
      .slice(0, order)
      .map((other) => position(other.name))
      .filter((at) => at !== -1);
    const after = specs
      .slice(order + 1)
      .map((other) => position(other.name))
      .filter((at) => at !== -1);
    const from = before.length > 0 ? Math.max(...before) : -1;
    const to = after.length > 0 ? Math.min(...after) : headers.length;
    const candidates = unknown
      .filter(({ at }) => at > from && at < to)
      .filter(({ at }) => rows.every((row) => readsAs(spec, row[at] ?? "")))
      .map(({ header }) => header);
    guesses.set(spec.name, { renamedTo: candidates.length === 1 ? candidates[0] : null, candidates });
  });
  // A header claimed by two missing columns is no one's sure rename.
  const claims = new Map<string, number>();
  for (const guess of guesses.values())
    if (guess.renamedTo) claims.set(guess.renamedTo, (claims.get(guess.renamedTo) ?? 0) + 1);
  for (const guess of guesses.values())
    if (guess.renamedTo && (claims.get(guess.renamedTo) ?? 0) > 1) guess.renamedTo = null;
  return guesses;
}

/** True when a cell could belong to a column of this spec. */
function readsAs(spec: ColumnSpec, cell: CellValue): boolean {
  if (decodeText(cell).trim() === "") return true;
  if (spec.kind === "effect" || spec.kind === "number") return decodeYearEffect(cell).ok;
  if (spec.kind === "code") return decodeCode(cell, spec.allowed ?? [], null).ok;
  if (spec.kind === "date") return decodeDate(cell).ok;
  return true;
}
