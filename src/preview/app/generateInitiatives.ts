import {
  AUTHORITY_AREAS,
  CORE_AREAS,
  FOCUS_AREAS,
  NOT_ESTIMATED,
  STATUSES,
  type Effect,
  type Initiative,
} from "../../engine/initiative";

const ACTIONS = [
  "Samling af",
  "Omlægning af",
  "Digitalisering af",
  "Ny visitation til",
  "Fælles indkøb af",
  "Lukning af",
  "Effektivisering af",
  "Færre eksterne",
];
const SUBJECTS = [
  "botilbud",
  "aflastning",
  "bostøtte",
  "døgnpladser",
  "familiebehandling",
  "misbrugsbehandling",
  "kørsel",
  "hjælpemidler",
  "administration",
  "værestedet",
];
const OWNERS = ["Anna Holm", "Bo Jensen", "Carla Nielsen", "Dorte Madsen", "Emil Larsen", "Frida Poulsen"];

/** A small seeded random generator (mulberry32): the same seed gives the same initiatives. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` made-up but plausible initiatives for `years` (ids GEN-00001 …), the same every
 * time for the same arguments: for the preview's `?initiatives=N` and its benchmark.
 * About a quarter of the years are not yet estimated; amounts are reductions (negative).
 */
export function generateInitiatives(count: number, years: readonly number[], seed = 2021): Initiative[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  return Array.from({ length: count }, (_, index): Initiative => {
    const size = 50 + Math.round(next() * 950);
    const effects: Record<number, Effect> = {};
    years.forEach((year, yearIndex) => {
      effects[year] = next() < 0.25 ? NOT_ESTIMATED : -Math.round((size * (yearIndex + 1)) / years.length);
    });
    const lastYear = effects[years[years.length - 1]] ?? NOT_ESTIMATED;
    return {
      id: `GEN-${String(index + 1).padStart(5, "0")}`,
      kind: "initiative",
      name: `${pick(ACTIONS)} ${pick(SUBJECTS)} ${index + 1}`,
      authorityArea: pick(AUTHORITY_AREAS),
      coreArea: next() < 0.8 ? CORE_AREAS[0] : pick(CORE_AREAS),
      focusArea: next() < 0.1 ? null : pick(FOCUS_AREAS),
      status: pick(STATUSES),
      owner: pick(OWNERS),
      effects,
      fullYearEffect: lastYear,
      note: next() < 0.3 ? "Genereret til forhåndsvisningen." : "",
      lastChanged: null,
    };
  });
}
