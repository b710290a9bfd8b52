import { sumExactly } from "./exactDecimal";
import {
  NOT_ESTIMATED,
  effectIn,
  expectedEffect,
  hasRange,
  isRange,
  type Effect,
  type Initiative,
  type Status,
} from "./initiative";

/**
 * How sure an amount is, for the report's split of what is achieved: decided or realised,
 * estimated (in analysis or estimated), only an idea, or the "forventet, men p.t. ufordelt"
 * placeholder. Ideas are counted in the total as the documents do, but shown apart, so they
 * never pass for decisions.
 */
export const CERTAINTIES = ["firm", "estimated", "idea", "unallocated"] as const;

/** One of `CERTAINTIES`. */
export type Certainty = (typeof CERTAINTIES)[number];

const CERTAINTY_OF_STATUS: Record<Status, Certainty> = {
  decided: "firm",
  realised: "firm",
  estimated: "estimated",
  analysis: "estimated",
  idea: "idea",
  // Dropped initiatives are left out before this is asked; an idea is the least sure guess.
  dropped: "idea",
};

/** The certainty of one line: the placeholder by its kind, an initiative by its status. */
export function certaintyOf(initiative: Initiative): Certainty {
  return initiative.kind === "unallocated" ? "unallocated" : CERTAINTY_OF_STATUS[initiative.status];
}

/** A line of the report: one initiative, or the rest of an area's initiatives of one certainty summed. */
export type ReportLine =
  | { kind: "initiative"; certainty: Certainty; initiative: Initiative }
  | {
      kind: "others";
      certainty: Certainty;
      /** The authority area, or null for the areas beyond `maxAreas` together. */
      area: string | null;
      count: number;
      /** How many of them have a range in some year: their expected values (midpoints) are in `effects`. */
      ranged: number;
      /** Per year the sum of the estimates (a range's midpoint); not estimated when none of them has one. */
      effects: Record<number, Effect>;
    };

/** Years in a row whose effect is one and the same range, e.g. 2021–2024: -2.500 to -1.500. */
export type RangeSpan = { from: number; to: number; low: number; high: number };

/**
 * The years of `initiative` whose effect is a range, in order, each run of consecutive
 * years with the same range as one span; empty when no year is a range.
 */
export function rangeSpans(initiative: Pick<Initiative, "effects">, years: readonly number[]): RangeSpan[] {
  const spans: RangeSpan[] = [];
  years.forEach((year, index) => {
    const effect = effectIn(initiative, year);
    if (!isRange(effect)) return;
    const last = spans[spans.length - 1] as RangeSpan | undefined;
    const follows = last !== undefined && last.to === years[index - 1];
    if (follows && last.low === effect.low && last.high === effect.high) last.to = year;
    else spans.push({ from: year, to: year, low: effect.low, high: effect.high });
  });
  return spans;
}

/** When the report lists every line, and how it groups beyond that. */
export type GroupingLimits = {
  /** Up to this many lines are listed one by one. */
  listAll: number;
  /** Beyond it, per certainty and area, the largest this many are listed, the rest summed. */
  largest: number;
  /** Areas beyond the largest this many are summed together (`area: null`). */
  maxAreas: number;
};

/** Lists up to 40 lines; beyond that the 3 largest per area and certainty, at most 8 areas. */
export const REPORT_LIMITS: GroupingLimits = { listAll: 40, largest: 3, maxAreas: 8 };

/** The size of a line: its effects over the horizon, regardless of sign. */
function sizeOf(initiative: Initiative, years: readonly number[]): number {
  return years.reduce((total, year) => {
    const effect = expectedEffect(effectIn(initiative, year));
    return effect === NOT_ESTIMATED ? total : total + Math.abs(effect);
  }, 0);
}

function summed(lines: readonly Initiative[], years: readonly number[]): Record<number, Effect> {
  return Object.fromEntries(
    years.map((year) => {
      const known = lines
        .map((line) => expectedEffect(effectIn(line, year)))
        .filter((e): e is number => e !== NOT_ESTIMATED);
      return [year, known.length === 0 ? NOT_ESTIMATED : sumExactly(known) + 0];
    }),
  );
}

/**
 * The report's lines in `CERTAINTIES` order (so each certainty's lines are one block a SUM
 * can take). Few lines are listed as they are; many are grouped per authority area: the
 * largest listed, the rest as one line per area, so 5,000 initiatives give a bounded table.
 */
export function toReportLines(
  initiatives: readonly Initiative[],
  years: readonly number[],
  limits: GroupingLimits = REPORT_LIMITS,
): ReportLine[] {
  const counted = initiatives.filter((initiative) => initiative.status !== "dropped");
  const lines: ReportLine[] = [];
  const grouped = counted.length > limits.listAll;
  const areaOf = (initiative: Initiative) => initiative.authorityArea.trim();
  const sizes = new Map(counted.map((initiative) => [initiative, sizeOf(initiative, years)]));
  const areaTotals = new Map<string, number>();
  for (const initiative of counted)
    areaTotals.set(
      areaOf(initiative),
      (areaTotals.get(areaOf(initiative)) ?? 0) + (sizes.get(initiative) ?? 0),
    );
  const areas = [...areaTotals.keys()].sort(
    (a, b) => (areaTotals.get(b) ?? 0) - (areaTotals.get(a) ?? 0) || a.localeCompare(b, "da"),
  );
  const shown = new Set(areas.slice(0, limits.maxAreas));
  for (const certainty of CERTAINTIES) {
    const ofCertainty = counted.filter((initiative) => certaintyOf(initiative) === certainty);
    if (!grouped) {
      lines.push(
        ...ofCertainty.map((initiative) => ({ kind: "initiative" as const, certainty, initiative })),
      );
      continue;
    }
    for (const area of [...areas.filter((name) => shown.has(name)), null]) {
      const inArea = ofCertainty
        .filter((initiative) =>
          area === null ? !shown.has(areaOf(initiative)) : areaOf(initiative) === area,
        )
        .sort((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0));
      if (inArea.length === 0) continue;
      // A rest of one is listed: "Øvrige (1 initiativ)" would hide a name for nothing.
      const listed =
        area === null ? [] : inArea.length <= limits.largest + 1 ? inArea : inArea.slice(0, limits.largest);
      lines.push(...listed.map((initiative) => ({ kind: "initiative" as const, certainty, initiative })));
      const rest = inArea.slice(listed.length);
      if (rest.length > 0) {
        const ranged = rest.filter((initiative) => hasRange(initiative, years));
        lines.push({
          kind: "others",
          certainty,
          area,
          count: rest.length,
          ranged: ranged.length,
          effects: summed(rest, years),
        });
      }
    }
  }
  return lines;
}

/** Per certainty, per year: what the (not dropped) lines achieve, exact and rounded once. */
export function splitAchieved(
  initiatives: readonly Initiative[],
  years: readonly number[],
): Record<Certainty, number[]> {
  const counted = initiatives.filter((initiative) => initiative.status !== "dropped");
  return Object.fromEntries(
    CERTAINTIES.map((certainty) => {
      const lines = counted.filter((initiative) => certaintyOf(initiative) === certainty);
      return [
        certainty,
        years.map((year) => {
          const known = lines
            .map((line) => expectedEffect(effectIn(line, year)))
            .filter((e): e is number => e !== NOT_ESTIMATED);
          return sumExactly(known) + 0;
        }),
      ];
    }),
  ) as Record<Certainty, number[]>;
}
