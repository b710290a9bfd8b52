import { InputError, checkAmount } from "./inputError";

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
  const spent = Array.from(expenditure, (amount, period) =>
    checkAmount(amount, { argument: "expenditure", column: period + 1 }),
  );
  const helped = Array.from(citizens, (count, period) => {
    const location = { argument: "citizens", column: period + 1 };
    if (checkAmount(count, location) <= 0)
      throw new InputError("invalidValue", location, { code: "notPositive" });
    return count;
  });
  const result: PriceVolume = { volume: [], price: [] };
  for (let period = 1; period < periods; period++) {
    const [before, after] = [spent[period - 1], spent[period]];
    const [citizensBefore, citizensAfter] = [helped[period - 1], helped[period]];
    const averagePrice = (before / citizensBefore + after / citizensAfter) / 2;
    const volume = (citizensAfter - citizensBefore) * averagePrice;
    // The price effect is what the volume effect leaves of the change: equal to the formula
    // in exact arithmetic, and in floating point the two effects then add up to the change.
    const price = after - before - volume;
    result.volume.push(volume + 0);
    result.price.push(price + 0);
  }
  return result;
}
