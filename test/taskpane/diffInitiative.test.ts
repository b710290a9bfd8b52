import { blankInitiative } from "../../src/engine/initiative";
import { diffInitiative } from "../../src/taskpane/diffInitiative";

const YEARS = [2021, 2022];
const BASE = {
  ...blankInitiative("I-1", YEARS),
  name: "Kontraktgrundlag",
  effects: { 2021: -100, 2022: "notEstimated" as const },
};

describe("diffInitiative", () => {
  it("sends nothing when nothing changed", () => {
    expect(diffInitiative(BASE, { ...BASE }, YEARS)).toEqual({ base: BASE, changes: {} });
  });

  it("sends only the fields the user changed", () => {
    expect(diffInitiative(BASE, { ...BASE, owner: "Bo", status: "decided" }, YEARS).changes).toEqual({
      owner: "Bo",
      status: "decided",
    });
  });

  it("sends only the years whose effect changed, including to 'not estimated'", () => {
    const edited = { ...BASE, effects: { 2021: "notEstimated" as const, 2022: "notEstimated" as const } };
    expect(diffInitiative(BASE, edited, YEARS).changes).toEqual({ effects: { 2021: "notEstimated" } });
  });

  it("keeps the version the user started from as the base for the co-author check", () => {
    expect(diffInitiative(BASE, { ...BASE, note: "x" }, YEARS).base).toBe(BASE);
  });
});
