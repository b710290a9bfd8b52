import {
  EXACT_INTEGER_LIMIT,
  POWERS_OF_TEN,
  Rational,
  add,
  decimalsOf,
  divide,
  multiply,
  rationalOf,
  subtract,
  toNumber,
} from "./exactDecimal";
import { InputError, checkAmountAt, checkResult } from "./inputError";

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
 * Computed exactly in the decimals the cells show and rounded once; the two add up to the
 * change at Excel's 15 significant digits (see priceThatAddsUp), and neither depends on
 * which period is "first". A result beyond 1E15 (e.g. from a tiny number of citizens) is
 * an error naming the citizens, never ±Infinity.
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
    const split =
      scaledSplit(expenditure[period - 1], expenditure[period], citizens[period - 1], citizens[period]) ??
      exactSplit(expenditure[period - 1], expenditure[period], citizens[period - 1], citizens[period]);
    // The fewer citizens, the dearer each one: that period's count is where a result too large comes from.
    const blamed = citizens[period] < citizens[period - 1] ? period + 1 : period;
    const location = { argument: "citizens", column: blamed };
    const volumeEffect = checkResult(split.volume, location) + 0;
    const change = expenditure[period] - expenditure[period - 1];
    result.volume[period - 1] = volumeEffect;
    result.price[period - 1] = checkResult(priceThatAddsUp(volumeEffect, split.price, change), location) + 0;
  }
  return result;
}

/** One change split with exact fractions, each effect rounded once. */
function exactSplit(e0: number, e1: number, n0: number, n1: number): { volume: number; price: number } {
  const [before, after] = [rationalOf(e0), rationalOf(e1)];
  const [helpedBefore, helpedAfter] = [rationalOf(n0), rationalOf(n1)];
  const averagePrice = divide(add(divide(before, helpedBefore), divide(after, helpedAfter)), TWO);
  const volume = multiply(subtract(helpedAfter, helpedBefore), averagePrice);
  // The price effect is what the volume effect leaves of the change: equal to the formula exactly.
  const price = subtract(subtract(after, before), volume);
  return { volume: toNumber(volume), price: toNumber(price) };
}

/**
 * exactSplit with amounts of few decimals, as integers E and N scaled by powers of ten:
 * volume = (N1 − N0)(E0·N1 + E1·N0) / (2·N0·N1·10^K) and price = the change − volume over
 * the same denominator, each one division of integers below 2^53 (so rounded once).
 * Undefined when a number has too many decimals or an integer would reach 2^53.
 */
function scaledSplit(
  e0: number,
  e1: number,
  n0: number,
  n1: number,
): { volume: number; price: number } | undefined {
  const [k0, k1, l0, l1] = [decimalsOf(e0), decimalsOf(e1), decimalsOf(n0), decimalsOf(n1)];
  if (k0 < 0 || k1 < 0 || l0 < 0 || l1 < 0) return undefined;
  const [k, l] = [Math.max(k0, k1), Math.max(l0, l1)];
  const [scaleE, scaleN] = [POWERS_OF_TEN[k], POWERS_OF_TEN[l]];
  const [E0, E1] = [Math.round(e0 * scaleE), Math.round(e1 * scaleE)];
  const [N0, N1] = [Math.round(n0 * scaleN), Math.round(n1 * scaleN)];
  const volumeUnits = (N1 - N0) * (E0 * N1 + E1 * N0);
  const changeUnits = (E1 - E0) * 2 * N0 * N1;
  const priceUnits = changeUnits - volumeUnits;
  const denominator = 2 * N0 * N1 * scaleE;
  // Integers: below 2^53 every product and difference above was exact (they only grow).
  const exact = [E0 * N1, E1 * N0, volumeUnits, changeUnits, priceUnits, denominator].every(
    (units) => Math.abs(units) < EXACT_INTEGER_LIMIT,
  );
  return exact ? { volume: volumeUnits / denominator, price: priceUnits / denominator } : undefined;
}

/**
 * The price effect as the exact value rounded once, unless the two rounded effects would
 * then not add up to the change as Excel computes it (`=C2-B2`) at the 15 significant
 * digits Excel's `=` compares: then the double nearest to it for which they do, exactly if
 * one does (it differs from the exact price effect only in the last binary digits). Where
 * the effects are far larger than the expenditure itself (the number of citizens
 * multiplied many times over) no double may add up, and the exact value rounded once is kept.
 */
function priceThatAddsUp(volume: number, price: number, change: number): number {
  // Equal sums are the usual case, and cheaper to see than 15 digits compared.
  if (volume + price === change || equalAt15Digits(volume + price, change)) return price;
  const rest = change - volume;
  const candidates = [rest, nextUp(rest), nextDown(rest), nextUp(nextUp(rest)), nextDown(nextDown(rest))];
  return (
    candidates.find((candidate) => volume + candidate === change) ??
    candidates.find((candidate) => equalAt15Digits(volume + candidate, change)) ??
    price
  );
}

/** Whether Excel's `=` calls two numbers equal: the same to 15 significant digits. */
export function equalAt15Digits(a: number, b: number): boolean {
  return a === b || Number(a.toPrecision(15)) === Number(b.toPrecision(15));
}

const BITS = new BigInt64Array(1);
const DOUBLE = new Float64Array(BITS.buffer);

/** The next double above `value`. */
function nextUp(value: number): number {
  if (value === 0) return Number.MIN_VALUE;
  DOUBLE[0] = value;
  BITS[0] += value > 0 ? 1n : -1n;
  return DOUBLE[0];
}

/** The next double below `value`. */
function nextDown(value: number): number {
  return -nextUp(-value);
}

const TWO: Rational = { n: 2n, d: 1n };
