import fc from "fast-check";
import { equalAt15Digits } from "../support/fraction";
import { calculatePriceVolume } from "../../src/engine/priceVolume";
import { thrownBy } from "../support/thrownBy";

describe("calculatePriceVolume", () => {
  it("splits the growth of seed 003 (359 → 396 mio. kr., 1,200 → 1,260 citizens)", () => {
    // p0 = 359/1200 = 0.29917, p1 = 396/1260 = 11/35 = 0.31429; p0 + p1 = 5153/8400.
    // volume = (1260 − 1200) · (p0 + p1)/2 = 60 · 5153/16800 = 5153/280 = 18.4036
    // price  = (p1 − p0) · (1200 + 1260)/2 = (11/35 − 359/1200) · 1230 = 5207/280 = 18.5964
    // volume + price = 10360/280 = 37 = 396 − 359.
    const { volume, price } = calculatePriceVolume([359, 396], [1200, 1260]);
    expect(volume[0]).toBeCloseTo(5153 / 280, 12);
    expect(price[0]).toBeCloseTo(5207 / 280, 12);
    expect(volume[0] + price[0]).toBe(37);
  });

  it("gives one split per change for a monthly series", () => {
    // Jan → Feb: same price 0.3 per citizen, 10 more citizens: volume 3, price 0.
    // Feb → Mar: same 110 citizens, price 0.3 → 0.35: volume 0, price 5.5.
    const { volume, price } = calculatePriceVolume([30, 33, 38.5], [100, 110, 110]);
    expect(volume.map((x) => +x.toFixed(12))).toEqual([3, 0]);
    expect(price.map((x) => +x.toFixed(12))).toEqual([0, 5.5]);
  });

  it("splits a fall in expenditure into negative effects", () => {
    const { volume, price } = calculatePriceVolume([396, 359], [1260, 1200]);
    expect(volume[0]).toBeCloseTo(-5153 / 280, 12);
    expect(price[0]).toBeCloseTo(-5207 / 280, 12);
  });

  it("gives nothing to split when nothing changed", () => {
    expect(calculatePriceVolume([100, 100], [50, 50])).toEqual({ volume: [0], price: [0] });
  });

  it("rejects 0 citizens: there is no price per citizen", () => {
    const error = thrownBy(() => calculatePriceVolume([359, 396], [1200, 0]));
    expect(error.location).toEqual({ argument: "citizens", column: 2 });
    expect(error.problem).toEqual({ code: "notPositive" });
  });

  it("rejects a negative number of citizens", () => {
    expect(thrownBy(() => calculatePriceVolume([1, 2], [-5, 5])).problem.code).toBe("notPositive");
  });

  it("needs at least two periods", () => {
    expect(thrownBy(() => calculatePriceVolume([359], [1200])).problem).toEqual({
      code: "tooFewValues",
      minimum: 2,
      found: 1,
    });
  });

  it("needs as many citizen counts as expenditures", () => {
    const error = thrownBy(() => calculatePriceVolume([359, 396, 400], [1200, 1260]));
    expect(error.problem).toEqual({ code: "wrongCount", expected: 3, found: 2, other: "expenditure" });
  });
});

describe("price/volume properties", () => {
  const period = fc.record({
    expenditure: fc.double({ min: -1e9, max: 1e9, noNaN: true }),
    // Up to 100,000 citizens keeps every effect within the 1E15 limit for results.
    citizens: fc.double({ min: 0.5, max: 1e5, noNaN: true }),
  });
  const split = (rows: { expenditure: number; citizens: number }[]) =>
    calculatePriceVolume(
      rows.map((row) => row.expenditure),
      rows.map((row) => row.citizens),
    );

  it("adds up to the change in expenditure at Excel's 15 significant digits", () => {
    // Citizens at most doubling or halving keep the effects no larger than the expenditure.
    const moderate = fc
      .tuple(
        period,
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
      )
      .map(([first, ratio, expenditure]) => [first, { expenditure, citizens: first.citizens * ratio }]);
    fc.assert(
      fc.property(moderate, (rows) => {
        const { volume, price } = split(rows);
        volume.forEach((v, i) => {
          const change = rows[i + 1].expenditure - rows[i].expenditure;
          expect(equalAt15Digits(v + price[i], change)).toBe(true);
        });
      }),
    );
  });

  it("only flips signs when the two periods are swapped", () => {
    fc.assert(
      fc.property(period, period, (a, b) => {
        const forward = split([a, b]);
        const backward = split([b, a]);
        expect(backward.volume[0]).toBe(-forward.volume[0] + 0);
        expect(backward.price[0]).toBe(-forward.price[0] + 0);
      }),
    );
  });

  it("agrees with the textbook price formula (p1 − p0) · (n0 + n1) / 2", () => {
    fc.assert(
      fc.property(period, period, (a, b) => {
        const [p0, p1] = [a.expenditure / a.citizens, b.expenditure / b.citizens];
        const formula = ((p1 - p0) * (a.citizens + b.citizens)) / 2;
        const scale = Math.max(1, Math.abs(a.expenditure), Math.abs(b.expenditure));
        expect(Math.abs(split([a, b]).price[0] - formula)).toBeLessThanOrEqual(1e-9 * scale);
      }),
    );
  });

  it("puts the whole change on volume when the price per citizen stays", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e4, noNaN: true }),
        fc.integer({ min: 1, max: 1e5 }),
        fc.integer({ min: 1, max: 1e5 }),
        (unitPrice, n0, n1) => {
          const { price } = calculatePriceVolume([unitPrice * n0, unitPrice * n1], [n0, n1]);
          expect(Math.abs(price[0])).toBeLessThanOrEqual(1e-9 * unitPrice * Math.max(n0, n1));
        },
      ),
    );
  });
});
