import fc from "fast-check";
import { calculateCarryForward } from "../../src/engine/carryForward";
import { sumExactly } from "../../src/engine/exactDecimal";
import { InputError } from "../../src/engine/inputError";
import { NOT_ESTIMATED } from "../../src/engine/parseAmount";
import { type Estimate, exactEstimate } from "../../src/engine/parseRange";
import {
  CASES,
  calculateCarryForwardCases,
  checkStrategyCases,
  numberInCase,
} from "../../src/engine/scenarioCases";
import { headroomAndCashStrategy } from "../../src/engine/strategy";
import { amountIn, signConvention } from "../support/exactArbitraries";

const range = (low: number, high: number): Estimate => ({ low, high });
const n = exactEstimate;
const STRATEGY = headroomAndCashStrategy();
const statusOf = (check: { status: string }) => check.status;

describe("numberInCase", () => {
  it("takes the higher end as pessimistic when higher is worse (a cost, a negative reduction)", () => {
    expect(CASES.map((scenario) => numberInCase(range(7.5, 14.5), scenario, "higher"))).toEqual([
      14.5, 11, 7.5,
    ]);
  });

  it("takes the lower end as pessimistic when lower is worse (headroom, cash)", () => {
    expect(CASES.map((scenario) => numberInCase(range(60, 90), scenario, "lower"))).toEqual([60, 75, 90]);
  });

  it("gives the exact midpoint of decimals, rounded once", () => {
    expect(numberInCase(range(0.1, 0.2), "expected", "higher")).toBe(0.15);
  });

  it("keeps not estimated as not estimated in every case", () => {
    expect(CASES.map((scenario) => numberInCase(NOT_ESTIMATED, scenario, "higher"))).toEqual([
      NOT_ESTIMATED,
      NOT_ESTIMATED,
      NOT_ESTIMATED,
    ]);
  });
});

describe("calculateCarryForwardCases", () => {
  const TARGETS = [-2000, -3000, -5000, -7000];
  const SEED_002 = [
    [n(-977), n(-1257), n(-1257), n(-1257)],
    [n(-1023), n(-1023), n(-1023), n(-1023)],
  ];

  it("gives the golden seed 002 numbers in every case when nothing is a range", () => {
    const result = calculateCarryForwardCases(TARGETS, SEED_002);
    for (const scenario of CASES) expect(result[scenario].outstanding).toEqual([0, -720, -3440, -8160]);
    expect(result.notEstimated).toEqual([0, 0, 0, 0]);
  });

  it("carries a pessimistic 2022 shortfall onto the pessimistic 2023 target", () => {
    const lines = [...SEED_002, [n(0), range(-1000, -500), n(0), n(0)]];
    const result = calculateCarryForwardCases(TARGETS, lines);
    expect(result.pessimistic.outstanding.slice(1, 3)).toEqual([-220, -2940]);
    // A surplus shows with the opposite sign and is released, not banked.
    expect(result.expected.outstanding.slice(1, 3)).toEqual([30, -2720]);
    expect(result.optimistic.outstanding.slice(1, 3)).toEqual([280, -2720]);
  });

  it("takes the least reduction as pessimistic when reductions are written positive", () => {
    const result = calculateCarryForwardCases([100], [[range(40, 90)]]);
    expect(CASES.map((scenario) => result[scenario].outstanding[0])).toEqual([60, 35, 10]);
  });

  it("counts the effects not estimated per year instead of adding them as 0", () => {
    const lines: Estimate[][] = [...SEED_002, [NOT_ESTIMATED, NOT_ESTIMATED, n(-50), NOT_ESTIMATED]];
    expect(calculateCarryForwardCases(TARGETS, lines).notEstimated).toEqual([1, 1, 0, 1]);
  });

  it("refuses a line of the wrong length", () => {
    expect(() => calculateCarryForwardCases(TARGETS, [[n(1)]])).toThrow(InputError);
  });

  it("refuses an estimate whose low end is above its high end", () => {
    expect(() => calculateCarryForwardCases([-5], [[range(-1, -2)]])).toThrow(InputError);
  });

  it("agrees with BAR.CARRYFORWARD on the numbers of each case", () => {
    const result = calculateCarryForwardCases([0, 0], [[range(-30, -10), n(5)]]);
    expect(result.pessimistic).toEqual(calculateCarryForward([0, 0], [-10, 5]));
    expect(result.optimistic).toEqual(calculateCarryForward([0, 0], [-30, 5], "release", -1));
  });
});

describe("checkStrategyCases", () => {
  it("says in which cases each year holds, with the challenges at their dearest when pessimistic", () => {
    const checks = checkStrategyCases(
      {
        measures: { headroom: [n(120), n(110), n(100)], cash: [n(150), n(150), range(90, 120)] },
        challenges: [[range(7.5, 14.5), range(0, 20), range(25, 30)]],
      },
      STRATEGY,
    );
    expect(checks.map((year) => CASES.map((scenario) => statusOf(year[scenario])))).toEqual([
      ["OK", "OK", "OK"],
      ["BELOW_OPTIMAL", "OK", "OK"],
      ["BREACH", "BELOW_OPTIMAL", "BELOW_OPTIMAL"],
    ]);
  });

  it("meets a threshold reached exactly in decimals", () => {
    const [year] = checkStrategyCases(
      { measures: { headroom: [n(70.3)], cash: [n(100)] }, challenges: [[n(0.1)], [n(0.2)]] },
      STRATEGY,
    );
    expect(year.pessimistic.status).toBe("BELOW_OPTIMAL");
  });

  it("gives MISSING in every case for a year with a challenge not estimated, and counts it", () => {
    const [year] = checkStrategyCases(
      { measures: { headroom: [n(200)], cash: [n(200)] }, challenges: [[NOT_ESTIMATED], [n(5)]] },
      STRATEGY,
    );
    expect(CASES.map((scenario) => year[scenario].status)).toEqual(["MISSING", "MISSING", "MISSING"]);
    expect(year.notEstimated).toBe(1);
  });

  it("checks a council's own benchmark too, with its worse end by its rule", () => {
    const strategy = {
      name: "Egen",
      rules: [
        ...STRATEGY.rules,
        { id: "tax", measure: "tax", comparison: "atMost", threshold: 25, severity: "BREACH" },
      ],
    } as const;
    const [year] = checkStrategyCases(
      { measures: { headroom: [n(200)], cash: [n(200)], tax: [range(24, 26)] } },
      { ...strategy, rules: [...strategy.rules] },
    );
    expect(CASES.map((scenario) => year[scenario].status)).toEqual(["BREACH", "OK", "OK"]);
  });

  it("refuses a challenge line of the wrong length", () => {
    expect(() =>
      checkStrategyCases(
        { measures: { headroom: [n(1), n(2)], cash: [n(1), n(2)] }, challenges: [[n(1)]] },
        STRATEGY,
      ),
    ).toThrow(InputError);
  });
});

describe("the cases' order", () => {
  const estimate = fc
    .tuple(amountIn("thousands", 10_000), amountIn("thousands", 10_000))
    .map(([a, b]) => range(Math.min(a, b), Math.max(a, b)));
  const rank = { BREACH: 0, BELOW_OPTIMAL: 1, OK: 2, MISSING: -1 } as const;

  it("never has less outstanding in the expected case than in the optimistic, nor more than in the pessimistic", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((years) =>
          fc.record({
            sign: signConvention,
            targets: fc.array(amountIn("thousands", 10_000), { minLength: years, maxLength: years }),
            lines: fc.array(fc.array(estimate, { minLength: years, maxLength: years }), { maxLength: 4 }),
            rule: fc.constantFrom("release" as const, "bank" as const, "none" as const),
          }),
        ),
        ({ sign, targets, lines, rule }) => {
          const signed = targets.map((target) => sign * Math.abs(target));
          const result = calculateCarryForwardCases(signed, lines, rule);
          // With all targets 0 the expected total says how reductions are written, as the engine reads it.
          const total = sumExactly(result.expected.achieved);
          const direction = signed.some((t) => t !== 0) ? sign : total < 0 ? -1 : 1;
          const reduction = (value: number) => direction * value;
          signed.forEach((_, year) => {
            const [p, e, o] = CASES.map((scenario) => reduction(result[scenario].outstanding[year]));
            expect(p).toBeGreaterThanOrEqual(e);
            expect(e).toBeGreaterThanOrEqual(o);
          });
        },
      ),
    );
  });

  it("never holds the strategy in a worse case and breaks it in a better one", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((years) =>
          fc.record({
            headroom: fc.array(estimate, { minLength: years, maxLength: years }),
            cash: fc.array(estimate, { minLength: years, maxLength: years }),
            challenges: fc.array(fc.array(estimate, { minLength: years, maxLength: years }), {
              maxLength: 3,
            }),
          }),
        ),
        ({ headroom, cash, challenges }) => {
          for (const year of checkStrategyCases({ measures: { headroom, cash }, challenges }, STRATEGY)) {
            const [p, e, o] = CASES.map((scenario) => rank[year[scenario].status]);
            expect(p).toBeLessThanOrEqual(e);
            expect(e).toBeLessThanOrEqual(o);
          }
        },
      ),
    );
  });
});
