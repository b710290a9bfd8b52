import type { CalendarWords } from "../calendarTexts";

const MONTHS = [
  "januar",
  "februar",
  "marts",
  "april",
  "maj",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "december",
];

/** Budgetkalenderens ord (seed 001). */
export const DANISH_CALENDAR_WORDS: CalendarWords = {
  milestones: {
    springSeminar: "Forårsseminar",
    strategicChallenges: "Udvalgenes strategiske udfordringer",
    technicalProposal: "Teknisk-administrativt budgetforslag",
    firstReading: "1. behandling",
    hearingEnds: "Høringsfrist",
    budgetSeminar: "Budgetseminar",
    amendmentDeadline: "Frist for ændringsforslag",
    secondReading: "2. behandling",
    adoptionDeadline: "Budgettet vedtaget senest",
  },
  bodies: {
    cityCouncil: "Kommunalbestyrelsen",
    committees: "Fagudvalgene",
    administration: "Forvaltningen",
    financeCommittee: "Økonomiudvalget",
    hearingParties: "Høringsparterne",
    parties: "Partierne",
  },
  date: ({ year, month, day }, thisYear) =>
    `${day}. ${MONTHS[month - 1]}${year === thisYear ? "" : ` ${year}`}`,
  daysLeft: (days) => (days === 0 ? "i dag" : days === 1 ? "i morgen" : `om ${days} dage`),
  next: (milestone, date, daysLeft) => `Næste: ${milestone} ${date} – ${daysLeft}`,
  adopted: (budgetYear, date) => `Budget ${budgetYear} er vedtaget (kalenderens sidste milepæl var ${date}).`,
  pastYear: (budgetYear) =>
    `Budgetkalenderen er for budget ${budgetYear}, et tidligere år. Ret datoerne i BAR_Calendar.`,
  who: (who) => `Til: ${who}`,
  reportFor: (who, milestone) => (who ? `Til: ${who}, ${milestone}` : `Til: ${milestone}`),
};
