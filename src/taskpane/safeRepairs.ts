import type { Repair, WorkbookProblem } from "../engine/workbookProblem";

/**
 * Repairs "Ret alle" may run without asking one by one: they add what is missing (tables,
 * columns, settings, ids, drop-downs) and change no value anyone wrote. Setting a cell
 * (clearing an unreadable amount) and renaming a column back (a guess) stay single buttons.
 */
const SAFE: ReadonlySet<Repair["kind"]> = new Set([
  "setUp",
  "addColumn",
  "addSetting",
  "assignId",
  "addCodeLists",
]);

/** The safe repairs offered with `problems`, each once (three missing tables need one set-up). */
export function safeRepairs(problems: readonly WorkbookProblem[]): Repair[] {
  const seen = new Set<string>();
  const repairs: Repair[] = [];
  for (const problem of problems) {
    const repair = problem.repair;
    if (!repair || !SAFE.has(repair.kind)) continue;
    const key = JSON.stringify(repair);
    if (seen.has(key)) continue;
    seen.add(key);
    repairs.push(repair);
  }
  // Set-up first: the other repairs need the tables it creates.
  return repairs.sort((a, b) => Number(b.kind === "setUp") - Number(a.kind === "setUp"));
}
