import { InputError, checkAmount, checkAmountAt } from "./inputError";

/** A benchmark of fewer comparable municipalities than this is no benchmark. */
export const MIN_PEERS = 3;

/** The quantile of the peers the own unit cost is held against when none is given: the median. */
export const DEFAULT_QUANTILE = 0.5;

/**
 * Excel's PERCENTILE.INC (and so MEDIAN at 0.5) of values sorted ascending: the value at
 * position (n − 1) · quantile, interpolated linearly between its neighbours.
 */
export function calculatePercentile(sorted: ArrayLike<number>, quantile: number): number {
  const position = (sorted.length - 1) * quantile;
  const below = Math.floor(position);
  const fraction = position - below;
  if (fraction === 0) return sorted[below];
  return sorted[below] + fraction * (sorted[below + 1] - sorted[below]);
}

/**
 * What the own volume would cost less if the own unit cost fell to the chosen quantile of
 * the comparable municipalities' unit costs: max(0, (own − quantile) × volume). Blank
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
  const benchmark = calculatePercentile(
    peers.sort((a, b) => a - b),
    quantile,
  );
  const potential = Math.max(0, (own - benchmark) * units) + 0;
  return checkAmount(potential, { argument: "volume" });
}

function checkNotNegative(value: number, location: { argument: string; column?: number }): number {
  if (checkAmount(value, location) < 0) throw new InputError("invalidValue", location, { code: "negative" });
  return value;
}
