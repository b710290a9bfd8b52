import fc from "fast-check";
import { blankInitiative, type Initiative, type YearEffect } from "../../src/engine/initiative";
import { readBack, sameCell } from "../../src/excel/cells";
import { toObservedChanges } from "../../src/excel/observedChanges";
import { INITIATIVE_COLUMNS as C, columnsOf } from "../../src/excel/schema";
import { initiativeCells } from "../../src/excel/toCells";
import { stampBy } from "../support/fakeExcel";

const YEARS = [2021, 2022, 2023, 2024];

/** The columns whose cells differ by meaning, the stamps aside: what the diff must log, computed the slow way. */
function changedColumns(before: Initiative, after: Initiative): string[] {
  const from = initiativeCells(before, YEARS);
  const to = initiativeCells(after, YEARS);
  return columnsOf("initiatives", YEARS)
    .filter((spec) => spec.name !== C.changedAt && spec.name !== C.changedBy)
    .filter((spec) => {
      const key = spec.name.toLowerCase();
      return !sameCell(spec, readBack(from.get(key)!), readBack(to.get(key)!));
    })
    .map((spec) => spec.name);
}

const effect: fc.Arbitrary<YearEffect> = fc.oneof(
  fc.constant<YearEffect>("notEstimated"),
  fc.integer({ min: -3000, max: 3000 }),
  fc.constantFrom(-1257.25, -0, 0.5),
  fc
    .tuple(fc.integer({ min: -3000, max: 0 }), fc.integer({ min: 0, max: 3000 }))
    .map(([low, high]) => ({ low, high })),
);

const initiative: fc.Arbitrary<Initiative> = fc
  .record({
    name: fc.constantFrom("Kontraktgrundlag", "Takstgruppe"),
    owner: fc.constantFrom("", "Anna", "Bo"),
    note: fc.constantFrom("", "Vedtaget"),
    status: fc.constantFrom("idea" as const, "decided" as const),
    focusArea: fc.constantFrom(null, "closure" as const),
    fullYearEffect: fc.constantFrom<Initiative["fullYearEffect"]>("notEstimated", -500),
    effects: fc.tuple(effect, effect, effect, effect),
  })
  .map(({ effects, ...fields }) => ({
    ...blankInitiative("S002-03", YEARS),
    ...fields,
    effects: Object.fromEntries(YEARS.map((year, at) => [year, effects[at]])),
  }));

describe("the observed-change diff", () => {
  it("logs exactly the columns whose cells differ, whichever fields changed (the fast path for equal rows included)", () => {
    fc.assert(
      fc.property(initiative, initiative, fc.boolean(), (before, edited, same) => {
        const after = same ? { ...before, effects: { ...before.effects } } : edited;
        const logged = toObservedChanges([before], [after], YEARS, stampBy("Anna")).map(
          (entry) => entry.field,
        );
        expect(logged).toEqual(changedColumns(before, after));
      }),
    );
  });
});
