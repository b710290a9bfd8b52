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
