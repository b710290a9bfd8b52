import { calculateCarryForward, directionOf, directionOfTotal, type SurplusRule } from "./carryForward";
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
import {
  NOT_ESTIMATED,
  effectIn,
  expectedEffect,
  isRange,
  type FocusArea,
  type Initiative,
  type YearEffect,
} from "./initiative";
import { CASES, endInCase, worseForReductions, type Case, type WorseDirection } from "./cases";

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
  /** Initiatives whose effect this year is a range rather than one amount. */
  ranged: number;
  /**
   * Each case carried forward on its own (README, "The three cases"): the band from
   * pessimistic to optimistic. `expected` equals the fields above; all three are equal
   * when no effect is a range. Not-estimated effects count in none (see `notEstimated`).
   */
  cases: Record<Case, CaseOverview>;
};

/** One case of a year: what is achieved, what is still outstanding after carry-forward, and whether it is met. */
export type CaseOverview = { achieved: number; outstanding: number | null; met: boolean | null };

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
  const rows = years.map((year) => {
    const effects: YearEffect[] = [];
    const allocated: number[] = [];
    const unallocated: number[] = [];
    let notEstimated = 0;
    let ranged = 0;
    for (const initiative of bound) {
      const effect = effectIn(initiative, year);
      effects.push(effect);
      if (isRange(effect)) ranged++;
      const expected = expectedEffect(effect);
      if (expected === NOT_ESTIMATED) notEstimated++;
      else (initiative.kind === "unallocated" ? unallocated : allocated).push(expected);
    }
    return {
      year,
      target: target.amounts[year] ?? null,
      allocated: sumExactly(allocated) + 0,
      unallocated: sumExactly(unallocated) + 0,
      notEstimated,
      ranged,
      effects,
      expected: sumColumns([...allocated, ...unallocated], 1)[0] ?? RATIONAL_ZERO,
    };
  });
  // Carry-forward needs every earlier year's target, so it stops at the first year without one.
  const firstWithout = rows.findIndex((row) => row.target === null);
  const prefix = firstWithout === -1 ? rows : rows.slice(0, firstWithout);
  const targets = prefix.map((row) => row.target as number);
  const expected = rows.map((row) => row.expected);
  type Carried = ReturnType<typeof calculateCarryForward> | null;
  let sign: 1 | -1 | 0 = 1;
  let problem: InputProblem | null = null;
  const cases = {} as Record<Case, { achieved: Rational[]; carried: Carried }>;
  try {
    sign = prefix.length > 0 ? directionOf(targets) : 1;
    const worse = worseForReductions(sign || directionOfTotal(expected));
    for (const scenario of CASES) {
      const achieved = rows.map((row, index) =>
        scenario === "expected" || row.ranged === 0
          ? expected[index]
          : sumAtEnds(row.effects, scenario, worse),
      );
      const carried =
        prefix.length > 0 ? calculateCarryForward(targets, achieved.slice(0, prefix.length), rule) : null;
      cases[scenario] = { achieved, carried };
    }
  } catch (error) {
    // One target typed with mixed signs must not take the whole overview down with it.
    if (!(error instanceof InputError)) throw error;
    problem = error.problem;
    for (const scenario of CASES) cases[scenario] = { achieved: expected, carried: null };
  }
  const inCase = (scenario: Case, index: number): CaseOverview => {
    const { achieved, carried } = cases[scenario];
    const outstanding = carried !== null && index < prefix.length ? carried.outstanding[index] : null;
    return {
      achieved: toNumber(achieved[index]) + 0,
      outstanding,
      met: outstanding === null ? null : sign * outstanding <= 0,
    };
  };
  return {
    targetId: target.id,
    name: target.name,
    authorityArea: target.authorityArea,
    problem,
    years: rows.map(({ effects: _effects, expected: _expected, ...row }, index) => {
      const carried = cases.expected.carried;
      const withCarry = carried !== null && index < prefix.length;
      const byCase = Object.fromEntries(CASES.map((scenario) => [scenario, inCase(scenario, index)]));
      return {
        ...row,
        ...(byCase.expected as CaseOverview),
        outstandingWithoutCarry:
          row.target === null ? null : toNumber(subtract(rationalOf(row.target), expected[index])) + 0,
        effectiveTarget: withCarry ? carried.effectiveTarget[index] : null,
        cases: byCase as Record<Case, CaseOverview>,
      };
    }),
  };
}

/** True when some year of the target has an effect given as a range: only then do the cases differ. */
export function hasBand(course: TargetOverview): boolean {
  return course.years.some((year) => year.ranged > 0);
}

/** The exact total of the known effects in a case other than the expected: plain amounts as they are, ranges at the case's end. */
function sumAtEnds(
  effects: readonly YearEffect[],
  scenario: Exclude<Case, "expected">,
  worse: WorseDirection,
): Rational {
  const values: number[] = [];
  for (const effect of effects) {
    if (effect === NOT_ESTIMATED) continue;
    values.push(isRange(effect) ? endInCase(effect, scenario, worse) : effect);
  }
  return sumColumns(values, 1)[0] ?? RATIONAL_ZERO;
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
      const effect = expectedEffect(effectIn(initiative, year));
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
