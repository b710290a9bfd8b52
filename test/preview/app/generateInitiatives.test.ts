import { NOT_ESTIMATED, STATUSES, validateInitiative } from "../../../src/engine/initiative";
import { generateInitiatives } from "../../../src/preview/app/generateInitiatives";

const YEARS = [2021, 2022, 2023, 2024];

describe("generateInitiatives", () => {
  it("gives the same initiatives every time", () => {
    expect(generateInitiatives(50, YEARS)).toEqual(generateInitiatives(50, YEARS));
  });

  it("gives different initiatives for another seed", () => {
    expect(generateInitiatives(5, YEARS, 1)).not.toEqual(generateInitiatives(5, YEARS, 2));
  });

  it("numbers the ids GEN-00001 onwards, all different", () => {
    const ids = generateInitiatives(1000, YEARS).map((initiative) => initiative.id);
    expect([ids[0], ids[999], new Set(ids).size]).toEqual(["GEN-00001", "GEN-01000", 1000]);
  });

  it("gives only initiatives the store accepts", () => {
    const errors = generateInitiatives(500, YEARS).flatMap((initiative) =>
      validateInitiative(initiative, YEARS).filter((problem) => problem.severity === "error"),
    );
    expect(errors).toEqual([]);
  });

  it("mixes statuses and leaves some years not yet estimated", () => {
    const initiatives = generateInitiatives(500, YEARS);
    const statuses = new Set(initiatives.map((initiative) => initiative.status));
    const unestimated = initiatives.some((initiative) => initiative.effects[2023] === NOT_ESTIMATED);
    expect([statuses.size, unestimated]).toEqual([STATUSES.length, true]);
  });

  it("gives reductions as negative amounts", () => {
    const amounts = generateInitiatives(200, YEARS).flatMap((initiative) =>
      Object.values(initiative.effects).filter((effect): effect is number => typeof effect === "number"),
    );
    expect(amounts.every((amount) => amount < 0)).toBe(true);
  });

  it("gives none for a count of zero", () => {
    expect(generateInitiatives(0, YEARS)).toEqual([]);
  });
});
