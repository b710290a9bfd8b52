import { add, multiply, rationalOf, toNumber } from "./exactDecimal";
import { MAX_AMOUNT } from "./inputError";
import { NOT_ESTIMATED, type Effect } from "./parseAmount";

export { NOT_ESTIMATED, type Effect } from "./parseAmount";

/** An effect known only to lie from `low` to `high` (low < high), as the documents' "7,5-14,5". */
export type EffectRange = { readonly low: number; readonly high: number };

/** A year's effect: an amount, a range (README, "How to write a range"), or not estimated yet. */
export type YearEffect = Effect | EffectRange;

/** The authority areas (myndighedsområder) of seed 002; any other area is free text. */
export const AUTHORITY_AREAS = ["Børn og Familie", "Psykiatri/Misbrug", "Voksenhandicap"] as const;

/** A known authority area, or another one typed by the user (`string & {}` keeps the suggestions). */
export type AuthorityArea = (typeof AUTHORITY_AREAS)[number] | (string & {});

/** The core areas (kerneområder) of the glossary; suggestions, not a closed list. */
export const CORE_AREAS = [
  "Social omsorg",
  "Læring",
  "Beskæftigelse",
  "Vækst, Teknik og Fællesskab",
  "Økonomi, Personale og IT",
] as const;

/** The four focus areas (indsatsområder) of seed 000, in the strategy's order of priority. */
export const FOCUS_AREAS = ["visitation", "structure", "closure", "efficiency"] as const;

/** Visitation and allocation criteria, structure, closure (lowest priority) or efficiency. */
export type FocusArea = (typeof FOCUS_AREAS)[number];

/** The course of an initiative, in order; `dropped` can follow any of them. */
export const STATUSES = ["idea", "analysis", "estimated", "decided", "realised", "dropped"] as const;

/** Where an initiative stands: idea → analysis → estimated → decided → realised, or dropped. */
export type Status = (typeof STATUSES)[number];

/** A real initiative, or the "forventet, men p.t. ufordelt" placeholder line shown apart. */
export const INITIATIVE_KINDS = ["initiative", "unallocated"] as const;

/** The kind of a line in the initiatives table. */
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

/** Who changed an initiative last, and when (ISO 8601). */
export type LastChanged = { at: string; by: string };

/** A savings initiative as the pane and the engine see it; amounts in 1.000 kr., reductions negative. */
export type Initiative = {
  /** Stable across renames, sorting and co-authors' edits; the key of every change. */
  id: string;
  kind: InitiativeKind;
  name: string;
  authorityArea: AuthorityArea;
  coreArea: string;
  focusArea: FocusArea | null;
  status: Status;
  owner: string;
  /** One effect per year of the horizon; a missing year counts as not estimated. */
  effects: Readonly<Record<number, YearEffect>>;
  fullYearEffect: Effect;
  note: string;
  lastChanged: LastChanged | null;
};

/** The fields a user edits besides the yearly effects; the id and last-changed stamp are the store's. */
export const EDITABLE_FIELDS = [
  "kind",
  "name",
  "authorityArea",
  "coreArea",
  "focusArea",
  "status",
  "owner",
  "fullYearEffect",
  "note",
] as const;

/** The fields an edit can change; the id and last-changed stamp are the store's business. */
export type InitiativeFields = Omit<Initiative, "id" | "lastChanged">;

/** Excel holds at most this many characters in a cell. */
export const MAX_TEXT_LENGTH = 32767;

/** Names longer than this do not fit a list row or a report line. */
export const MAX_NAME_LENGTH = 255;

/** What the validation found; `error` blocks saving, `warning` is shown but saving is allowed. */
export type InitiativeProblem = { severity: "error" | "warning" } & (
  | { code: "idMissing" }
  | { code: "nameMissing" }
  | { code: "textTooLong"; field: "name" | "note" | "owner" | "authorityArea" | "coreArea"; limit: number }
  | { code: "unknownStatus"; found: string }
  | { code: "unknownFocusArea"; found: string }
  | { code: "unknownKind"; found: string }
  | { code: "effectInvalid"; year: number | "fullYear" }
  | { code: "effectTooLarge"; year: number | "fullYear"; limit: number }
  | { code: "estimateMissing"; status: Status }
);

/** True when `effect` is an amount or a range rather than "not estimated". */
export function isEstimated(effect: YearEffect | undefined): effect is number | EffectRange {
  return effect !== undefined && effect !== NOT_ESTIMATED;
}

/** The effect of `year`, "not estimated" when the initiative has none for it. */
export function effectIn(initiative: Pick<Initiative, "effects">, year: number): YearEffect {
  return initiative.effects[year] ?? NOT_ESTIMATED;
}

/** True for an effect given as a range. */
export function isRange(effect: YearEffect | undefined): effect is EffectRange {
  return typeof effect === "object" && effect !== null;
}

/** True when some year of the horizon is given as a range. */
export function hasRange(initiative: Pick<Initiative, "effects">, years: readonly number[]): boolean {
  return years.some((year) => isRange(effectIn(initiative, year)));
}

/** A range of width 0 is the number itself; any other range stays a range. */
export function toYearEffect(low: number, high: number): YearEffect {
  return low === high ? low : { low, high };
}

/** Whether two effects are the same: equal amounts, equal ends, or both not estimated. */
export function sameEffect(a: YearEffect, b: YearEffect): boolean {
  if (isRange(a) || isRange(b)) return isRange(a) && isRange(b) && a.low === b.low && a.high === b.high;
  return a === b;
}

/**
 * The effect in the expected case: a range's exact midpoint, rounded once (README, "The
 * three cases"). Every figure the pane shows as one number is this one.
 */
export function expectedEffect(effect: YearEffect): Effect {
  if (!isRange(effect)) return effect;
  let midpoint = MIDPOINTS.get(effect);
  if (midpoint === undefined) {
    midpoint = toNumber(multiply(add(rationalOf(effect.low), rationalOf(effect.high)), { n: 1n, d: 2n })) + 0;
    MIDPOINTS.set(effect, midpoint);
  }
  return midpoint;
}

/**
 * Each range's midpoint, worked out once: the sort, every keystroke's totals and the overview
 * ask for it per line and year (50,000 lines), and the exact sum is BigInt work. A range is
 * never changed once made, so its midpoint cannot go stale.
 */
const MIDPOINTS = new WeakMap<EffectRange, number>();

/** Statuses from which an initiative is expected to carry an estimate for some year. */
const NEEDS_ESTIMATE: ReadonlySet<Status> = new Set<Status>(["estimated", "decided", "realised"]);

/** Checks an initiative for the horizon `years`; an empty list means it can be saved as it is. */
export function validateInitiative(initiative: Initiative, years: readonly number[]): InitiativeProblem[] {
  const problems: InitiativeProblem[] = [];
  if (initiative.id.trim() === "") problems.push({ severity: "error", code: "idMissing" });
  if (initiative.name.trim() === "") problems.push({ severity: "error", code: "nameMissing" });
  for (const field of ["name", "note", "owner", "authorityArea", "coreArea"] as const) {
    const limit = field === "note" ? MAX_TEXT_LENGTH : MAX_NAME_LENGTH;
    if (initiative[field].length > limit)
      problems.push({ severity: "error", code: "textTooLong", field, limit });
  }
  if (!(STATUSES as readonly string[]).includes(initiative.status)) {
    problems.push({ severity: "error", code: "unknownStatus", found: initiative.status });
  }
  if (initiative.focusArea !== null && !(FOCUS_AREAS as readonly string[]).includes(initiative.focusArea)) {
    problems.push({ severity: "error", code: "unknownFocusArea", found: initiative.focusArea });
  }
  if (!(INITIATIVE_KINDS as readonly string[]).includes(initiative.kind)) {
    problems.push({ severity: "error", code: "unknownKind", found: initiative.kind });
  }
  const amounts: [number | "fullYear", Effect][] = years.flatMap((year) => {
    const effect = effectIn(initiative, year);
    return isRange(effect)
      ? [
          [year, effect.low],
          [year, effect.high],
        ]
      : [[year, effect]];
  });
  amounts.push(["fullYear", initiative.fullYearEffect]);
  for (const [year, effect] of amounts) {
    if (effect === NOT_ESTIMATED) continue;
    if (typeof effect !== "number" || !Number.isFinite(effect)) {
      problems.push({ severity: "error", code: "effectInvalid", year });
    } else if (Math.abs(effect) > MAX_AMOUNT) {
      problems.push({ severity: "error", code: "effectTooLarge", year, limit: MAX_AMOUNT });
    }
  }
  for (const year of years) {
    const effect = effectIn(initiative, year);
    if (isRange(effect) && !(effect.low < effect.high)) {
      problems.push({ severity: "error", code: "effectInvalid", year });
    }
  }
  const anyEstimate = years.some((year) => isEstimated(effectIn(initiative, year)));
  if (NEEDS_ESTIMATE.has(initiative.status) && initiative.kind === "initiative" && !anyEstimate) {
    problems.push({ severity: "warning", code: "estimateMissing", status: initiative.status });
  }
  return problems;
}

/** True when a status change moves forward along idea → realised, or drops the initiative. */
export function isForwardStatusChange(from: Status, to: Status): boolean {
  if (to === "dropped") return from !== "dropped";
  if (from === "dropped") return false;
  return STATUSES.indexOf(to) > STATUSES.indexOf(from);
}

/** A new id: a time part and a random part, short enough to read in a table and a change log. */
export function newInitiativeId(now: Date = new Date(), random: () => number = Math.random): string {
  const time = now.getTime().toString(36).toUpperCase();
  const noise = Math.floor(random() * 36 ** 4)
    .toString(36)
    .toUpperCase()
    .padStart(4, "0");
  return `I-${time}-${noise}`;
}

/** A blank initiative to fill in: not estimated for any year, status idea. */
export function blankInitiative(id: string, years: readonly number[]): Initiative {
  return {
    id,
    kind: "initiative",
    name: "",
    authorityArea: "",
    coreArea: "",
    focusArea: null,
    status: "idea",
    owner: "",
    effects: Object.fromEntries(years.map((year) => [year, NOT_ESTIMATED])),
    fullYearEffect: NOT_ESTIMATED,
    note: "",
    lastChanged: null,
  };
}
