import fc from "fast-check";
import {
  calculateCarryForward,
  directionOf,
  sumLinesPerYear,
  type SurplusRule,
} from "../../src/engine/carryForward";
import { toNumber } from "../../src/engine/exactDecimal";
import { thrownBy } from "../support/thrownBy";
import {
  SEED_002_INITIATIVES,
  SEED_002_NET_WITHOUT_CARRY,
  SEED_002_NET_WITH_CARRY,
  SEED_002_TARGETS,
} from "../fixtures/seed002";

/** The seed's initiative lines summed per year, "-" as 0: -2000, -2280, -2280, -2280. */
const SEED_ACHIEVED = SEED_002_TARGETS.map((_, year) =>
  SEED_002_INITIATIVES.reduce(
    (sum, line) => sum + (line.effects[year] === "-" ? 0 : (line.effects[year] as number)),
    0,
  ),
);

describe("calculateCarryForward with the seed 002 table", () => {
  it("reproduces the table's net outstanding row without carry-forward", () => {
    expect(calculateCarryForward(SEED_002_TARGETS, SEED_ACHIEVED, "none").outstanding).toEqual(
      SEED_002_NET_WITHOUT_CARRY,
    );
  });

  it("carries each shortfall onto the next year's target by default", () => {
    expect(calculateCarryForward(SEED_002_TARGETS, SEED_ACHIEVED).outstanding).toEqual(
      SEED_002_NET_WITH_CARRY,
    );
  });

  it("raises the 2023 target to 5.720 and the 2024 target to 10.440", () => {
    expect(calculateCarryForward(SEED_002_TARGETS, SEED_ACHIEVED).effectiveTarget).toEqual([
      -2000, -3000, -5720, -10440,
    ]);
  });

  it("reports what each year carries into the next", () => {
    expect(calculateCarryForward(SEED_002_TARGETS, SEED_ACHIEVED).carried).toEqual([0, -720, -3440, -8160]);
  });

  it("gives the same numbers when reductions are written as positives", () => {
    const result = calculateCarryForward(
      SEED_002_TARGETS.map((t) => -t),
      SEED_ACHIEVED.map((a) => -a),
    );
    expect(result.outstanding).toEqual(SEED_002_NET_WITH_CARRY.map((o) => -o + 0));
  });
});

describe("calculateCarryForward surplus rules", () => {
  // Targets 100, 100, 100 (positive convention); 150 found in year 1, nothing after.
  const targets = [100, 100, 100];
  const achieved = [150, 0, 0];

  it("releases a surplus to the general economy under 'release'", () => {
    expect(calculateCarryForward(targets, achieved, "release").outstanding).toEqual([-50, 100, 200]);
  });

  it("lets a surplus lower next year's target under 'bank'", () => {
    expect(calculateCarryForward(targets, achieved, "bank").effectiveTarget).toEqual([100, 50, 150]);
  });

  it("carries nothing under 'none'", () => {
    expect(calculateCarryForward(targets, achieved, "none").outstanding).toEqual([-50, 100, 100]);
  });
});

describe("calculateCarryForward boundaries", () => {
  it("handles a single year", () => {
    expect(calculateCarryForward([-2000], [-1500]).outstanding).toEqual([-500]);
  });

  it("treats a target met exactly as nothing outstanding and nothing carried", () => {
    const result = calculateCarryForward([-3000, -3000], [-3000, -3000]);
    expect([result.outstanding, result.carried]).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  it("accepts all-zero targets", () => {
    expect(calculateCarryForward([0, 0], [0, 0]).outstanding).toEqual([0, 0]);
  });

  it("reads seed-style negative effects against zero targets as a surplus, not a cost to carry", () => {
    expect(calculateCarryForward([0, 0], [-977, 0]).outstanding).toEqual([977, 0]);
  });

  it("counts an initiative that costs money (opposite sign) as a larger shortfall", () => {
    expect(calculateCarryForward([-100], [50]).outstanding).toEqual([-150]);
  });

  it("rejects an empty list of targets", () => {
    expect(thrownBy(() => calculateCarryForward([], [])).problem.code).toBe("emptyRange");
  });

  it("rejects achieved values for a different number of years", () => {
    expect(thrownBy(() => calculateCarryForward([1, 2], [1])).problem).toEqual({
      code: "lengthMismatch",
      expected: 2,
      found: 1,
      other: "targets",
    });
  });

  it("rejects targets of mixed signs, naming the first year that breaks the direction", () => {
    expect(thrownBy(() => calculateCarryForward([-1, 0, 2], [0, 0, 0])).location).toEqual({
      argument: "targets",
      column: 3,
    });
  });

  it("rejects NaN and Infinity", () => {
    expect(thrownBy(() => calculateCarryForward([Number.NaN], [0])).problem.code).toBe("notFinite");
  });

  it("rejects amounts beyond Excel's precision", () => {
    expect(thrownBy(() => calculateCarryForward([1e16], [0])).problem.code).toBe("tooLarge");
  });
});

describe("directionOf", () => {
  it("reads negatives as the seed's convention", () => {
    expect(directionOf([-1, 0, -3])).toBe(-1);
  });

  it("reads all zeros as no direction", () => {
    expect(directionOf([0, 0])).toBe(0);
  });
});

describe("sumLinesPerYear", () => {
  it("sums a row-by-row buffer per year", () => {
    expect(sumLinesPerYear([1, 2, 3, 10, 20, 30], 3).map(toNumber)).toEqual([11, 22, 33]);
  });

  it("gives zeros for no lines", () => {
    expect(sumLinesPerYear([], 2).map(toNumber)).toEqual([0, 0]);
  });

  it("sums the decimals the cells show exactly: 0.1 + 0.2 is 0.3", () => {
    expect(sumLinesPerYear([0.1, 0.2], 1).map(toNumber)).toEqual([0.3]);
  });

  it("sums exactly when a cell has more decimals than the fast path takes", () => {
    expect(sumLinesPerYear([0.1 + 0.2, -0.3], 1).map(toNumber)).toEqual([4e-17]);
  });
});

describe("calculateCarryForward invariants", () => {
  const amount = fc.integer({ min: -1_000_000, max: 1_000_000 });
  const yearsAndSign = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.constantFrom(1, -1));
  const scenario = yearsAndSign.chain(([years, sign]) =>
    fc.record({
      sign: fc.constant(sign),
      targets: fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: years, maxLength: years }),
      achieved: fc.array(amount, { minLength: years, maxLength: years }),
    }),
  );
  const signed = (values: number[], sign: number) => values.map((v) => sign * v + 0);
  const rules: SurplusRule[] = ["release", "bank", "none"];

  it("keeps effective target − achieved = outstanding in every year and rule", () => {
    fc.assert(
      fc.property(scenario, fc.constantFrom(...rules), ({ sign, targets, achieved }, rule) => {
        const result = calculateCarryForward(signed(targets, sign), achieved, rule);
        return result.outstanding.every(
          (outstanding, year) => outstanding === result.effectiveTarget[year] - result.achieved[year],
        );
      }),
    );
  });

  it("never shows a smaller shortfall under 'release' than under 'none'", () => {
    fc.assert(
      fc.property(scenario, ({ sign, targets, achieved }) => {
        const release = calculateCarryForward(signed(targets, sign), achieved, "release").outstanding;
        const none = calculateCarryForward(signed(targets, sign), achieved, "none").outstanding;
        // A shortfall has the sign of the targets: sign × outstanding is the amount still to find.
        return release.every((value, year) => sign * value >= sign * none[year]);
      }),
    );
  });

  it("agrees between 'bank' and 'release' when no year has a surplus", () => {
    fc.assert(
      fc.property(scenario, ({ sign, targets, achieved }) => {
        const release = calculateCarryForward(signed(targets, sign), achieved, "release");
        fc.pre(release.outstanding.every((value) => sign * value >= 0));
        const bank = calculateCarryForward(signed(targets, sign), achieved, "bank");
        return bank.outstanding.every((value, year) => value === release.outstanding[year]);
      }),
    );
  });

  it("mirrors exactly when every sign is flipped", () => {
    fc.assert(
      fc.property(scenario, fc.constantFrom(...rules), ({ sign, targets, achieved }, rule) => {
        const original = calculateCarryForward(signed(targets, sign), achieved, rule).outstanding;
        const mirrored = calculateCarryForward(
          signed(targets, -sign),
          signed(achieved, -1),
          rule,
        ).outstanding;
        return mirrored.every((value, year) => value === -original[year] + 0);
      }),
    );
  });
});
