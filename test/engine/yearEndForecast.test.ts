import fc from "fast-check";
import { Fraction } from "../support/fraction";
import { InputError } from "../../src/engine/inputError";
import { calculateShareToDate, calculateYearEndForecast } from "../../src/engine/yearEndForecast";
import { thrownBy } from "../support/thrownBy";

/** A year with a heavy December: 8 % in each of January–November, 12 % in December. */
const DECEMBER_HEAVY = [...Array<number>(11).fill(0.08), 0.12];

describe("calculateYearEndForecast", () => {
  it("extrapolates evenly without a profile", () => {
    // 600 after 6 months: 600 / (6/12) = 1,200; against a budget of 1,300: −100 (underspending).
    expect(calculateYearEndForecast([600], 6, [1300])).toEqual({ forecast: [1200], deviation: [-100] });
  });

  it("follows a seasonal profile", () => {
    // 6 × 8 % = 48 % is expected by June: 480 / 0.48 = 1,000; against 950: +50 (overspending).
    const { forecast, deviation } = calculateYearEndForecast([480], 6, [950], DECEMBER_HEAVY);
    expect(forecast[0]).toBeCloseTo(1000, 9);
    expect(deviation[0]).toBeCloseTo(50, 9);
  });

  it("forecasts each account of a column on its own", () => {
    expect(calculateYearEndForecast([300, 600], 6, [700, 1100])).toEqual({
      forecast: [600, 1200],
      deviation: [-100, 100],
    });
  });

  it("forecasts an income account (negative) the same way", () => {
    // −450 after 9 months: −450 / 0.75 = −600; budget −500: −100, i.e. 100 more income than planned.
    expect(calculateYearEndForecast([-450], 9, [-500])).toEqual({ forecast: [-600], deviation: [-100] });
  });

  it("forecasts what was spent once the year is over", () => {
    expect(calculateYearEndForecast([1234.56], 12).forecast).toEqual([1234.56]);
  });

  it("gives the deviation as #N/A when there is no budget", () => {
    const [deviation] = calculateYearEndForecast([600], 6).deviation;
    expect(deviation).toBeInstanceOf(InputError);
    expect((deviation as InputError).kind).toBe("notAvailable");
    expect((deviation as InputError).location.argument).toBe("budget");
  });

  it("needs a budget for every account", () => {
    const error = thrownBy(() => calculateYearEndForecast([300, 600], 6, [700]));
    expect(error.problem).toEqual({ code: "wrongCount", expected: 2, found: 1, other: "spentToDate" });
  });

  it("rejects a forecast beyond Excel's precision", () => {
    expect(thrownBy(() => calculateYearEndForecast([9e14], 1)).problem.code).toBe("resultTooLarge");
  });
});

describe("calculateShareToDate", () => {
  it("is months/12 without a profile", () => {
    expect(calculateShareToDate(3)).toBe(0.25);
  });

  it("accepts shares rounded for display (12 × 8.3 % = 99.6 %) relative to their sum", () => {
    expect(calculateShareToDate(6, Array<number>(12).fill(0.083))).toBeCloseTo(0.5, 12);
    expect(calculateShareToDate(12, Array<number>(12).fill(0.083))).toBe(1);
  });

  it.each([0, 13, 6.5, -1])("rejects %p months", (months) => {
    expect(thrownBy(() => calculateShareToDate(months)).problem).toEqual({
      code: "notInRange",
      min: 1,
      max: 12,
      wholeNumber: true,
    });
  });

  it("rejects a profile that sums to more than 100.5 %", () => {
    const error = thrownBy(() => calculateShareToDate(6, [...Array<number>(11).fill(0.08), 0.126]));
    expect(error.problem).toMatchObject({ code: "profileSum", tolerance: 0.005 });
    expect(error.problem.code === "profileSum" && error.problem.sum).toBeCloseTo(1.006, 12);
  });

  it("rejects percentages typed as whole numbers (8.33 instead of 8.33 %)", () => {
    expect(thrownBy(() => calculateShareToDate(6, Array<number>(12).fill(8.33))).problem.code).toBe(
      "profileSum",
    );
  });

  it("accepts a profile 0.4 % off", () => {
    expect(calculateShareToDate(12, [...Array<number>(11).fill(0.08), 0.124])).toBe(1);
  });

  it("rejects a profile without 12 months", () => {
    expect(thrownBy(() => calculateShareToDate(6, Array<number>(11).fill(1 / 11))).problem).toEqual({
      code: "wrongCount",
      expected: 12,
      found: 11,
    });
  });

  it("rejects a negative share, naming the month", () => {
    const profile = [-0.1, 0.2, ...Array<number>(10).fill(0.09)];
    expect(thrownBy(() => calculateShareToDate(6, profile)).location).toEqual({
      argument: "profile",
      column: 1,
    });
  });

  it("cannot extrapolate when nothing was expected by now", () => {
    const profile = [0, 0, 0, ...Array<number>(9).fill(1 / 9)];
    expect(thrownBy(() => calculateShareToDate(3, profile)).problem).toEqual({
      code: "nothingElapsed",
      months: 3,
    });
  });
});

describe("year-end forecast properties", () => {
  const profiles = fc
    .array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 12, maxLength: 12 })
    .map((weights) => {
      const total = weights.reduce((sum, weight) => sum + weight, 0);
      return weights.map((weight) => weight / total);
    });
  const amounts = fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 10 });
  const months = fc.integer({ min: 1, max: 12 });

  it("gives back what was spent after 12 months, whatever the profile", () => {
    fc.assert(
      fc.property(amounts, profiles, (spent, profile) => {
        calculateYearEndForecast(spent, 12, undefined, profile).forecast.forEach((forecast, line) =>
          expect(forecast).toBeCloseTo(spent[line], 6),
        );
      }),
    );
  });

  it("expects by now the share of the forecast that was spent", () => {
    fc.assert(
      fc.property(amounts, months, profiles, (spent, elapsed, profile) => {
        const share = calculateShareToDate(elapsed, profile);
        calculateYearEndForecast(spent, elapsed, undefined, profile).forecast.forEach((forecast, line) =>
          expect(Math.abs((forecast as number) * share - spent[line])).toBeLessThanOrEqual(
            1e-9 * Math.max(1, Math.abs(spent[line])),
          ),
        );
      }),
    );
  });

  it("deviates from the budget by the exact forecast − budget, rounded once", () => {
    fc.assert(
      fc.property(amounts, months, (spent, elapsed) => {
        const budget = spent.map((amount) => amount * 1.5);
        const { deviation } = calculateYearEndForecast(spent, elapsed, budget);
        deviation.forEach((value, line) => {
          const exact = Fraction.of(spent[line])
            .times(new Fraction(12n, BigInt(elapsed)))
            .minus(Fraction.of(budget[line]));
          expect(value).toBe(exact.toNumber() + 0);
        });
      }),
    );
  });
});
