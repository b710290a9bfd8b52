import fc from "fast-check";
import {
  ADOPTION_LIMIT,
  addDays,
  daysBetween,
  defaultCalendar,
  nextMilestone,
  weekdayOf,
  type CalendarEntry,
  type DefaultMilestone,
} from "../../src/engine/budgetCalendar";
import type { CalendarDate } from "../../src/engine/excelDate";

const iso = ({ year, month, day }: CalendarDate) =>
  `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
const dates = (budgetYear: number) =>
  Object.fromEntries(
    defaultCalendar(budgetYear).map((entry) => [`${entry.milestone} (${entry.who})`, iso(entry.date)]),
  );
const entry = (date: CalendarDate, milestone = "firstReading"): CalendarEntry => ({
  date,
  milestone,
  milestoneKey: null,
  who: "",
  whoKey: null,
});
// Meetings fall on weekdays; the 15 October limit is a date, whatever the weekday.
const meetings = (calendar: DefaultMilestone[]) =>
  calendar.filter((entry) => entry.milestone !== "adoptionDeadline");

describe("defaultCalendar", () => {
  it("gives budget 2025 the dates of seed 001's 2024 process", () => {
    expect(dates(2025)).toEqual({
      "springSeminar (cityCouncil)": "2024-02-26",
      "strategicChallenges (committees)": "2024-06-19",
      "technicalProposal (administration)": "2024-08-28",
      "firstReading (financeCommittee)": "2024-09-09",
      "firstReading (cityCouncil)": "2024-09-19",
      "hearingEnds (hearingParties)": "2024-09-20",
      "budgetSeminar (cityCouncil)": "2024-09-23",
      "amendmentDeadline (parties)": "2024-09-30",
      "secondReading (cityCouncil)": "2024-10-09",
      "adoptionDeadline (cityCouncil)": "2024-10-15",
    });
  });

  it("gives budget 2026 the same weekdays in 2025", () => {
    expect(dates(2026)).toEqual({
      "springSeminar (cityCouncil)": "2025-02-24",
      "strategicChallenges (committees)": "2025-06-18",
      "technicalProposal (administration)": "2025-08-27",
      "firstReading (financeCommittee)": "2025-09-08",
      "firstReading (cityCouncil)": "2025-09-18",
      "hearingEnds (hearingParties)": "2025-09-19",
      "budgetSeminar (cityCouncil)": "2025-09-22",
      "amendmentDeadline (parties)": "2025-09-29",
      "secondReading (cityCouncil)": "2025-10-08",
      "adoptionDeadline (cityCouncil)": "2025-10-15",
    });
  });

  it("runs the process in the year before the budget year", () => {
    expect(defaultCalendar(2026).every((entry) => entry.date.year === 2025)).toBe(true);
  });

  it("never passes 15 October, in any year", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1902, max: 9999 }), (budgetYear) => {
        const limit = { year: budgetYear - 1, ...ADOPTION_LIMIT };
        return defaultCalendar(budgetYear).every((entry) => daysBetween(entry.date, limit) >= 0);
      }),
    );
  });

  it("puts every meeting on a weekday, and each on the weekday of seed 001", () => {
    const weekdays = (budgetYear: number) =>
      meetings(defaultCalendar(budgetYear)).map((e) => weekdayOf(e.date));
    for (let budgetYear = 2000; budgetYear <= 2100; budgetYear++)
      expect(weekdays(budgetYear)).toEqual(weekdays(2025));
    expect(weekdays(2025).every((day) => day >= 1 && day <= 5)).toBe(true);
  });

  it("is empty for a year Excel has no dates for", () => {
    expect([1901, 10001, 2025.5].map((year) => defaultCalendar(year))).toEqual([[], [], []]);
  });

  it("keeps the milestones in order, the amendments before the second reading", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1902, max: 9999 }), (budgetYear) => {
        const calendar = defaultCalendar(budgetYear);
        return calendar.every((entry, at) => at === 0 || daysBetween(calendar[at - 1].date, entry.date) > 0);
      }),
    );
  });
});

describe("nextMilestone", () => {
  const calendar = [
    entry({ year: 2024, month: 9, day: 19 }, "second"),
    entry({ year: 2024, month: 9, day: 9 }, "first"),
  ];

  it("gives the first milestone ahead and the days left to it, in date order", () => {
    expect(nextMilestone(calendar, { year: 2024, month: 8, day: 17 })).toMatchObject({
      kind: "next",
      entry: { milestone: "first" },
      daysLeft: 23,
    });
  });

  it("counts today's milestone as next, with no days left", () => {
    expect(nextMilestone(calendar, { year: 2024, month: 9, day: 19 })).toMatchObject({
      kind: "next",
      entry: { milestone: "second" },
      daysLeft: 0,
    });
  });

  it("says the calendar is done after its last milestone, and whether it is a past year's", () => {
    expect(nextMilestone(calendar, { year: 2024, month: 9, day: 20 })).toMatchObject({
      kind: "done",
      last: { milestone: "second" },
      pastYear: false,
    });
    expect(nextMilestone(calendar, { year: 2025, month: 1, day: 2 })).toMatchObject({ pastYear: true });
  });

  it("has nothing to say about an empty calendar", () => {
    expect(nextMilestone([], { year: 2024, month: 1, day: 1 })).toEqual({ kind: "empty" });
  });
});

describe("calendar arithmetic", () => {
  it("counts days across a month and a leap day", () => {
    expect(daysBetween({ year: 2024, month: 2, day: 28 }, { year: 2024, month: 3, day: 1 })).toBe(2);
    expect(addDays({ year: 2024, month: 9, day: 30 }, 9)).toEqual({ year: 2024, month: 10, day: 9 });
  });

  it("refuses a date that does not exist", () => {
    expect(() => daysBetween({ year: 2024, month: 2, day: 30 }, { year: 2024, month: 3, day: 1 })).toThrow(
      RangeError,
    );
  });
});
