import { NOT_ESTIMATED, blankInitiative, type Initiative, type Status } from "../../src/engine/initiative";
import { certaintyOf, splitAchieved, toReportLines } from "../../src/engine/reportLines";

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
