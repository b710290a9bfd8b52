import { SEED_002_INITIATIVES, SEED_002_TARGETS } from "../fixtures/seed002";
import { buildSheet, valuesAt } from "../support/sheet";

it("smoke", () => {
  const hf = buildSheet([
    ["Mål", ...SEED_002_TARGETS],
    ...SEED_002_INITIATIVES.map((i) => [i.name, ...i.effects]),
    ["Netto", "=BAR.CARRYFORWARD(B1:E1,B2:E8)"],
  ]);
  expect(valuesAt(hf, "B9:E9")).toEqual([[0, -720, -3440, -8160]]);
});
