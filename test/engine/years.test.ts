import { checkYears, defaultYears, yearsOf } from "../../src/engine/years";

describe("yearsOf", () => {
  it("lists the budget year and three estimate years by default", () => {
    expect(yearsOf(defaultYears(2025))).toEqual([2025, 2026, 2027, 2028]);
  });

  it("lists only the budget year when there are no estimate years", () => {
    expect(yearsOf({ budgetYear: 2021, estimateYears: 0 })).toEqual([2021]);
  });

  it("follows a configured number of estimate years", () => {
    expect(yearsOf({ budgetYear: 2021, estimateYears: 5 })).toHaveLength(6);
  });
});

describe("checkYears", () => {
  it("accepts the default horizon", () => {
    expect(checkYears(defaultYears(2021))).toEqual([]);
  });

  it.each([
    [1899.5, "budgetYearInvalid"],
    [1899, "budgetYearInvalid"],
    [2201, "budgetYearInvalid"],
    [Number.NaN, "budgetYearInvalid"],
  ])("rejects the budget year %p", (budgetYear, code) => {
    expect(checkYears({ budgetYear, estimateYears: 3 })).toEqual([expect.objectContaining({ code })]);
  });

  it.each([-1, 1.5, 13])("rejects %p estimate years", (estimateYears) => {
    expect(checkYears({ budgetYear: 2021, estimateYears })).toEqual([
      expect.objectContaining({ code: "estimateYearsInvalid", found: estimateYears }),
    ]);
  });
});
