import type { Challenge } from "../engine/challenges";
import { NOT_ESTIMATED, type YearEffect } from "../engine/initiative";
import type { CellValue, WorkbookProblem } from "../engine/workbookProblem";
import { decodeText, decodeYearEffect } from "./cells";
import { mapColumns, type TableRead } from "./columnMap";
import { CHALLENGE_COLUMNS as C, columnsOf } from "./schema";
import { keyedRows } from "./toInitiatives";

// The table's own unit, as the documents write it after a cost ("7,5-14,5 mio. kr.").
const TABLE_UNIT = /\s*mio\.?\s*kr\.?\s*$/i;

/** A cost pasted with the table's unit reads as the cost; any other unit stays and is refused. */
function withoutUnit(cell: CellValue): CellValue {
  return typeof cell === "string" && /\d/.test(cell) ? cell.replace(TABLE_UNIT, "") : cell;
}

/**
 * Reads BAR_Challenges: per challenge its yearly cost in mio. kr. as a number, a range or
 * "-" ("7,5-14,5 mio. kr." as pasted from the documents reads too). A cell
 * that is none of these is a problem and not estimated, never zero; a range written high
 * end first is refused, not swapped.
 */
export function toChallenges(table: TableRead, years: readonly number[]) {
  const map = mapColumns(table, columnsOf("challenges", years));
  const problems: WorkbookProblem[] = [...map.problems];
  const challenges: Challenge[] = [];
  if (!map.usable) return { challenges, problems };
  const keyed = keyedRows(map, C.name, C.name);
  // A challenge's key is its name: a generated id would not say what it is, so no repair is offered.
  problems.push(...keyed.problems.map(({ repair: _repair, ...problem }) => problem as WorkbookProblem));
  for (const { row, index, id } of keyed.rows) {
    const cost = (year: number): YearEffect => {
      const column = String(year);
      if (map.index(column) === -1) return NOT_ESTIMATED;
      const cell = map.cell(row, column);
      const read = decodeYearEffect(withoutUnit(cell));
      if (read.ok) return read.value;
      const at = { table: table.name, id, column, address: map.address(index, column), found: read.found };
      if ("problem" in read) {
        const { low, high } = read.problem;
        problems.push({ key: "invalidRange", severity: "error", ...at, low, high });
      } else {
        const repair = { kind: "setCell", table: table.name, id, column, from: cell, to: "-" } as const;
        problems.push({ key: "invalidAmount", severity: "error", ...at, repair });
      }
      return NOT_ESTIMATED;
    };
    challenges.push({
      name: id,
      coreArea: decodeText(map.cell(row, C.coreArea)).trim(),
      costs: Object.fromEntries(years.map((year) => [year, cost(year)])),
      note: decodeText(map.cell(row, C.note)),
    });
  }
  return { challenges, problems };
}
