import fc from "fast-check";
import { calculateCarryForward, sumLinesPerYear, type SurplusRule } from "../../src/engine/carryForward";
import { amountIn, exactlyOnTotal, signConvention, type Unit } from "../support/exactArbitraries";
import { referenceCarryForward } from "../support/referenceBar";

const unit = fc.constantFrom<Unit>("kr", "thousands");
const rule = fc.constantFrom<SurplusRule>("release", "bank", "none");

/** Targets of one sign, and initiative lines that meet some years' targets exactly. */
const scenario = fc
  .tuple(fc.integer({ min: 1, max: 6 }), signConvention, unit)
  .chain(([years, sign, money]) =>
    fc
      .array(
        amountIn(money).map((amount) => sign * Math.abs(amount)),
        { minLength: years, maxLength: years },
      )
      .chain((targets) =>
        fc.record({
          targets: fc.constant(targets),
          // Per year either lines that add up exactly to the target, or free amounts.
          columns: fc.tuple(
            ...targets.map((target) =>
              fc.oneof(
                exactlyOnTotal(target, money, 5),
                fc.array(amountIn(money), { minLength: 1, maxLength: 5 }),
              ),
            ),
          ),
          rule,
        }),
      ),
  )
  .map(({ targets, columns, rule }) => {
    const depth = Math.max(...columns.map((column) => column.length));
    const lines = Array.from({ length: depth }, (_, line) => columns.map((column) => column[line] ?? 0));
    return { targets, lines, rule };
  });

describe("calculateCarryForward against the exact reference", () => {
  it("gives every line of the detail as the exact value rounded once", () => {
    fc.assert(
      fc.property(scenario, ({ targets, lines, rule }) => {
        const result = calculateCarryForward(targets, sumLinesPerYear(lines.flat(), targets.length), rule);
        const reference = referenceCarryForward(targets, lines, rule);
        expect(result.outstanding).toEqual(reference.outstanding.map((value) => value.toNumber() + 0));
        expect(result.carried).toEqual(reference.carried.map((value) => value.toNumber() + 0));
        expect(result.effectiveTarget).toEqual(
          reference.effectiveTarget.map((value) => value.toNumber() + 0),
        );
        expect(result.achieved).toEqual(reference.achieved.map((value) => value.toNumber() + 0));
      }),
      { numRuns: 500 },
    );
  });

  it("says a year is met exactly when the exact outstanding has no shortfall", () => {
    fc.assert(
      fc.property(scenario, ({ targets, lines, rule }) => {
        const sign = Math.sign(targets.find((target) => target !== 0) ?? 1);
        const result = calculateCarryForward(targets, sumLinesPerYear(lines.flat(), targets.length), rule);
        const reference = referenceCarryForward(targets, lines, rule);
        expect(result.outstanding.map((value) => sign * value <= 0)).toEqual(
          reference.outstanding.map((value) => sign * value.sign() <= 0),
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe("calculateCarryForward on the boundary", () => {
  it("gives 0 for targets of −0.3 met by −0.1 and −0.2", () => {
    const cells = [-0.1, -0.1, -0.2, -0.2];
    expect(calculateCarryForward([-0.3, -0.3], sumLinesPerYear(cells, 2)).outstanding).toEqual([0, 0]);
  });

  it('leaves nothing of a target of 231.7 met by 59.9 + 171.8 with "bank"', () => {
    const result = calculateCarryForward(
      [231.7, 231.7],
      sumLinesPerYear([59.9, 59.9, 171.8, 171.8], 2),
      "bank",
    );
    expect([result.outstanding, result.carried]).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  it("with targets 0, 0 and effects 100, 0 carries no surplus forward as a cost", () => {
    const result = calculateCarryForward([0, 0], [100, 0]);
    expect([result.outstanding, result.carried]).toEqual([
      [-100, 0],
      [0, 0],
    ]);
  });

  it("with targets 0, 0 and effects −100, 0 reads the effects as negative reductions", () => {
    const result = calculateCarryForward([0, 0], [-100, 0]);
    expect([result.outstanding, result.carried]).toEqual([
      [100, 0],
      [0, 0],
    ]);
  });
});
