import { NOT_ESTIMATED, type Effect, type Initiative } from "../engine/initiative";
import type { ReductionTarget } from "../engine/overview";
import { defaultYears } from "../engine/years";
import type { Settings } from "./schema";

/** The horizon of seed 002: reduction targets for 2021–2024. */
export const SEED_002_SETTINGS: Settings = {
  years: defaultYears(2021),
  surplusRule: "release",
  staleAfterDays: 60,
  strategyName: "Hedensted 2020",
};

const YEARS = [2021, 2022, 2023, 2024];
const NONE: Effect[] = [NOT_ESTIMATED, NOT_ESTIMATED, NOT_ESTIMATED, NOT_ESTIMATED];
const STAMP = { at: "2021-04-20T00:00:00.000Z", by: "Styregruppen" };

function line(
  number: number,
  name: string,
  effects: Effect[],
  fields: Partial<Initiative> & Pick<Initiative, "status" | "authorityArea">,
): Initiative {
  return {
    id: `S002-${String(number).padStart(2, "0")}`,
    kind: "initiative",
    name,
    coreArea: "Social omsorg",
    focusArea: null,
    owner: "",
    effects: Object.fromEntries(YEARS.map((year, index) => [year, effects[index]])),
    fullYearEffect: effects[effects.length - 1],
    note: "",
    lastChanged: STAMP,
    ...fields,
  };
}

const ALL_AREAS = "Alle myndighedsområder";

/**
 * The initiatives of the April 2021 status (seed 002), in 1.000 kr. The focus and authority
 * areas are our reading of the note; the seed's table gives neither.
 */
export const SEED_002_INITIATIVES: readonly Initiative[] = [
  line(1, "Analyse af udgiftsudviklingen", NONE, {
    status: "analysis",
    authorityArea: ALL_AREAS,
    focusArea: "visitation",
  }),
  line(2, "Foranstaltninger for unge", [-977, -1257, -1257, -1257], {
    status: "estimated",
    authorityArea: "Børn og Familie",
    focusArea: "visitation",
    note: "STU via LAB: 407 i 2021 og helår; unge 15-17 år: 570 i 2021, 850 helår fra 2022.",
  }),
  line(3, "Kontraktgrundlag", NONE, {
    status: "analysis",
    authorityArea: ALL_AREAS,
    focusArea: "efficiency",
  }),
  line(4, "Udgående funktioner", NONE, {
    status: "analysis",
    authorityArea: "Psykiatri/Misbrug",
    focusArea: "efficiency",
  }),
  line(5, "Takstgruppe", NONE, { status: "idea", authorityArea: ALL_AREAS, focusArea: "efficiency" }),
  line(6, "Foranstaltninger i eget hjem", NONE, {
    status: "idea",
    authorityArea: "Voksenhandicap",
    focusArea: "structure",
  }),
  line(7, "Forventet, men p.t. ufordelt", [-1023, -1023, -1023, -1023], {
    kind: "unallocated",
    status: "estimated",
    authorityArea: ALL_AREAS,
  }),
];

/** The reduction target of the budget agreement: levels of 2, 3, 5 and 7 mio. kr. */
export const SEED_002_TARGET: ReductionTarget = {
  id: "T-2021",
  name: "Reduktionsmål i budgetaftale",
  authorityArea: null,
  amounts: { 2021: -2000, 2022: -3000, 2023: -5000, 2024: -7000 },
};
