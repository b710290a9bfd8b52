import { defaultCalendar, type CalendarEntry } from "../engine/budgetCalendar";
import type { WorkbookProblem } from "../engine/workbookProblem";
import { CALENDAR_WORDS } from "../i18n/calendarTexts";
import { DANISH_CALENDAR_WORDS } from "../i18n/da/calendar";
import { decodeDate, decodeText, encodeDate, encodeText, type EncodedCell } from "./cells";
import { isBlankRow, mapColumns, type TableRead } from "./columnMap";
import { CALENDAR_COLUMNS as C, columnsOf } from "./schema";
import { toRow } from "./toCells";

/**
 * The rows of a new BAR_Calendar: the default milestones of `budgetYear` (src/engine/budgetCalendar.ts),
 * named in Danish, laid out in the order of `header`.
 */
export function calendarRows(header: readonly string[], budgetYear: number): EncodedCell[][] {
  const words = DANISH_CALENDAR_WORDS;
  return defaultCalendar(budgetYear).map((entry) =>
    toRow(
      header,
      new Map([
        [C.date.toLowerCase(), encodeDate(entry.date)],
        [C.milestone.toLowerCase(), encodeText(words.milestones[entry.milestone])],
        [C.who.toLowerCase(), encodeText(words.bodies[entry.who])],
      ]),
    ),
  );
}

/**
 * Reads BAR_Calendar as users left it: every row with a date, in table order. A name BAR
 * knows (Danish or English) gets its key, so the pane can show it in the UI language; any other
 * is shown as typed. A row whose date is not a date is an `invalidDate` problem naming the
 * cell, and left out. Blank rows are skipped.
 */
export function toCalendar(table: TableRead): { calendar: CalendarEntry[]; problems: WorkbookProblem[] } {
  const map = mapColumns(table, columnsOf("calendar", []));
  const problems: WorkbookProblem[] = [...map.problems];
  const calendar: CalendarEntry[] = [];
  if (!map.usable) return { calendar, problems };
  table.rows.forEach((row, index) => {
    if (isBlankRow(row)) return;
    const milestone = decodeText(map.cell(row, C.milestone)).trim();
    const who = decodeText(map.cell(row, C.who)).trim();
    const date = decodeDate(map.cell(row, C.date));
    if (!date.ok) {
      problems.push({
        key: "invalidDate",
        severity: "warning",
        table: table.name,
        address: map.address(index, C.date),
        milestone,
        found: date.found,
      });
      return;
    }
    calendar.push({
      date: date.value,
      milestone,
      milestoneKey: CALENDAR_WORDS.milestones[milestone.toLowerCase()] ?? null,
      who,
      whoKey: CALENDAR_WORDS.bodies[who.toLowerCase()] ?? null,
    });
  });
  return { calendar, problems };
}
