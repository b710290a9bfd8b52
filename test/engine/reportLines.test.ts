import { NOT_ESTIMATED, blankInitiative, type Initiative, type Status } from "../../src/engine/initiative";
import { certaintyOf, rangeSpans, splitAchieved, toReportLines } from "../../src/engine/reportLines";

const YEARS = [2025, 2026];

function line(
  id: string,
  status: Status,
  effects: Initiative["effects"],
  area = "Børn og Familie",
): Initiative {
  return { ...blankInitiative(id, YEARS), name: id, status, effects, authorityArea: area };
}

describe("certaintyOf", () => {
  it("counts decided and realised as firm, analysis and estimated as estimated, ideas apart", () => {
    const statuses: Status[] = ["decided", "realised", "analysis", "estimated", "idea"];
    expect(statuses.map((status) => certaintyOf(line("a", status, {})))).toEqual([
      "firm",
      "firm",
      "estimated",
      "estimated",
      "idea",
    ]);
  });

  it("keeps the unallocated placeholder apart whatever its status", () => {
    expect(certaintyOf({ ...line("u", "decided", {}), kind: "unallocated" })).toBe("unallocated");
  });
});

describe("toReportLines", () => {
  it("lists few lines one by one, decided first and ideas after estimates", () => {
    const lines = toReportLines(
      [line("idé", "idea", {}), line("skøn", "estimated", {}), line("besluttet", "decided", {})],
      YEARS,
    );
    expect(lines.map((entry) => (entry.kind === "initiative" ? entry.initiative.id : "others"))).toEqual([
      "besluttet",
      "skøn",
      "idé",
    ]);
  });

  it("leaves dropped initiatives out", () => {
    expect(toReportLines([line("væk", "dropped", { 2025: -5 })], YEARS)).toEqual([]);
  });

  it("groups many lines per area: the largest listed, the rest summed in one line", () => {
    const many = Array.from({ length: 50 }, (_, index) =>
      line(`I-${index}`, "estimated", { 2025: -(index + 1), 2026: NOT_ESTIMATED }),
    );
    const lines = toReportLines(many, YEARS, { listAll: 40, largest: 3, maxAreas: 8 });
    expect(lines.map((entry) => (entry.kind === "initiative" ? entry.initiative.id : entry.count))).toEqual([
      "I-49",
      "I-48",
      "I-47",
      47,
    ]);
    // 1 + 2 + … + 47, and 2026 has no estimate at all.
    expect(lines[3]).toMatchObject({
      kind: "others",
      area: "Børn og Familie",
      effects: { 2025: -1128, 2026: NOT_ESTIMATED },
    });
  });

  it("sums the areas beyond the largest ones together", () => {
    const many = Array.from({ length: 50 }, (_, index) =>
      line(`I-${index}`, "idea", { 2025: -1 }, `Område ${index}`),
    );
    const lines = toReportLines(many, YEARS, { listAll: 40, largest: 3, maxAreas: 8 });
    expect(lines).toHaveLength(9);
    expect(lines[8]).toMatchObject({ kind: "others", area: null, count: 42, effects: { 2025: -42 } });
  });

  it("says how many of a summed rest have a range, and sums their midpoints", () => {
    const many = Array.from({ length: 50 }, (_, index) =>
      line(`I-${index}`, "estimated", { 2025: index < 3 ? { low: -0.6, high: -0.4 } : -1 }),
    );
    const lines = toReportLines(many, YEARS, { listAll: 40, largest: 3, maxAreas: 8 });
    // I-3, I-4 and I-5 are the largest; the rest holds the three ranges (midpoint -0.5) and 44 × -1.
    expect(lines[3]).toMatchObject({ kind: "others", count: 47, ranged: 3, effects: { 2025: -45.5 } });
  });

  it("keeps 5,000 initiatives to a bounded number of lines", () => {
    const statuses: Status[] = ["idea", "analysis", "estimated", "decided", "realised"];
    const many = Array.from({ length: 5000 }, (_, index) =>
      line(`I-${index}`, statuses[index % 5], { 2025: -index }, `Område ${index % 12}`),
    );
    expect(toReportLines(many, YEARS).length).toBeLessThanOrEqual(3 * (8 * 4 + 1));
  });
});

describe("splitAchieved", () => {
  it("sums each certainty per year, not estimated as nothing", () => {
    const split = splitAchieved(
      [
        line("a", "decided", { 2025: -0.1, 2026: NOT_ESTIMATED }),
        line("b", "realised", { 2025: -0.2, 2026: -1 }),
        line("c", "idea", { 2025: -7, 2026: -7 }),
      ],
      YEARS,
    );
    expect(split).toEqual({ firm: [-0.3, -1], estimated: [0, 0], idea: [-7, -7], unallocated: [0, 0] });
  });
});

describe("rangeSpans", () => {
  const YEARS4 = [2021, 2022, 2023, 2024];
  const effects = (...values: Initiative["effects"][number][]) =>
    Object.fromEntries(values.map((value, index) => [YEARS4[index], value]));

  it("gives one span for consecutive years with the same range", () => {
    const range = { low: -2500, high: -1500 };
    expect(rangeSpans({ effects: effects(range, range, range, range) }, YEARS4)).toEqual([
      { from: 2021, to: 2024, low: -2500, high: -1500 },
    ]);
  });

  it("starts a new span where the range changes or a number comes between", () => {
    const range = { low: -1500, high: -900 };
    expect(rangeSpans({ effects: effects(range, { low: -2000, high: -1000 }, -977, range) }, YEARS4)).toEqual(
      [
        { from: 2021, to: 2021, low: -1500, high: -900 },
        { from: 2022, to: 2022, low: -2000, high: -1000 },
        { from: 2024, to: 2024, low: -1500, high: -900 },
      ],
    );
  });

  it("is empty when no year is a range", () => {
    expect(rangeSpans({ effects: effects(-977, NOT_ESTIMATED) }, YEARS4)).toEqual([]);
  });
});
