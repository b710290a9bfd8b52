import type { BodyKey, CalendarEntry, CalendarStatus, MilestoneKey } from "../engine/budgetCalendar";
import type { CalendarDate } from "../engine/excelDate";
import { DANISH_CALENDAR_WORDS } from "./da/calendar";
import { ENGLISH_CALENDAR_WORDS } from "./en/calendar";
import type { Language } from "./language";

/** The budget calendar's words in one language; the compiler checks each language has them all. */
export type CalendarWords = {
  milestones: Record<MilestoneKey, string>;
  bodies: Record<BodyKey, string>;
  /** A date in a sentence, e.g. "9. september"; the year only when it is not `thisYear`. */
  date: (date: CalendarDate, thisYear: number) => string;
  /** How far off a milestone is, e.g. "om 23 dage", "i dag". */
  daysLeft: (days: number) => string;
  /** The overview's line, e.g. "Næste: 1. behandling 9. september – om 23 dage". */
  next: (milestone: string, date: string, daysLeft: string) => string;
  /** After the calendar's last milestone, in the year of the process for `budgetYear`. */
  adopted: (budgetYear: number, date: string) => string;
  /** A calendar whose last milestone was in an earlier year. */
  pastYear: (budgetYear: number) => string;
  /** Who a milestone is for, under the overview's line. */
  who: (who: string) => string;
  /** The status report's line beside its date, e.g. "Til: Økonomiudvalget, 1. behandling" (null: no Who). */
  reportFor: (who: string | null, milestone: string) => string;
};

const WORDS: Record<Language, CalendarWords> = { da: DANISH_CALENDAR_WORDS, en: ENGLISH_CALENDAR_WORDS };

/** The budget calendar's words in the given language. */
export function calendarWords(language: Language): CalendarWords {
  return WORDS[language];
}

function wordsOf<K extends string>(...labels: Readonly<Record<K, string>>[]): Readonly<Record<string, K>> {
  const words: Record<string, K> = {};
  for (const table of labels)
    for (const [key, label] of Object.entries(table) as [K, string][]) {
      words[label.trim().toLowerCase()] = key;
      words[key.toLowerCase()] = key;
    }
  return words;
}

/**
 * The Danish and English names of the calendar's milestones and bodies (and their keys), lower
 * case, so a Milestone cell typed in either language is shown in the UI language.
 */
export const CALENDAR_WORDS = {
  milestones: wordsOf(DANISH_CALENDAR_WORDS.milestones, ENGLISH_CALENDAR_WORDS.milestones),
  bodies: wordsOf(DANISH_CALENDAR_WORDS.bodies, ENGLISH_CALENDAR_WORDS.bodies),
} as const;

/** A calendar line's milestone in the UI language (as typed when BAR does not know it). */
export function milestoneName(entry: CalendarEntry, words: CalendarWords): string {
  return entry.milestoneKey ? words.milestones[entry.milestoneKey] : entry.milestone;
}

/** A calendar line's Who in the UI language (as typed when BAR does not know it). */
export function whoName(entry: CalendarEntry, words: CalendarWords): string {
  return entry.whoKey ? words.bodies[entry.whoKey] : entry.who;
}

/** The overview's sentence for where the calendar stands; null for an empty calendar. */
export function describeCalendarStatus(
  status: CalendarStatus,
  today: CalendarDate,
  words: CalendarWords,
): string | null {
  switch (status.kind) {
    case "empty":
      return null;
    case "next":
      return words.next(
        milestoneName(status.entry, words),
        words.date(status.entry.date, today.year),
        words.daysLeft(status.daysLeft),
      );
    case "done": {
      const budgetYear = status.last.date.year + 1;
      return status.pastYear
        ? words.pastYear(budgetYear)
        : words.adopted(budgetYear, words.date(status.last.date, today.year));
    }
  }
}

/** The status report's words for the milestone it is for. */
export function reportForMilestone(entry: CalendarEntry, words: CalendarWords): string {
  return words.reportFor(whoName(entry, words) || null, milestoneName(entry, words));
}
