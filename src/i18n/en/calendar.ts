import type { CalendarWords } from "../calendarTexts";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** The budget calendar's words (seed 001). */
export const ENGLISH_CALENDAR_WORDS: CalendarWords = {
  milestones: {
    springSeminar: "Spring seminar",
    strategicChallenges: "Committees' strategic challenges",
    technicalProposal: "Technical-administrative budget proposal",
    firstReading: "First reading",
    hearingEnds: "End of hearing",
    budgetSeminar: "Budget seminar",
    amendmentDeadline: "Deadline for amendments",
    secondReading: "Second reading",
    adoptionDeadline: "Budget adopted by",
  },
  bodies: {
    cityCouncil: "City council",
    committees: "Committees",
    administration: "Administration",
    financeCommittee: "Finance committee",
    hearingParties: "Consulted parties",
    parties: "Parties",
  },
  date: ({ year, month, day }, thisYear) =>
    `${day} ${MONTHS[month - 1]}${year === thisYear ? "" : ` ${year}`}`,
  daysLeft: (days) => (days === 0 ? "today" : days === 1 ? "tomorrow" : `in ${days} days`),
  next: (milestone, date, daysLeft) => `Next: ${milestone} ${date} – ${daysLeft}`,
  adopted: (budgetYear, date) =>
    `Budget ${budgetYear} is adopted (the calendar's last milestone was ${date}).`,
  pastYear: (budgetYear) =>
    `The budget calendar is for budget ${budgetYear}, a past year. Correct the dates in BAR_Calendar.`,
  who: (who) => `For: ${who}`,
  reportFor: (who, milestone) => (who ? `For: ${who}, ${milestone}` : `For: ${milestone}`),
};
