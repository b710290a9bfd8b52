import { calculateCarryForward, directionOf, type SurplusRule } from "./carryForward";
import {
  RATIONAL_ZERO,
  Rational,
  rationalOf,
  subtract,
  sumColumns,
  sumExactly,
  toNumber,
} from "./exactDecimal";
import { InputError, type InputProblem } from "./inputError";
import { NOT_ESTIMATED, effectIn, type FocusArea, type Initiative } from "./initiative";

/** A reduction target line (levels against the base budget, not increments); `null` is a year without a target. */
export type ReductionTarget = {
  id: string;
  name: string;
  /** The authority area the target binds; `null` binds every initiative. */
  authorityArea: string | null;
  amounts: Readonly<Record<number, number | null>>;
};

/** What the overview is computed from. */
export type OverviewInput = {
  years: readonly number[];
  targets: readonly ReductionTarget[];
  initiatives: readonly Initiative[];
  surplusRule: SurplusRule;
  /** Initiatives not changed for this many days are flagged. */
  staleAfterDays: number;
  now: Date;
};

/** One year of one target. Amounts in the targets' sign convention; `null` where no target is known. */
export type YearOverview = {
  year: number;
  target: number | null;
  /** Everything found: initiatives plus the unallocated placeholder. */
  achieved: number;
  /** Found by real initiatives. */
  allocated: number;
  /** The "forventet, men p.t. ufordelt" lines. */
  unallocated: number;
  /** Initiatives (not dropped) with no estimate for this year: the amount is unknown, not zero. */
  notEstimated: number;
  /** Target − achieved, as the seed table's net row. */
  outstandingWithoutCarry: number | null;
  /** Target plus what earlier years carried onto it. */
  effectiveTarget: number | null;
  /** Effective target − achieved: still to find (same sign as the target), or a surplus. */
  outstanding: number | null;
  met: boolean | null;
};

/** The course of one target over the horizon; `problem` when its amounts cannot be carried forward. */
export type TargetOverview = {
  targetId: string;
  name: string;
  authorityArea: string | null;
  years: YearOverview[];
  /** E.g. targets mixing positive and negative amounts: the carry-forward columns are then null. */
  problem: InputProblem | null;
};

/** Sums per year for one group of initiatives (dropped ones left out). */
export type GroupTotals<K> = { key: K; perYear: number[]; initiatives: number; notEstimated: number[] };

/** Why an initiative needs attention. */
export type InitiativeFlags = {
  id: string;
  /** No year of the horizon has an estimate. */
  noEstimate: boolean;
  notEstimatedYears: number[];
  /** Not changed for `staleAfterDays`, or never stamped. */
  stale: boolean;
  daysSinceChange: number | null;
};

/** Everything the overview page shows. */
export type Overview = {
  years: number[];
  targets: TargetOverview[];
  byAuthorityArea: GroupTotals<string>[];
  byFocusArea: GroupTotals<FocusArea | null>[];
  flags: InitiativeFlags[];
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** Targets vs achieved vs outstanding per year (with the carry-forward rule), totals by area, and flags. */
export function calculateOverview(input: OverviewInput): Overview {
  const years = [...input.years];
  const counted = input.initiatives.filter((initiative) => initiative.status !== "dropped");
  return {
    years,
    targets: input.targets.map((target) => targetOverview(target, counted, years, input.surplusRule)),
    byAuthorityArea: groupTotals(counted, years, (initiative) => initiative.authorityArea.trim()),
    byFocusArea: groupTotals(counted, years, (initiative) => initiative.focusArea),
    flags: counted.map((initiative) => flagsOf(initiative, years, input.now, input.staleAfterDays)),
  };
}

function targetOverview(
  target: ReductionTarget,
  initiatives: readonly Initiative[],
  years: number[],
  rule: SurplusRule,
): TargetOverview {
  const area = target.authorityArea?.trim().toLocaleLowerCase("da") || null;
  const bound = area
    ? initiatives.filter((initiative) => initiative.authorityArea.trim().toLocaleLowerCase("da") === area)
    : initiatives;
  // Sums are exact in the decimals shown and rounded once (BAR's precision rule), so a year
  // met exactly reads as met in the pane as it does in BAR.CARRYFORWARD.
  const exactAchieved: Rational[] = [];
  const rows = years.map((year) => {
    const allocated: number[] = [];
    const unallocated: number[] = [];
    let notEstimated = 0;
    for (const initiative of bound) {
      const effect = effectIn(initiative, year);
      if (effect === NOT_ESTIMATED) notEstimated++;
      else if (initiative.kind === "unallocated") unallocated.push(effect);
      else allocated.push(effect);
    }
    exactAchieved.push(sumColumns([...allocated, ...unallocated], 1)[0] ?? RATIONAL_ZERO);
    return {
      year,
      target: target.amounts[year] ?? null,
      allocated: sumExactly(allocated) + 0,
      unallocated: sumExactly(unallocated) + 0,
      notEstimated,
    };
  });
  // Carry-forward needs every earlier year's target, so it stops at the first year without one.
  const known = rows.findIndex((row) => row.target === null);
  const prefix = known === -1 ? rows : rows.slice(0, known);
  const achieved = exactAchieved.map((total) => toNumber(total) + 0);
  const targets = prefix.map((row) => row.target as number);
  let carried: ReturnType<typeof calculateCarryForward> | null = null;
  let sign: number = 1;
  let problem: InputProblem | null = null;
  try {
    if (prefix.length > 0) {
      carried = calculateCarryForward(targets, exactAchieved.slice(0, prefix.length), rule);
      sign = directionOf(targets);
    }
  } catch (error) {
    // One target typed with mixed signs must not take the whole overview down with it.
    if (!(error instanceof InputError)) throw error;
    problem = error.problem;
  }
  const carriedForward = carried;
  return {
    targetId: target.id,
    name: target.name,
    authorityArea: target.authorityArea,
    problem,
    years: rows.map((row, index) => {
      const withCarry = carriedForward !== null && index < prefix.length;
      const outstanding = withCarry ? carriedForward.outstanding[index] : null;
      return {
        ...row,
        achieved: achieved[index],
        outstandingWithoutCarry:
          row.target === null ? null : toNumber(subtract(rationalOf(row.target), exactAchieved[index])) + 0,
        effectiveTarget: withCarry ? carriedForward.effectiveTarget[index] : null,
        outstanding,
        met: outstanding === null ? null : sign * outstanding <= 0,
      };
    }),
  };
}

function groupTotals<K>(
  initiatives: readonly Initiative[],
  years: number[],
  keyOf: (initiative: Initiative) => K,
): GroupTotals<K>[] {
  const groups = new Map<K, GroupTotals<K>>();
  const effectsOf = new Map<K, number[][]>();
  for (const initiative of initiatives) {
    const key = keyOf(initiative);
    let group = groups.get(key);
    if (!group) {
      group = { key, perYear: years.map(() => 0), initiatives: 0, notEstimated: years.map(() => 0) };
      groups.set(key, group);
    }
    group.initiatives++;
    const effects = effectsOf.get(key) ?? years.map((): number[] => []);
    effectsOf.set(key, effects);
    years.forEach((year, index) => {
      const effect = effectIn(initiative, year);
      if (effect === NOT_ESTIMATED) group.notEstimated[index]++;
      else effects[index].push(effect);
    });
  }
  for (const [key, effects] of effectsOf) {
    const group = groups.get(key) as GroupTotals<K>;
    group.perYear = effects.map((each) => sumExactly(each) + 0);
  }
  return [...groups.values()];
}

function flagsOf(
  initiative: Initiative,
  years: number[],
  now: Date,
  staleAfterDays: number,
): InitiativeFlags {
  const notEstimatedYears = years.filter((year) => effectIn(initiative, year) === NOT_ESTIMATED);
  const changed = initiative.lastChanged ? Date.parse(initiative.lastChanged.at) : NaN;
  const daysSinceChange = Number.isNaN(changed) ? null : Math.floor((now.getTime() - changed) / DAY_MS);
  return {
    id: initiative.id,
    noEstimate: years.length > 0 && notEstimatedYears.length === years.length,
    notEstimatedYears,
    stale: daysSinceChange === null || daysSinceChange >= staleAfterDays,
    daysSinceChange,
  };
}
