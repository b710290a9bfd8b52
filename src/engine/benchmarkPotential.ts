import {
  Rational,
  add,
  maximum,
  multiply,
  RATIONAL_ZERO,
  rationalOf,
  subtract,
  toNumber,
} from "./exactDecimal";
import { InputError, checkAmount, checkAmountAt, checkResult } from "./inputError";

/** A benchmark of fewer comparable municipalities than this is no benchmark. */
export const MIN_PEERS = 3;

/** The quantile of the peers the own unit cost is held against when none is given: the median. */
export const DEFAULT_QUANTILE = 0.5;

/**
 * Excel's PERCENTILE.INC (and so MEDIAN at 0.5) of values sorted ascending: the value at
 * position (n − 1) · quantile, interpolated linearly between its neighbours.
 */
export function calculatePercentile(sorted: ArrayLike<number>, quantile: number): number {
  return toNumber(exactPercentile(sorted, quantile));
}

/** calculatePercentile, exact in the decimals the cells show. */
export function exactPercentile(sorted: ArrayLike<number>, quantile: number): Rational {
  const share = rationalOf(quantile);
  const position = { n: BigInt(sorted.length - 1) * share.n, d: share.d };
  const below = position.n / position.d;
  const fraction = { n: position.n - below * position.d, d: position.d };
  const low = rationalOf(sorted[Number(below)]);
  if (fraction.n === 0n) return low;
  return add(low, multiply(fraction, subtract(rationalOf(sorted[Number(below) + 1]), low)));
}

/**
 * What the own volume would cost less if the own unit cost fell to the chosen quantile of
 * the comparable municipalities' unit costs: max(0, (own − quantile) × volume), exact in the decimals the cells show and rounded once. Blank
 * peers (`null`) and peers of 0 are left out: desktop Excel passes an empty cell as 0, and
 * no municipality delivers a service for nothing.
 */
export function calculateBenchmarkPotential(
  ownUnitCost: number,
  peerUnitCosts: ReadonlyArray<number | null>,
  volume: number,
  quantile: number = DEFAULT_QUANTILE,
): number {
  const own = checkNotNegative(ownUnitCost, { argument: "ownUnitCost" });
  const units = checkNotNegative(volume, { argument: "volume" });
  const quantileLocation = { argument: "quantile" };
  if (!(checkAmount(quantile, quantileLocation) >= 0 && quantile <= 1)) {
    throw new InputError("invalidValue", quantileLocation, {
      code: "notInRange",
      min: 0,
      max: 1,
      wholeNumber: false,
    });
  }
  const peers: number[] = [];
  for (let index = 0; index < peerUnitCosts.length; index++) {
    const cost = peerUnitCosts[index];
    if (cost === null || cost === 0) continue;
    if (checkAmountAt(cost, "peerUnitCosts", index + 1) < 0) {
      throw new InputError(
        "invalidValue",
        { argument: "peerUnitCosts", column: index + 1 },
        { code: "negative" },
      );
    }
    peers.push(cost);
  }
  if (peers.length < MIN_PEERS) {
    throw new InputError(
      "notAvailable",
      { argument: "peerUnitCosts" },
      { code: "tooFewValues", minimum: MIN_PEERS, found: peers.length },
    );
  }
  const benchmark = exactPercentile(
    peers.sort((a, b) => a - b),
    quantile,
  );
  const potential = maximum(RATIONAL_ZERO, multiply(subtract(rationalOf(own), benchmark), rationalOf(units)));
  // Too large a product is the fault of the larger factor: a huge unit cost, not a volume of 1.314.
  const blamed = Math.abs(own) >= Math.abs(units) ? "ownUnitCost" : "volume";
  return checkResult(toNumber(potential), { argument: blamed }) + 0;
}

function checkNotNegative(value: number, location: { argument: string; column?: number }): number {
  if (checkAmount(value, location) < 0) throw new InputError("invalidValue", location, { code: "negative" });
  return value;
}
