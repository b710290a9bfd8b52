import fc from "fast-check";
import {
  filterInitiatives,
  filterPrepared,
  prepareList,
  reprepareList,
  type Sort,
} from "../../src/engine/filterInitiatives";
import { NOT_ESTIMATED, type Initiative } from "../../src/engine/initiative";

const YEARS = [2021, 2022];
const BY_NAME: Sort = { key: "name", direction: "ascending" };

function initiative(overrides: Partial<Initiative> & { id: string }): Initiative {
  return {
    kind: "initiative",
    name: overrides.id,
    authorityArea: "Børn og Familie",
    coreArea: "Social omsorg",
    focusArea: "efficiency",
    status: "analysis",
    owner: "",
    effects: {},
    fullYearEffect: NOT_ESTIMATED,
    note: "",
    lastChanged: null,
    ...overrides,
  };
}

const LIST = [
  initiative({ id: "a", name: "Omlægning af STU", effects: { 2021: -407, 2022: -407 }, status: "decided" }),
  initiative({
    id: "b",
    name: "Unge 15-17 år",
    effects: { 2021: -570, 2022: -850 },
    authorityArea: "Voksenhandicap",
  }),
  initiative({ id: "c", name: "Kontraktgrundlag", note: "Afventer økonomi", focusArea: null }),
  initiative({
    id: "d",
    name: "Lukning af tilbud",
    effects: { 2021: -100 },
    status: "dropped",
    focusArea: "closure",
  }),
];

describe("filterInitiatives", () => {
  it("shows everything, sorted by name, with no filter", () => {
    expect(filterInitiatives(LIST, {}, BY_NAME, YEARS).shown.map((i) => i.id)).toEqual(["c", "d", "a", "b"]);
  });

  it("filters by authority area", () => {
    expect(
      filterInitiatives(LIST, { authorityArea: "Voksenhandicap" }, BY_NAME, YEARS).shown.map((i) => i.id),
    ).toEqual(["b"]);
  });

  it("filters by status", () => {
    expect(filterInitiatives(LIST, { status: "decided" }, BY_NAME, YEARS).shown.map((i) => i.id)).toEqual([
      "a",
    ]);
  });

  it("filters initiatives without a focus area with 'none'", () => {
    expect(filterInitiatives(LIST, { focusArea: "none" }, BY_NAME, YEARS).shown.map((i) => i.id)).toEqual([
      "c",
    ]);
  });

  it("finds every word of the search text in name or note, ignoring case and accents", () => {
    expect(
      filterInitiatives(LIST, { text: "ØKONOMI  afventer" }, BY_NAME, YEARS).shown.map((i) => i.id),
    ).toEqual(["c"]);
  });

  it("totals the shown lines per year, leaving out dropped initiatives", () => {
    expect(filterInitiatives(LIST, {}, BY_NAME, YEARS).totals).toEqual([-977, -1257]);
  });

  it("counts shown initiatives without an estimate per year instead of adding them as zero", () => {
    expect(filterInitiatives(LIST, {}, BY_NAME, YEARS).notEstimated).toEqual([1, 1]);
  });

  it("sorts by a year's effect with not-estimated lines last", () => {
    const sorted = filterInitiatives(LIST, {}, { key: { year: 2022 }, direction: "ascending" }, YEARS);
    expect(sorted.shown.map((i) => i.id)).toEqual(["b", "a", "c", "d"]);
  });

  it("sorts descending by status", () => {
    const sorted = filterInitiatives(LIST, {}, { key: "status", direction: "descending" }, YEARS);
    expect(sorted.shown.map((i) => i.status)).toEqual(["dropped", "decided", "analysis", "analysis"]);
  });

  it("gives zero totals for an empty list", () => {
    expect(filterInitiatives([], {}, BY_NAME, YEARS)).toEqual({
      shown: [],
      totals: [0, 0],
      notEstimated: [0, 0],
    });
  });

  it("never shows more than it was given, and every line shown matches the filter", () => {
    const statuses = ["idea", "analysis", "estimated", "decided", "realised", "dropped"] as const;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...statuses), { maxLength: 30 }),
        fc.constantFrom(...statuses),
        (list, status) => {
          const initiatives = list.map((s, index) => initiative({ id: String(index), status: s }));
          const { shown } = filterInitiatives(initiatives, { status }, BY_NAME, YEARS);
          return shown.length <= initiatives.length && shown.every((i) => i.status === status);
        },
      ),
    );
  });
});

describe("a prepared list", () => {
  it("filters as a fresh sort and filter would, keystroke after keystroke, without sorting again", () => {
    const prepared = prepareList(LIST, BY_NAME);
    for (const text of ["", "u", "un", "unge", "unge 1", "økonomi", "OMLÆG"]) {
      expect(filterPrepared(prepared, { text }, YEARS)).toEqual(
        filterInitiatives(LIST, { text }, BY_NAME, YEARS),
      );
    }
  });

  it("shows a range at its midpoint in the totals and sorts by it", () => {
    const ranged = [
      initiative({ id: "r", effects: { 2021: { low: -1500, high: -900 } } }),
      initiative({ id: "p", effects: { 2021: -1000 } }),
    ];
    const byYear: Sort = { key: { year: 2021 }, direction: "ascending" };
    const result = filterPrepared(prepareList(ranged, byYear), {}, YEARS);
    expect(result.shown.map((line) => line.id)).toEqual(["r", "p"]);
    expect(result.totals[0]).toBe(-2200);
  });
});

describe("a prepared list after a few lines were replaced", () => {
  const line = fc
    .record({
      name: fc.constantFrom("Kontraktgrundlag", "kontraktgrundlag", "Unge", "Åben rådgivning", ""),
      owner: fc.constantFrom("", "Anna", "Bo"),
      status: fc.constantFrom("idea" as const, "decided" as const, "dropped" as const),
      amount: fc.oneof(
        fc.constant<number | typeof NOT_ESTIMATED>(NOT_ESTIMATED),
        fc.integer({ min: -3, max: 3 }),
      ),
    })
    .map(({ amount, ...fields }) => ({ ...fields, effects: { 2021: amount } }));
  const sort = fc.record({
    key: fc.constantFrom<Sort["key"]>("name", "status", "owner", "lastChanged", { year: 2021 }),
    direction: fc.constantFrom<Sort["direction"]>("ascending", "descending"),
  });

  it("is what a fresh sort gives, the same lines in the same order, ties included", () => {
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), line), { maxLength: 20 }),
        sort,
        (fields, replacements, by) => {
          const before = fields.map((each, at) => initiative({ id: `i${at}`, ...each }));
          const after = [...before];
          for (const [at, each] of replacements)
            after[at % after.length] = initiative({ id: `i${at % after.length}`, ...each });
          const again = reprepareList(before, prepareList(before, by), after, by);
          const fresh = prepareList(after, by);
          expect(again.keys).toEqual(fresh.keys);
          // The very objects, in the very order: a tie keeps the order the lines came in.
          expect(again.sorted.every((each, at) => each === fresh.sorted[at])).toBe(true);
        },
      ),
    );
  });
});
