import {
  EXACT_INTEGER_LIMIT,
  POWERS_OF_TEN,
  Rational,
  add,
  decimalsOf,
  maximum,
  multiply,
  RATIONAL_ZERO,
  rationalOf,
  subtract,
  toNumber,
} from "./exactDecimal";
import { InputError, MAX_AMOUNT, amountProblem, checkAmount, checkResult } from "./inputError";

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
 * The comparable municipalities' unit costs as the potential compares with them: the given
 * ones (not blank, not 0), checked and sorted ascending; or the input error they hold,
 * reported only after the other arguments are checked, as calculateBenchmarkPotential does.
 */
export type BenchmarkPeers = { readonly sorted: readonly number[] } | { readonly error: InputError };

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
  return calculateBenchmarkPotentialAgainst(ownUnitCost, toBenchmarkPeers(peerUnitCosts), volume, quantile);
}

/** The peers of calculateBenchmarkPotential, checked and sorted once, so that many potentials can share them. */
export function toBenchmarkPeers(peerUnitCosts: ReadonlyArray<number | null>): BenchmarkPeers {
  const peers: number[] = [];
  for (let index = 0; index < peerUnitCosts.length; index++) {
    const cost = peerUnitCosts[index];
    if (cost === null || cost === 0) continue;
    if (cost > 0 && cost <= MAX_AMOUNT) {
      peers.push(cost);
      continue;
    }
    const location = { argument: "peerUnitCosts", column: index + 1 };
    const problem = amountProblem(cost) ?? ({ code: "negative" } as const);
    return { error: new InputError("invalidValue", location, problem) };
  }
  if (peers.length < MIN_PEERS) {
    const problem = { code: "tooFewValues", minimum: MIN_PEERS, found: peers.length } as const;
    return { error: new InputError("notAvailable", { argument: "peerUnitCosts" }, problem) };
  }
  return { sorted: peers.sort((a, b) => a - b) };
}

/** calculateBenchmarkPotential against peers from toBenchmarkPeers. */
export function calculateBenchmarkPotentialAgainst(
  ownUnitCost: number,
  peers: BenchmarkPeers,
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
  if ("error" in peers) throw peers.error;
  const { sorted } = peers;
  // Too large a product is the fault of the larger factor: a huge unit cost, not a volume of 1.314.
  const blamed = Math.abs(own) >= Math.abs(units) ? "ownUnitCost" : "volume";
  const fast = scaledPotential(own, sorted, units, quantile);
  if (fast !== undefined) return checkResult(fast, { argument: blamed }) + 0;
  const benchmark = exactPercentile(sorted, quantile);
  const potential = maximum(RATIONAL_ZERO, multiply(subtract(rationalOf(own), benchmark), rationalOf(units)));
  return checkResult(toNumber(potential), { argument: blamed }) + 0;
}

/**
 * The potential for amounts of few decimals, as integers scaled by powers of ten: with the
 * position (n − 1)·quantile = below + p/q, the benchmark is (L·q + p·(H − L)) / q and the
 * potential max(0, O·q − that·q)·V / (q·10^k·10^j), one division of integers below 2^53.
 * Undefined when that does not hold; the caller then uses fractions.
 */
function scaledPotential(
  own: number,
  sorted: readonly number[],
  units: number,
  quantile: number,
): number | undefined {
  const quantileDecimals = decimalsOf(quantile);
  if (quantileDecimals < 0) return undefined;
  const q = POWERS_OF_TEN[quantileDecimals];
  const position = (sorted.length - 1) * Math.round(quantile * q);
  const below = Math.floor(position / q);
  const p = position - below * q;
  const low = sorted[below];
  const high = p === 0 ? low : sorted[below + 1];
  const [k, j] = [Math.max(decimalsOf(own), decimalsOf(low), decimalsOf(high)), decimalsOf(units)];
  if (k < 0 || j < 0 || decimalsOf(own) < 0 || decimalsOf(low) < 0 || decimalsOf(high) < 0) return undefined;
  const [scale, volumeScale] = [POWERS_OF_TEN[k], POWERS_OF_TEN[j]];
  const [O, L, H, V] = [
    Math.round(own * scale),
    Math.round(low * scale),
    Math.round(high * scale),
    Math.round(units * volumeScale),
  ];
  const above = O * q - (L * q + p * (H - L));
  const numerator = Math.max(0, above) * V;
  const denominator = q * scale * volumeScale;
  // Integers: below 2^53 every product and sum above was exact (their size only grows).
  const exact = [O * q, L * q, p * (H - L), above, numerator, denominator].every(
    (value) => Math.abs(value) < EXACT_INTEGER_LIMIT,
  );
  return exact ? numerator / denominator : undefined;
}

function checkNotNegative(value: number, location: { argument: string; column?: number }): number {
  if (checkAmount(value, location) < 0) throw new InputError("invalidValue", location, { code: "negative" });
  return value;
}
