/** A calendar date as year, month (1–12) and day (1–31). */
export type CalendarDate = { year: number; month: number; day: number };

/**
 * The first serial BAR accepts as a date: 1 March 1900. Excel counts a 29 February 1900
 * that never was (serial 60), so earlier serials do not map to real days one to one.
 */
export const FIRST_DATE_SERIAL = 61;

/** Excel's last date, 31 December 9999. */
export const LAST_DATE_SERIAL = 2958465;

const MS_PER_DAY = 86_400_000;
// Serial 0 is 30 December 1899 for every date from 1 March 1900 on (Lotus 1-2-3's leap-year bug).
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** Whether `serial` is a date (or date and time) BAR can use: 1 March 1900 to 31 December 9999. */
export function isDateSerial(serial: number): boolean {
  return Number.isFinite(serial) && serial >= FIRST_DATE_SERIAL && serial < LAST_DATE_SERIAL + 1;
}

/** Excel's serial number of a calendar date, or undefined when no such date exists (e.g. 30 February). */
export function toDateSerial({ year, month, day }: CalendarDate): number | undefined {
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC rolls 30 February over into March; a date that does not round-trip does not exist.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    return undefined;
  }
  const serial = (ms - EPOCH_MS) / MS_PER_DAY;
  return isDateSerial(serial) ? serial : undefined;
}

/** The calendar date of a serial number (its time of day ignored). */
export function toCalendarDate(serial: number): CalendarDate {
  const date = new Date(EPOCH_MS + Math.floor(serial) * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
