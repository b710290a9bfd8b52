import { InputError, checkAmountAt } from "./inputError";

/** The change in expenditure from each period to the next, split in two; volume + price = the change. */
export type PriceVolume = {
  /** The part due to more (or fewer) citizens, at the average price of the two periods. */
  volume: number[];
  /** The part due to dearer (or cheaper) help per citizen, at the average number of citizens. */
  price: number[];
};

/** The results BAR.PRICEVOLUME can return, by its `part` choice ("both" first, the default). */
export const PRICE_VOLUME_PARTS = {
  both: ["volume", "price"],
  volume: ["volume"],
  price: ["price"],
} as const;

/**
 * Splits the growth of expenditure between consecutive periods by the symmetric midpoint
 * rule, with p = expenditure / citizens:
 *   volume = (n1 − n0) · (p0 + p1) / 2,   price = (p1 − p0) · (n0 + n1) / 2.
 * The two add up to the change exactly, and neither depends on which period is "first".
 */
export function calculatePriceVolume(
  expenditure: ArrayLike<number>,
  citizens: ArrayLike<number>,
): PriceVolume {
  const periods = expenditure.length;
  if (periods < 2) {
    throw new InputError(
      "invalidValue",
      { argument: "expenditure" },
      { code: "tooFewValues", minimum: 2, found: periods },
    );
  }
  if (citizens.length !== periods) {
    throw new InputError(
      "invalidValue",
      { argument: "citizens" },
      { code: "wrongCount", expected: periods, found: citizens.length, other: "expenditure" },
    );
  }
  for (let period = 0; period < periods; period++) {
    checkAmountAt(expenditure[period], "expenditure", period + 1);
    if (!(checkAmountAt(citizens[period], "citizens", period + 1) > 0)) {
      throw new InputError(
        "invalidValue",
        { argument: "citizens", column: period + 1 },
        { code: "notPositive" },
      );
    }
  }
  const result: PriceVolume = {
    volume: new Array<number>(periods - 1),
    price: new Array<number>(periods - 1),
  };
  for (let period = 1; period < periods; period++) {
    const before = expenditure[period - 1];
    const after = expenditure[period];
    const averagePrice = (before / citizens[period - 1] + after / citizens[period]) / 2;
    const volume = (citizens[period] - citizens[period - 1]) * averagePrice;
    // The price effect is what the volume effect leaves of the change: equal to the formula
    // in exact arithmetic, and in floating point the two effects then add up to the change.
    const price = after - before - volume;
    result.volume[period - 1] = volume + 0;
    result.price[period - 1] = price + 0;
  }
  return result;
}
