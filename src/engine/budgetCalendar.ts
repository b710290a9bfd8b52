import { toCalendarDate, toDateSerial, type CalendarDate } from "./excelDate";

/** The milestones of the political budget process (seed 001), as keys; names come from i18n. */
export const MILESTONES = [
  "springSeminar",
  "strategicChallenges",
  "technicalProposal",
  "firstReading",
  "hearingEnds",
  "budgetSeminar",
  "amendmentDeadline",
  "secondReading",
  "adoptionDeadline",
] as const;

/** A milestone of the budget process. */
export type MilestoneKey = (typeof MILESTONES)[number];

/** Who a milestone is for. */
export const BODIES = [
  "cityCouncil",
  "committees",
  "administration",
  "financeCommittee",
  "hearingParties",
  "parties",
] as const;

/** A political body or the administration. */
export type BodyKey = (typeof BODIES)[number];

/** One line of the budget calendar: a known milestone has its key, any other the text typed. */
export type CalendarEntry = {
  date: CalendarDate;
  /** The Milestone cell as typed (trimmed). */
  milestone: string;
  milestoneKey: MilestoneKey | null;
  /** The Who cell as typed (trimmed). */
  who: string;
  whoKey: BodyKey | null;
};

/** A milestone of the default calendar. */
export type DefaultMilestone = { date: CalendarDate; milestone: MilestoneKey; who: BodyKey };

/** The latest day the council may adopt next year's budget: 15 October (seed 001). */
export const ADOPTION_LIMIT = { month: 10, day: 15 } as const;

// Excel's dates run from 1 March 1900 to 31 December 9999 (excelDate.ts).
const FIRST_PROCESS_YEAR = 1901;
const LAST_PROCESS_YEAR = 9999;
const MONDAY = 1;
const WEDNESDAY = 3;

/** The weekday of a date, 0 = Sunday … 6 = Saturday. */
export function weekdayOf({ year, month, day }: CalendarDate): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The `nth` (1-based) `weekday` of a month. */
function nthWeekday(year: number, month: number, weekday: number, nth: number): CalendarDate {
  const first = weekdayOf({ year, month, day: 1 });
  return { year, month, day: 1 + ((weekday - first + 7) % 7) + 7 * (nth - 1) };
}

/** The last `weekday` of a month. */
function lastWeekday(year: number, month: number, weekday: number): CalendarDate {
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const last = weekdayOf({ year, month, day: lastDay });
  return { year, month, day: lastDay - ((last - weekday + 7) % 7) };
}

/** The date `days` after `date`. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return toCalendarDate(serialOf(date) + days);
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return serialOf(to) - serialOf(from);
}

function serialOf(date: CalendarDate): number {
  const serial = toDateSerial(date);
  if (serial === undefined) throw new RangeError(`not a date: ${JSON.stringify(date)}`);
  return serial;
}

/**
 * The year's milestones for `budgetYear`, in date order. The process runs in the year
 * before the budget year; each date follows the 2024 process for budget 2025 (seed 001),
 * kept on the same weekday:
 * - spring seminar: the last Monday of February (26 February 2024);
 * - the committees' strategic challenges (worked on May–June), presented to the council at
 *   its theme meeting: the third Wednesday of June (19 June 2024);
 * - the technical-administrative proposal: the last Wednesday of August (28 August 2024);
 * - first reading in the finance committee, and the hearing begins: the second Monday of
 *   September, 8–14 September (9 September 2024);
 * - first reading in the council: the Thursday ten days later (19 September 2024);
 * - the hearing ends: the Friday after (20 September 2024);
 * - the two-day budget seminar: the Monday after that (23–24 September 2024);
 * - the deadline for amendments: one week later, a Monday (30 September 2024);
 * - second reading: the second Wednesday of October, 8–14 October (9 October 2024), so
 *   always before the limit;
 * - the limit itself: the budget is adopted no later than 15 October (any weekday).
 * Empty before budget 1902: Excel has no dates before 1 March 1900 (excelDate.ts).
 */
export function defaultCalendar(budgetYear: number): DefaultMilestone[] {
  const year = budgetYear - 1;
  if (!Number.isInteger(year) || year < FIRST_PROCESS_YEAR || year > LAST_PROCESS_YEAR) return [];
  const financeCommittee = nthWeekday(year, 9, MONDAY, 2);
  const after = (days: number) => addDays(financeCommittee, days);
  return [
    { date: lastWeekday(year, 2, MONDAY), milestone: "springSeminar", who: "cityCouncil" },
    { date: nthWeekday(year, 6, WEDNESDAY, 3), milestone: "strategicChallenges", who: "committees" },
    { date: lastWeekday(year, 8, WEDNESDAY), milestone: "technicalProposal", who: "administration" },
    { date: financeCommittee, milestone: "firstReading", who: "financeCommittee" },
    { date: after(10), milestone: "firstReading", who: "cityCouncil" },
    { date: after(11), milestone: "hearingEnds", who: "hearingParties" },
    { date: after(14), milestone: "budgetSeminar", who: "cityCouncil" },
    { date: after(21), milestone: "amendmentDeadline", who: "parties" },
    { date: nthWeekday(year, 10, WEDNESDAY, 2), milestone: "secondReading", who: "cityCouncil" },
    { date: { year, ...ADOPTION_LIMIT }, milestone: "adoptionDeadline", who: "cityCouncil" },
  ];
}

/** Where the calendar stands on a day. */
export type CalendarStatus =
  /** The next milestone (today's, if there is one today) and the days left to it. */
  | { kind: "next"; entry: CalendarEntry; daysLeft: number }
  /** Every milestone has passed; `pastYear` when the last one was in an earlier year. */
  | { kind: "done"; last: CalendarEntry; pastYear: boolean }
  | { kind: "empty" };

/** The first milestone on or after `today`, or that all have passed. */
export function nextMilestone(calendar: readonly CalendarEntry[], today: CalendarDate): CalendarStatus {
  if (calendar.length === 0) return { kind: "empty" };
  const sorted = [...calendar].sort((a, b) => daysBetween(b.date, a.date));
  const next = sorted.find((entry) => daysBetween(today, entry.date) >= 0);
  if (next) return { kind: "next", entry: next, daysLeft: daysBetween(today, next.date) };
  const last = sorted[sorted.length - 1];
  return { kind: "done", last, pastYear: last.date.year < today.year };
}

/** A local date and time as the calendar date it falls on. */
export function calendarDateOf(now: Date): CalendarDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}
