import fc from "fast-check";
import { calculateBenchmarkPotential } from "../../src/engine/benchmarkPotential";
import { calculateHeadroomFromBlock } from "../../src/engine/headroom";
import { InputError } from "../../src/engine/inputError";
import { calculateLiquidityAverage, checkLiquidity, toLiquidityLedger } from "../../src/engine/liquidity";
import { calculatePriceVolume } from "../../src/engine/priceVolume";
import { checkStrategy, headroomAndCashStrategy } from "../../src/engine/strategy";
import { calculateYearEndForecast } from "../../src/engine/yearEndForecast";
import { amountIn, exactlyOnTotal, smallDecimal, type Unit } from "../support/exactArbitraries";
import { Fraction, equalAt15Digits } from "../support/fraction";
import {
  referenceBenchmarkPotential,
  referenceHeadroom,
  referenceLiquidityAverage,
  referenceLiquidityCheck,
  referencePriceVolume,
  referenceStrategyStatus,
  referenceYearEnd,
} from "../support/referenceBar";

const unit = fc.constantFrom<Unit>("kr", "thousands");
/** The strategy's thresholds in mio. kr., 1.000 kr. and kr. */
const SCALES = { kr: 1_000_000, thousands: 1_000 } as const;

describe("headroom and the strategy against the exact reference", () => {
  // Budget lines built to total exactly −70 or −100 (a headroom on a threshold) in the unit.
  const onThreshold = fc
    .tuple(unit, fc.constantFrom(70, 100), fc.integer({ min: 1, max: 4 }))
    .chain(([money, threshold, years]) =>
      fc
        .array(
          fc.oneof(
            exactlyOnTotal(-threshold, money, 5),
            exactlyOnTotal(-threshold * SCALES[money], money, 5),
            exactlyOnTotal(-threshold - 0.01, money, 5),
          ),
          { minLength: years, maxLength: years },
        )
        .map((columns) => {
          const depth = Math.max(...columns.map((column) => column.length));
          return Array.from({ length: depth }, (_, line) => columns.map((column) => column[line] ?? 0));
        }),
    );

  it("gives each year's headroom as the exact sum rounded once", () => {
    fc.assert(
      fc.property(onThreshold, (lines) => {
        const headroom = calculateHeadroomFromBlock(lines.flat(), lines[0].length);
        expect(headroom).toEqual(referenceHeadroom(lines).map((value) => value.toNumber() + 0));
      }),
      { numRuns: 300 },
    );
  });

  it("gives the status the exact headroom has, on the thresholds too", () => {
    fc.assert(
      fc.property(onThreshold, fc.constantFrom(99.99, 100, 100.01, 160), (lines, cash) => {
        const headroom = calculateHeadroomFromBlock(lines.flat(), lines[0].length);
        const checks = checkStrategy({ headroom, cash: headroom.map(() => cash) }, headroomAndCashStrategy());
        const exact = referenceHeadroom(lines);
        checks.forEach((check, year) => {
          const status =
            exact[year].cmp(Fraction.of(headroom[year])) === 0
              ? referenceStrategyStatus(headroom[year], cash)
              : "?";
          expect(check.status).toBe(status);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("meets thresholds with decimals exactly, given or defaulted", () => {
    const threshold = fc.integer({ min: 0, max: 20_000 }).map((units) => units / 100);
    fc.assert(
      fc.property(
        threshold,
        fc.option(threshold, { nil: undefined }),
        smallDecimal,
        (minimum, optimum, offset) => {
          const optimal = optimum === undefined ? undefined : Math.max(optimum, minimum);
          const strategy = headroomAndCashStrategy(minimum, optimal, 100);
          const values = [minimum, optimal ?? 100, Number((minimum + offset / 100).toFixed(4))];
          const [check] = checkStrategy({ headroom: [values[2]], cash: [100] }, strategy);
          expect(check.status).toBe(
            referenceStrategyStatus(values[2], 100, minimum, optimal ?? Math.max(100, minimum)),
          );
        },
      ),
    );
  });
});

describe("liquidity against a day-by-day exact reference", () => {
  const ledgers = fc
    .tuple(unit, amountIn("thousands", 1000))
    .chain(([money, floor]) =>
      fc.record({
        floor: fc.constant(floor),
        rows: fc.array(
          fc.record({
            gap: fc.integer({ min: 0, max: 60 }),
            // Mostly exactly at the floor, so averages land on it; sometimes anything.
            balance: fc.oneof(
              { weight: 3, arbitrary: fc.constant(floor) },
              { weight: 1, arbitrary: amountIn(money, 10_000) },
            ),
          }),
          { minLength: 1, maxLength: 16 },
        ),
      }),
    )
    .map(({ floor, rows }) => {
      const days: number[] = [];
      let day = 45_000;
      for (const row of rows) {
        day += days.length === 0 ? 0 : row.gap + 1;
        days.push(day);
      }
      // A year of the floor first, so most rows are covered.
      return { floor, days: [44_600, ...days], balances: [floor, ...rows.map((row) => row.balance)] };
    });

  it("gives every row the status the exact day-by-day averages give", () => {
    fc.assert(
      fc.property(ledgers, ({ days, balances, floor }) => {
        const checked = checkLiquidity(toLiquidityLedger(days, balances), floor).map((status) =>
          status instanceof InputError ? "#N/A" : status,
        );
        expect(checked).toEqual(referenceLiquidityCheck(days, balances, floor));
      }),
      { numRuns: 150 },
    );
  });

  it("gives the exact average rounded once", () => {
    fc.assert(
      fc.property(ledgers, fc.integer({ min: 0, max: 400 }), ({ days, balances }, after) => {
        const asOf = days[0] + 364 + after;
        const exact = referenceLiquidityAverage(days, balances, asOf) as Fraction;
        expect(calculateLiquidityAverage(toLiquidityLedger(days, balances), asOf)).toBe(exact.toNumber() + 0);
      }),
      { numRuns: 150 },
    );
  });
});

describe("price and volume against the exact reference", () => {
  const period = fc.tuple(amountIn("thousands", 100_000), fc.integer({ min: 1, max: 20_000 }));
  it("gives the exact volume effect rounded once, and a price effect that adds up to the change", () => {
    fc.assert(
      fc.property(period, period, ([e0, n0], [e1, n1]) => {
        const { volume, price } = calculatePriceVolume([e0, e1], [n0, n1]);
        const exact = referencePriceVolume([e0, e1], [n0, n1]);
        expect(volume[0]).toBe(exact.volume.toNumber() + 0);
        // The price may move off its exact value only by what the sheet's own =C2-B2 is off
        // the exact change, plus a few units in the last place, so that the two add up.
        const gap = Fraction.ofDouble(price[0]).minus(exact.price).abs();
        const changeError = Fraction.ofDouble(e1 - e0)
          .minus(Fraction.of(e1).minus(Fraction.of(e0)))
          .abs();
        const ulps = Math.max(Math.abs(price[0]), Math.abs(volume[0])) * Number.EPSILON * 4;
        expect(gap.cmp(changeError.plus(Fraction.of(ulps)))).toBeLessThanOrEqual(0);
        // Doubles add up to the change at 15 digits unless the two effects nearly cancel: with
        // effects many times the change (fewer citizens each helped at a much higher cost, e.g.
        // 18,004 → 10,087 citizens for 94,450.6 → 99,985.6), the last digit can differ.
        const largest = Math.max(Math.abs(volume[0]), Math.abs(price[0]));
        if (largest <= 4 * Math.abs(e1 - e0)) {
          expect(equalAt15Digits(volume[0] + price[0], e1 - e0)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe("the year-end forecast against the exact reference", () => {
  // 11 shares with up to 4 decimals and a 12th that brings the sum to, or just past, the tolerance.
  const profile = fc
    .tuple(
      fc.array(fc.integer({ min: 500, max: 1000 }), { minLength: 11, maxLength: 11 }),
      fc.constantFrom(10_000, 9_950, 10_050, 9_949, 10_051),
    )
    .map(([shares, total]) =>
      [...shares, total - shares.reduce((sum, each) => sum + each, 0)].map((each) => each / 10_000),
    )
    .filter((shares) => shares[11] >= 0);

  it("forecasts, deviates and accepts the profile exactly as the reference", () => {
    fc.assert(
      fc.property(
        amountIn("thousands", 100_000),
        fc.integer({ min: 1, max: 12 }),
        amountIn("thousands", 100_000),
        fc.option(profile, { nil: undefined }),
        (spent, months, budget, shares) => {
          const reference = referenceYearEnd(spent, months, budget, shares);
          if (reference === null) {
            expect(() => calculateYearEndForecast([spent], months, [budget], shares)).toThrow(InputError);
            return;
          }
          const { forecast, deviation } = calculateYearEndForecast([spent], months, [budget], shares);
          expect([forecast[0], deviation[0]]).toEqual([
            reference.forecast.toNumber() + 0,
            reference.deviation.toNumber() + 0,
          ]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("deviates by exactly 0 when spending is on budget", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.integer({ min: 1, max: 12 }),
        (cents, months) => {
          // A budget of 12 × cents øre, of which months × cents øre are spent: exactly on track.
          const budget = (12 * cents) / 100;
          const spent = (months * cents) / 100;
          expect(calculateYearEndForecast([spent], months, [budget]).deviation).toEqual([0]);
        },
      ),
    );
  });
});

describe("the benchmark potential against the exact reference", () => {
  it("gives the exact potential rounded once, 0 exactly at the benchmark", () => {
    const peers = fc.array(
      amountIn("thousands", 100_000)
        .map(Math.abs)
        .filter((peer) => peer > 0),
      { minLength: 3, maxLength: 9 },
    );
    const quantile = fc.constantFrom(0, 0.1, 0.25, 0.33, 0.5, 0.75, 1);
    fc.assert(
      fc.property(
        peers,
        quantile,
        fc.nat({ max: 8 }),
        amountIn("thousands", 10_000).map(Math.abs),
        (costs, share, pick, volume) => {
          // The own unit cost is one of the peers, so it often lands exactly on the benchmark.
          const own = costs[pick % costs.length];
          const potential = calculateBenchmarkPotential(own, costs, volume, share);
          expect(potential).toBe(referenceBenchmarkPotential(own, costs, volume, share).toNumber() + 0);
        },
      ),
      { numRuns: 500 },
    );
  });
});
