import fc from "fast-check";
import { NOT_ESTIMATED, blankInitiative, type Effect, type Initiative } from "../../src/engine/initiative";
import { calculateOverview, type OverviewInput, type ReductionTarget } from "../../src/engine/overview";
import {
  SEED_002_INITIATIVES,
  SEED_002_NET_WITHOUT_CARRY,
  SEED_002_NET_WITH_CARRY,
  SEED_002_TARGETS,
  SEED_002_YEARS,
} from "../fixtures/seed002";

const NOW = new Date("2021-05-20T12:00:00Z");
const TARGET: ReductionTarget = {
  id: "T-1",
  name: "Reduktionsmål",
  authorityArea: null,
  amounts: Object.fromEntries(SEED_002_YEARS.map((year, index) => [year, SEED_002_TARGETS[index]])),
};

function line(
  id: string,
  effects: readonly (number | "-")[],
  overrides: Partial<Initiative> = {},
): Initiative {
  return {
    ...blankInitiative(id, SEED_002_YEARS),
    name: id,
    status: "analysis",
    effects: Object.fromEntries(
      SEED_002_YEARS.map((year, index): [number, Effect] => [
        year,
        effects[index] === "-" ? NOT_ESTIMATED : (effects[index] as number),
      ]),
    ),
    lastChanged: { at: "2021-04-20T08:00:00Z", by: "Styregruppen" },
    ...overrides,
  };
}

const SEED = SEED_002_INITIATIVES.map((seed, index) =>
  line(`S-${index}`, seed.effects, {
    kind: seed.name.startsWith("Forventet") ? "unallocated" : "initiative",
  }),
);

function input(overrides: Partial<OverviewInput> = {}): OverviewInput {
  return {
    years: SEED_002_YEARS,
    targets: [TARGET],
    initiatives: SEED,
    surplusRule: "release",
    staleAfterDays: 60,
    now: NOW,
    ...overrides,
  };
}

const column = <K extends keyof ReturnType<typeof calculateOverview>["targets"][0]["years"][0]>(
  overrides: Partial<OverviewInput>,
  key: K,
) => calculateOverview(input(overrides)).targets[0].years.map((year) => year[key]);

describe("calculateOverview on the seed 002 table", () => {
  it("gives the table's own net row without carry-forward", () => {
    expect(column({}, "outstandingWithoutCarry")).toEqual(SEED_002_NET_WITHOUT_CARRY);
  });

  it("gives 0, -720, -3440, -8160 with the carry-forward rule", () => {
    expect(column({}, "outstanding")).toEqual(SEED_002_NET_WITH_CARRY);
  });

  it("carries the 2022 shortfall onto the 2023 target", () => {
    expect(column({}, "effectiveTarget")[2]).toBe(-5720);
  });

  it("meets 2021 and misses the later years", () => {
    expect(column({}, "met")).toEqual([true, false, false, false]);
  });

  it("shows the unallocated placeholder apart from the initiatives", () => {
    expect(column({}, "unallocated")).toEqual([-1023, -1023, -1023, -1023]);
    expect(column({}, "allocated")).toEqual([-977, -1257, -1257, -1257]);
  });

  it("counts the initiatives without an estimate for each year", () => {
    expect(column({}, "notEstimated")).toEqual([5, 5, 5, 5]);
  });

  it("with rule none, equals the outstanding without carry-forward", () => {
    expect(column({ surplusRule: "none" }, "outstanding")).toEqual(SEED_002_NET_WITHOUT_CARRY);
  });
});

describe("calculateOverview rules", () => {
  it("leaves dropped initiatives out of what is achieved", () => {
    const dropped = line("D", [-5000, -5000, -5000, -5000], { status: "dropped" });
    expect(column({ initiatives: [...SEED, dropped] }, "achieved")).toEqual([-2000, -2280, -2280, -2280]);
  });

  it("releases a surplus instead of banking it under the default rule", () => {
    const big = line("B", [-3000, 0, 0, 0]);
    expect(column({ initiatives: [big] }, "outstanding")).toEqual([1000, -3000, -8000, -15000]);
  });

  it("banks a surplus against the next year under rule bank", () => {
    const big = line("B", [-3000, 0, 0, 0]);
    expect(column({ initiatives: [big], surplusRule: "bank" }, "outstanding")).toEqual([
      1000, -2000, -7000, -14000,
    ]);
  });

  it("stops the carry-forward at the first year without a target", () => {
    const partial = { ...TARGET, amounts: { 2021: -2000, 2022: -3000, 2023: null, 2024: -7000 } };
    expect(column({ targets: [partial] }, "outstanding")).toEqual([0, -720, null, null]);
    expect(column({ targets: [partial] }, "met")).toEqual([true, false, null, null]);
  });

  it("keeps the yearly net for a year with a target after a gap", () => {
    const partial = { ...TARGET, amounts: { 2021: -2000, 2022: -3000, 2023: null, 2024: -7000 } };
    expect(column({ targets: [partial] }, "outstandingWithoutCarry")).toEqual([0, -720, null, -4720]);
  });

  it("binds a target to its authority area only, ignoring case and spaces", () => {
    const area = { ...TARGET, authorityArea: "psykiatri/misbrug " };
    const inArea = line("P", [-100, -100, -100, -100], { authorityArea: "Psykiatri/Misbrug" });
    expect(column({ targets: [area], initiatives: [...SEED, inArea] }, "achieved")).toEqual([
      -100, -100, -100, -100,
    ]);
  });

  it("handles positive reduction targets", () => {
    const positive = { ...TARGET, amounts: { 2021: 2000, 2022: 3000, 2023: 5000, 2024: 7000 } };
    const found = line("F", [2000, 2280, 2280, 2280]);
    expect(column({ targets: [positive], initiatives: [found] }, "outstanding")).toEqual([
      0, 720, 3440, 8160,
    ]);
  });

  it("reports targets typed with mixed signs instead of throwing", () => {
    const mixed = { ...TARGET, amounts: { 2021: -2000, 2022: 3000, 2023: -5000, 2024: -7000 } };
    const overview = calculateOverview(input({ targets: [mixed] })).targets[0];
    expect(overview.problem).toEqual({ code: "mixedSigns" });
    expect(overview.years.map((year) => year.outstanding)).toEqual([null, null, null, null]);
  });

  it("has no problem for well-formed targets", () => {
    expect(calculateOverview(input()).targets[0].problem).toBeNull();
  });

  it("works with no initiatives at all", () => {
    expect(column({ initiatives: [] }, "outstanding")).toEqual([-2000, -5000, -10000, -17000]);
  });

  it("gives no target lines when no targets are set", () => {
    expect(calculateOverview(input({ targets: [] })).targets).toEqual([]);
  });
});

describe("calculateOverview totals", () => {
  it("totals by authority area, leaving out not-estimated years", () => {
    const a = line("A", [-10, "-", -30, -40], { authorityArea: "Voksenhandicap" });
    const b = line("B", [-1, -2, -3, -4], { authorityArea: " Voksenhandicap" });
    const totals = calculateOverview(input({ initiatives: [a, b] })).byAuthorityArea;
    expect(totals).toEqual([
      { key: "Voksenhandicap", perYear: [-11, -2, -33, -44], initiatives: 2, notEstimated: [0, 1, 0, 0] },
    ]);
  });

  it("totals by focus area with a group for initiatives without one", () => {
    const a = line("A", [-10, -10, -10, -10], { focusArea: "efficiency" });
    const b = line("B", [-1, -1, -1, -1]);
    const keys = calculateOverview(input({ initiatives: [a, b] })).byFocusArea.map((group) => group.key);
    expect(keys).toEqual(["efficiency", null]);
  });

  it("sums every group's totals to what an all-areas target achieves", () => {
    const area = fc.constantFrom("Børn og Familie", "Psykiatri/Misbrug", "Voksenhandicap", "Andet");
    const effect = fc.oneof(fc.integer({ min: -5000, max: 0 }), fc.constant("-" as const));
    const lines = fc.array(fc.tuple(area, fc.array(effect, { minLength: 4, maxLength: 4 })), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(lines, (drawn) => {
        const initiatives = drawn.map(([authorityArea, effects], index) =>
          line(`L${index}`, effects, { authorityArea }),
        );
        const overview = calculateOverview(input({ initiatives }));
        const byArea = SEED_002_YEARS.map((_, year) =>
          overview.byAuthorityArea.reduce((sum, group) => sum + group.perYear[year], 0),
        );
        expect(byArea).toEqual(overview.targets[0].years.map((year) => year.achieved));
      }),
    );
  });

  it("keeps effective target minus achieved equal to outstanding under every rule", () => {
    const rule = fc.constantFrom("release" as const, "bank" as const, "none" as const);
    const effects = fc.array(fc.integer({ min: -9000, max: 0 }), { minLength: 4, maxLength: 4 });
    fc.assert(
      fc.property(rule, effects, (surplusRule, drawn) => {
        const years = calculateOverview(input({ surplusRule, initiatives: [line("X", drawn)] })).targets[0]
          .years;
        for (const year of years) {
          expect(year.outstanding).toBe((year.effectiveTarget as number) - year.achieved + 0);
        }
      }),
    );
  });
});

describe("calculateOverview flags", () => {
  it("flags an initiative with no estimate in any year", () => {
    const flags = calculateOverview(input()).flags;
    expect(flags.filter((flag) => flag.noEstimate).map((flag) => flag.id)).toEqual([
      "S-0",
      "S-2",
      "S-3",
      "S-4",
      "S-5",
    ]);
  });

  it("lists the years an initiative has not estimated", () => {
    const partly = line("P", [-1, "-", -1, "-"]);
    expect(calculateOverview(input({ initiatives: [partly] })).flags[0]).toMatchObject({
      noEstimate: false,
      notEstimatedYears: [2022, 2024],
    });
  });

  it("counts the days since the last change", () => {
    expect(calculateOverview(input()).flags[0].daysSinceChange).toBe(30);
  });

  it("flags an initiative not changed for the configured number of days", () => {
    expect(calculateOverview(input({ staleAfterDays: 30 })).flags[0].stale).toBe(true);
  });

  it("does not flag an initiative changed more recently than that", () => {
    expect(calculateOverview(input({ staleAfterDays: 31 })).flags[0].stale).toBe(false);
  });

  it("flags an initiative that was never stamped as stale", () => {
    const unstamped = line("U", [-1, -1, -1, -1], { lastChanged: null });
    expect(calculateOverview(input({ initiatives: [unstamped] })).flags[0]).toMatchObject({
      stale: true,
      daysSinceChange: null,
    });
  });

  it("does not flag dropped initiatives", () => {
    const dropped = line("D", ["-", "-", "-", "-"], { status: "dropped" });
    expect(calculateOverview(input({ initiatives: [dropped] })).flags).toEqual([]);
  });
});

describe("calculateOverview with decimals", () => {
  const target: ReductionTarget = {
    id: "T-2",
    name: "Mål",
    authorityArea: null,
    amounts: Object.fromEntries(SEED_002_YEARS.map((year) => [year, -0.3])),
  };
  const tenths = [line("A", [-0.1, -0.1, -0.1, -0.1]), line("B", [-0.2, -0.2, -0.2, -0.2])];

  it("meets a target of -0.3 with -0.1 and -0.2 exactly: nothing outstanding, every year met", () => {
    const [overview] = calculateOverview(input({ targets: [target], initiatives: tenths })).targets;
    expect(
      overview.years.map((year) => [year.achieved, year.outstandingWithoutCarry, year.outstanding, year.met]),
    ).toEqual(SEED_002_YEARS.map(() => [-0.3, 0, 0, true]));
  });

  it("adds the decimals of a group exactly", () => {
    const overview = calculateOverview(input({ targets: [target], initiatives: tenths }));
    expect(overview.byFocusArea.map((group) => group.perYear)).toEqual([[-0.3, -0.3, -0.3, -0.3]]);
  });
});
