import fc from "fast-check";
import {
  NOT_ESTIMATED,
  blankInitiative,
  expectedEffect,
  sameEffect,
  toYearEffect,
  validateInitiative,
  type Initiative,
  type YearEffect,
} from "../../src/engine/initiative";
import { calculateOverview, type ReductionTarget } from "../../src/engine/overview";
import { CASES } from "../../src/engine/scenarioCases";
import {
  SEED_002_INITIATIVES,
  SEED_002_NET_WITH_CARRY,
  SEED_002_TARGETS,
  SEED_002_YEARS,
} from "../fixtures/seed002";

const YEARS = SEED_002_YEARS;
const NOW = new Date("2021-05-20T12:00:00Z");
const target = (amounts: readonly number[]): ReductionTarget => ({
  id: "T-1",
  name: "Reduktionsmål",
  authorityArea: null,
  amounts: Object.fromEntries(YEARS.map((year, index) => [year, amounts[index]])),
});

function line(
  id: string,
  effects: readonly YearEffect[],
  kind: Initiative["kind"] = "initiative",
): Initiative {
  const base = blankInitiative(id, YEARS);
  return { ...base, name: id, kind, effects: Object.fromEntries(YEARS.map((year, i) => [year, effects[i]])) };
}

const overview = (initiatives: Initiative[], targets = SEED_002_TARGETS) =>
  calculateOverview({
    years: YEARS,
    targets: [target(targets)],
    initiatives,
    surplusRule: "release",
    staleAfterDays: 60,
    now: NOW,
  }).targets[0].years;

const SEED = SEED_002_INITIATIVES.map((seed, index) =>
  line(
    `S-${index}`,
    seed.effects.map((effect) => (effect === "-" ? NOT_ESTIMATED : effect)),
    seed.name.startsWith("Forventet") ? "unallocated" : "initiative",
  ),
);

describe("a year effect given as a range", () => {
  it("has its exact midpoint as the expected value, rounded once", () => {
    expect(expectedEffect({ low: -1500, high: -900 })).toBe(-1200);
    expect(expectedEffect({ low: 0.1, high: 0.4 })).toBe(0.25);
    expect(expectedEffect({ low: 7.5, high: 14.5 })).toBe(11);
    expect(expectedEffect(-977)).toBe(-977);
    expect(expectedEffect(NOT_ESTIMATED)).toBe(NOT_ESTIMATED);
  });

  it("of width 0 is the number itself", () => {
    expect(toYearEffect(-900, -900)).toBe(-900);
    expect(sameEffect({ low: 1, high: 2 }, { low: 1, high: 2 })).toBe(true);
    expect(sameEffect({ low: 1, high: 2 }, 1.5)).toBe(false);
  });

  it("is invalid with its low end above its high end", () => {
    const initiative = line("X", [{ low: -900, high: -1500 }, NOT_ESTIMATED, NOT_ESTIMATED, NOT_ESTIMATED]);
    expect(validateInitiative(initiative, YEARS)).toContainEqual({
      severity: "error",
      code: "effectInvalid",
      year: 2021,
    });
  });
});

describe("the overview's three cases", () => {
  it("are all the golden numbers of seed 002, where nothing is a range", () => {
    const years = overview(SEED);
    for (const scenario of CASES) {
      expect(years.map((year) => year.cases[scenario].outstanding)).toEqual(SEED_002_NET_WITH_CARRY);
    }
    expect(years.map((year) => year.ranged)).toEqual([0, 0, 0, 0]);
    expect(years.map((year) => year.notEstimated)).toEqual([5, 5, 5, 5]);
  });

  it("carry a pessimistic shortfall into the pessimistic next year (reductions negative)", () => {
    // Target -2000 each year; the initiative finds -1500 to -2500: pessimistic -1500, optimistic -2500.
    const years = overview(
      [line("A", Array(4).fill({ low: -2500, high: -1500 }))],
      [-2000, -2000, -2000, -2000],
    );
    expect(years.map((year) => year.cases.pessimistic.outstanding)).toEqual([-500, -1000, -1500, -2000]);
    expect(years.map((year) => year.cases.expected.outstanding)).toEqual([0, 0, 0, 0]);
    expect(years.map((year) => year.cases.optimistic.outstanding)).toEqual([500, 500, 500, 500]);
    expect(years[0].cases.pessimistic.met).toBe(false);
    expect(years[0].cases.expected.met).toBe(true);
    expect(years[0].outstanding).toBe(years[0].cases.expected.outstanding);
    expect(years.map((year) => year.ranged)).toEqual([1, 1, 1, 1]);
  });

  it("take the lesser amount as the worse end when targets are written positive", () => {
    const years = overview([line("A", Array(4).fill({ low: 1500, high: 2500 }))], [2000, 2000, 2000, 2000]);
    expect(years[0].cases.pessimistic.achieved).toBe(1500);
    expect(years[0].cases.optimistic.achieved).toBe(2500);
  });

  it("meet a threshold exactly in decimals: -0.3 to -0.1 against -0.1 is met optimistically, to the digit", () => {
    const years = overview([line("A", Array(4).fill({ low: -0.3, high: -0.1 }))], [-0.3, -0.3, -0.3, -0.3]);
    expect(years[0].cases.optimistic.outstanding).toBe(0);
    expect(years[0].cases.optimistic.met).toBe(true);
    expect(years[0].cases.expected.outstanding).toBe(-0.1);
    expect(years[0].cases.pessimistic.outstanding).toBe(-0.2);
  });

  it("shows a target the carry-forward refuses as a problem of that target, not a failed overview", () => {
    const initiatives = [line("A", Array(4).fill({ low: -2500, high: -1500 }))];
    const result = calculateOverview({
      years: YEARS,
      targets: [target([-2000, 3000, -2000, -2000]), target([-1e16, -1e16, -1e16, -1e16])],
      initiatives,
      surplusRule: "release",
      staleAfterDays: 60,
      now: NOW,
    });
    expect(result.targets.map((each) => each.problem?.code)).toEqual(["mixedSigns", "tooLarge"]);
    expect(result.targets[1].years[0].cases.pessimistic.outstanding).toBeNull();
  });

  it("never count a not-estimated effect in any case", () => {
    const years = overview([line("A", [-1000, NOT_ESTIMATED, { low: -900, high: -100 }, NOT_ESTIMATED])]);
    expect(years.map((year) => year.notEstimated)).toEqual([0, 1, 0, 1]);
    expect(years[1].cases.pessimistic.achieved).toBe(0);
    expect(years[1].cases.optimistic.achieved).toBe(0);
  });

  it("are ordered: pessimistic outstanding ≥ expected ≥ optimistic, in the targets' sign, and met never better in a worse case", () => {
    const amount = fc.integer({ min: -50_000, max: 50_000 }).map((value) => value / 10);
    const effect: fc.Arbitrary<YearEffect> = fc.oneof(
      amount,
      fc.constant(NOT_ESTIMATED),
      fc.tuple(amount, amount).map(([a, b]) => toYearEffect(Math.min(a, b), Math.max(a, b))),
    );
    const sign = fc.constantFrom(-1, 1);
    fc.assert(
      fc.property(
        sign,
        fc.array(fc.array(effect, { minLength: 4, maxLength: 4 }), { maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 4, maxLength: 4 }),
        (direction, lines, sizes) => {
          const years = overview(
            lines.map((effects, index) =>
              line(
                `L-${index}`,
                effects.map((e) => (typeof e === "number" ? direction * Math.abs(e) : e)),
              ),
            ),
            sizes.map((size) => direction * size),
          );
          for (const year of years) {
            const [pessimistic, expected, optimistic] = CASES.map(
              (scenario) => direction * (year.cases[scenario].outstanding as number),
            );
            expect(pessimistic).toBeGreaterThanOrEqual(expected);
            expect(expected).toBeGreaterThanOrEqual(optimistic);
            if (year.cases.pessimistic.met) expect(year.cases.expected.met).toBe(true);
            if (year.cases.expected.met) expect(year.cases.optimistic.met).toBe(true);
          }
        },
      ),
    );
  });
});
