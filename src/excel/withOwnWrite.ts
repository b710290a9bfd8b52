import type { WorkbookProblem } from "../engine/workbookProblem";
import type { OwnWrite } from "./ownWrite";
import { TABLE_NAMES } from "./schema";
import type { WorkbookData } from "./toWorkbookData";
import { toInitiatives } from "./toInitiatives";

/**
 * The workbook as the pane read it, with a saved BAR_Initiatives row put in as the save read
 * it back: what a full read would give when nothing else changed, for the cost of one row
 * (a read of 50,000 initiatives spends 150–200 ms in `toInitiatives` alone). Null when the
 * row cannot be put in that exactly — a row of another table, an id not in the data or
 * written twice, or problems in the row that differ from before (where a problem goes in
 * the worst-first list depends on the rows around it) — and the pane reads again. The row is
 * read as a full read reads it: a row's fields depend on the header, never on other rows.
 */
export function withOwnWrite(data: WorkbookData, write: OwnWrite): WorkbookData | null {
  if (write.table !== TABLE_NAMES.initiatives || write.address === "") return null;
  const read = toInitiatives(
    { name: write.table, header: write.header, rows: [write.values], bodyAddress: write.address },
    data.years,
  );
  if (read.initiatives.length !== 1) return null;
  const saved = read.initiatives[0];
  const key = saved.id.trim().toLowerCase();
  const at = data.initiatives.findIndex((initiative) => initiative.id.trim().toLowerCase() === key);
  if (at === -1) return null;
  // The header's problems (a missing column) are the table's, not the row's: they stay as they are.
  const before = data.problems.filter((problem) => inRow(problem, key));
  const after = read.problems.filter((problem) => inRow(problem, key));
  if (JSON.stringify(before) !== JSON.stringify(after)) return null;
  const initiatives = [...data.initiatives];
  initiatives[at] = saved;
  return { ...data, initiatives };
}

/** A problem of the BAR_Initiatives row with this id (a copied id's problem names it too, so it counts). */
function inRow(problem: WorkbookProblem, key: string): boolean {
  return (
    "table" in problem &&
    problem.table === TABLE_NAMES.initiatives &&
    "id" in problem &&
    typeof problem.id === "string" &&
    problem.id.trim().toLowerCase() === key
  );
}
