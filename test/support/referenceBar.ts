/**
 * The BAR functions as the README defines them, computed with exact fractions
 * (test/support/fraction.ts) from the decimals the cells show. Written from the README
 * alone, for the property tests; results are fractions, rounded only by the test.
 */
import { Fraction, sumOf } from "./fraction";

const ZERO = new Fraction(0n);

/** BAR.CARRYFORWARD with detail: per year effective target, achieved, outstanding, carried. */
export function referenceCarryForward(
  targets: readonly number[],
  lines: readonly (readonly number[])[],
  mode: "release" | "bank" | "none" = "release",
): { effectiveTarget: Fraction[]; achieved: Fraction[]; outstanding: Fraction[]; carried: Fraction[] } {
  const achieved = targets.map((_, year) => sumOf(lines.map((line) => line[year])));
  const nonZero = targets.filter((target) => target !== 0);
  const totalEffect = achieved.reduce((sum, each) => sum.plus(each), ZERO);
  // Reductions are written with the targets' sign; with all targets 0, with the effects' total sign.
  const sign = nonZero.length > 0 ? Math.sign(nonZero[0]) : totalEffect.sign() < 0 ? -1 : 1;
  const toReduction = (value: Fraction) => (sign < 0 ? value.neg() : value);
  const result = {
    effectiveTarget: [] as Fraction[],
    achieved,
    outstanding: [] as Fraction[],
    carried: [] as Fraction[],
  };
  let carry = ZERO;
  targets.forEach((target, year) => {
    const effective = toReduction(Fraction.of(target)).plus(carry);
    const shortfall = effective.minus(toReduction(achieved[year]));
    carry = mode === "none" ? ZERO : mode === "bank" ? shortfall : shortfall.sign() > 0 ? shortfall : ZERO;
    result.effectiveTarget.push(toReduction(effective));
    result.outstanding.push(toReduction(shortfall));
    result.carried.push(toReduction(carry));
  });
  return result;
}

/** BAR.HEADROOM: −(the sum of the lines) per year. */
export function referenceHeadroom(lines: readonly (readonly number[])[]): Fraction[] {
  return lines[0].map((_, year) => sumOf(lines.map((line) => line[year])).neg());
}

/** BAR.STRATEGYCHECK for one year: the worst rule the year breaks. */
export function referenceStrategyStatus(
  headroom: number,
  cash: number,
  minHeadroom = 70,
  optimalHeadroom = Math.max(100, minHeadroom),
  minCash = 100,
): "BREACH" | "BELOW_OPTIMAL" | "OK" {
  const below = (value: number, threshold: number) => Fraction.of(value).cmp(Fraction.of(threshold)) < 0;
  if (below(headroom, minHeadroom) || below(cash, minCash)) return "BREACH";
  return below(headroom, optimalHeadroom) ? "BELOW_OPTIMAL" : "OK";
}

/** The end-of-day balance of every day from the first listed day to `lastDay`, as fractions. */
function dailyBalances(days: readonly number[], balances: readonly number[], lastDay: number): Fraction[] {
  const daily: Fraction[] = [];
  for (let day = days[0], k = 0; day <= lastDay; day++) {
    while (k + 1 < days.length && days[k + 1] <= day) k++;
    daily.push(Fraction.of(balances[k]));
  }
  return daily;
}

/** BAR.LIQUIDITYAVERAGE as of `asOf`, day by day; null when the window is not covered. */
export function referenceLiquidityAverage(
  days: readonly number[],
  balances: readonly number[],
  asOf: number,
): Fraction | null {
  if (asOf - 364 < days[0]) return null;
  const daily = dailyBalances(days, balances, asOf);
  let sum = new Fraction(0n);
  for (let day = asOf - 364; day <= asOf; day++) sum = sum.plus(daily[day - days[0]]);
  return sum.over(new Fraction(365n));
}

/**
 * BAR.LIQUIDITYCHECK row by row (one row per listed day, days increasing): each row for the
 * days from its date to the day before the next (the last row: its own day) that have 365
 * days of balances behind them, every one of those days' averages checked; "#N/A" when it has none.
 */
export function referenceLiquidityCheck(
  days: readonly number[],
  balances: readonly number[],
  floor: number,
): string[] {
  const limit = Fraction.of(floor).times(new Fraction(365n));
  const last = days[days.length - 1];
  const daily = dailyBalances(days, balances, last);
  // prefix[i] = the sum of the first i days' balances, so a window's sum is one difference.
  const prefix = [new Fraction(0n)];
  for (const balance of daily) prefix.push(prefix[prefix.length - 1].plus(balance));
  const windowSum = (day: number) => prefix[day - days[0] + 1].minus(prefix[day - 364 - days[0]]);
  return days.map((day, k) => {
    const end = k + 1 < days.length ? days[k + 1] - 1 : day;
    let averageMeets = true;
    let covered = false;
    for (let each = Math.max(day, days[0] + 364); each <= end; each++) {
      covered = true;
      if (windowSum(each).cmp(limit) < 0) averageMeets = false;
    }
    if (!covered) return "#N/A";
    const balanceMeets = Fraction.of(balances[k]).cmp(Fraction.of(floor)) >= 0;
    if (averageMeets) return balanceMeets ? "OK" : "BALANCE_BELOW_FLOOR";
    return balanceMeets ? "AVERAGE_BELOW_FLOOR" : "BOTH_BELOW_FLOOR";
  });
}

/** BAR.PRICEVOLUME for one change: the midpoint volume and price effects. */
export function referencePriceVolume(
  expenditure: [number, number],
  citizens: [number, number],
): { volume: Fraction; price: Fraction } {
  const [e0, e1] = expenditure.map((value) => Fraction.of(value));
  const [n0, n1] = citizens.map((value) => Fraction.of(value));
  const [p0, p1] = [e0.over(n0), e1.over(n1)];
  const half = new Fraction(1n, 2n);
  return {
    volume: n1.minus(n0).times(p0.plus(p1)).times(half),
    price: p1.minus(p0).times(n0.plus(n1)).times(half),
  };
}

/** BAR.YEARENDFORECAST for one account: forecast and deviation, or null where the profile is refused. */
export function referenceYearEnd(
  spent: number,
  months: number,
  budget: number,
  profile?: readonly number[],
): { forecast: Fraction; deviation: Fraction } | null {
  let share = new Fraction(BigInt(months), 12n);
  if (profile) {
    const total = sumOf(profile);
    const toDate = sumOf(profile.slice(0, months));
    if (total.minus(new Fraction(1n)).abs().cmp(new Fraction(5n, 1000n)) > 0 || toDate.sign() === 0)
      return null;
    share = toDate.over(total);
  }
  const forecast = Fraction.of(spent).over(share);
  return { forecast, deviation: forecast.minus(Fraction.of(budget)) };
}

/** BAR.BENCHMARKPOTENTIAL: max(0, (own − PERCENTILE.INC(peers, quantile)) × volume). */
export function referenceBenchmarkPotential(
  own: number,
  peers: readonly number[],
  volume: number,
  quantile = 0.5,
): Fraction {
  const sorted = peers.map((peer) => Fraction.of(peer)).sort((a, b) => a.cmp(b));
  const position = new Fraction(BigInt(sorted.length - 1)).times(Fraction.of(quantile));
  const below = position.n / position.d;
  const fraction = position.minus(new Fraction(below));
  const low = sorted[Number(below)];
  const benchmark =
    fraction.sign() === 0 ? low : low.plus(fraction.times(sorted[Number(below) + 1].minus(low)));
  const potential = Fraction.of(own).minus(benchmark).times(Fraction.of(volume));
  return potential.sign() > 0 ? potential : new Fraction(0n);
}
