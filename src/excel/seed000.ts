import type { Challenge } from "../engine/challenges";
import { NOT_ESTIMATED, type YearEffect } from "../engine/initiative";

const UNKNOWN = NOT_ESTIMATED;

/**
 * Seed 000's "Eksempler på kommende udfordringer samt bud på omkostning" (Hedensted's
 * economic strategy, 2020), as the document gives them, for the example workbook: a cost
 * without a year is put in every year; "ukendt p.t." is not estimated. In mio. kr.
 */
const SEED_000_CHALLENGES: readonly (Omit<Challenge, "costs"> & { cost: YearEffect })[] = [
  {
    name: "Flere ældre: nye plejehjemspladser",
    coreArea: "Social omsorg",
    cost: { low: 7.5, high: 14.5 },
    note: "Seed 000, Social omsorg, ad 1: 7,5-14,5 mio. kr. til driften af nye plejehjemspladser. Merudgifter til hjemmepleje er p.t. ikke skønnet.",
  },
  {
    name: "Det nære sundhedsvæsen",
    coreArea: "Social omsorg",
    cost: UNKNOWN,
    note: "Seed 000, Social omsorg, ad 2: merudgift ukendt p.t.",
  },
  {
    name: "Udvikling på handicapområdet",
    coreArea: "Social omsorg",
    cost: UNKNOWN,
    note: "Seed 000, Social omsorg, ad 3: merudgift ukendt p.t.",
  },
  {
    name: "Konsekvenser af skoleanalyse",
    coreArea: "Læring",
    cost: UNKNOWN,
    note: "Seed 000, Læring, ad 1: ukendt p.t., men ifølge den aktuelle demografimodel skal området reduceres med 30 mio. kr. i 2027.",
  },
  {
    name: "Udvikling i konjunkturerne",
    coreArea: "Beskæftigelse",
    cost: { low: 0, high: 20 },
    note: "Seed 000, Beskæftigelse, ad 1: 0-20 mio. kr., efter hvordan konjunkturerne påvirker beskæftigelsen.",
  },
  {
    name: "Det specialiserede socialområde, psykiatri og rusmiddel",
    coreArea: "Beskæftigelse",
    cost: UNKNOWN,
    note: "Seed 000, Beskæftigelse, ad 2: beløbet kan ikke læses i kilden.",
  },
  {
    name: "Kloge m²: investere for at mindske driftsudgifter",
    coreArea: "Anlæg",
    cost: UNKNOWN,
    note: "Seed 000, Anlæg, ad 1: ukendt p.t.",
  },
  {
    name: "Infrastruktur: trafikvej Hedensted-Hornsyld",
    coreArea: "Anlæg",
    cost: UNKNOWN,
    note: "Seed 000, Anlæg, ad 2: beløbet kan ikke læses i kilden.",
  },
  {
    name: "Anlæg, ad 4",
    coreArea: "Anlæg",
    cost: { low: 25, high: 30 },
    note: "Seed 000, Anlæg, ad 4: 25-30 mio. kr. Punktets tekst kan ikke læses i kilden. (Ad 3, plejehjemspladser: p.t. afsat 15 mio. kr. i 2024, så ingen ny udgift.)",
  },
];

/** Seed 000's challenges over the horizon `years`, each cost in every year. */
export function seed000Challenges(years: readonly number[]): Challenge[] {
  return SEED_000_CHALLENGES.map(({ cost, ...challenge }) => ({
    ...challenge,
    costs: Object.fromEntries(years.map((year) => [year, cost])),
  }));
}
