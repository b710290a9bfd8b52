import type { ChangeEntry } from "../excel/changeLog";
import type { CellConflict } from "../excel/editRow";
import { CO_AUTHOR } from "../excel/coAuthor";
import type { CellValue } from "../engine/workbookProblem";

// As the log writes a cell's value (changeLog's decodeText): booleans in words, the rest as text.
const asLogged = (value: CellValue) =>
  typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value);

/**
 * The person who made the co-author's side of every conflict, or null when the change log
 * does not name one person for all of them. The row's last ChangedBy is not evidence: an
 * edit typed into the table (or by a co-author without the add-in) changes the cell but not
 * the stamp. A name counts only when the latest log entry of each conflicting cell records
 * exactly that cell going from the user's starting value to the co-author's.
 */
export function whoChanged(
  conflicts: readonly CellConflict[],
  entries: readonly ChangeEntry[],
): string | null {
  const names = new Set<string>();
  for (const conflict of conflicts) {
    const latest = entries.filter((entry) => entry.field === conflict.column).at(-1);
    if (
      !latest ||
      latest.by.trim() === "" ||
      latest.by === CO_AUTHOR ||
      latest.oldValue !== asLogged(conflict.base) ||
      latest.newValue !== asLogged(conflict.theirs)
    )
      return null;
    names.add(latest.by);
  }
  return names.size === 1 ? [...names][0] : null;
}
