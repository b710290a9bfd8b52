import fc from "fast-check";
import { carryForward } from "../../src/functions/functions";
import { setCurrentLanguage } from "../../src/i18n/language";
import { amountIn, smallDecimal } from "../support/exactArbitraries";
import { excelErrorOf } from "../support/excelErrorOf";
import { referenceCarryForward } from "../support/referenceBar";

/*
 * BAR.CARRYFORWARD reads a block of initiatives (rows of yearly effects) without copying it
 * first, four lines at a time while every cell is a whole amount. These tests hold that
 * reading to what reading cell by cell gives: the same results, the same first bad cell.
 */

const TARGETS = [[-2000, -3000, -5000, -7000]];
const INVOCATION = { parameterAddresses: ["Ark1!B2:E2", "Ark1!B3:E10"] } as CustomFunctions.Invocation;
const WHOLE_LINE = [-100, -200, -300, -400];

/** What a cell of an initiative holds: mostly whole amounts, some with øre, blanks and "-". */
const effect = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -2000, max: 0 }) },
  { weight: 2, arbitrary: amountIn("kr").map((amount) => -Math.abs(amount)) },
  { weight: 1, arbitrary: smallDecimal },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, "", "-") },
);
const block = fc.array(fc.array(effect, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 12 });
const asNumber = (cell: unknown) => (typeof cell === "number" ? cell : 0);

describe("BAR.CARRYFORWARD over a block of initiatives", () => {
  beforeAll(() => setCurrentLanguage("en"));

  it("gives the exact reference's outstanding, with blanks and '-' as 0", () => {
    fc.assert(
      fc.property(block, (lines) => {
        const reference = referenceCarryForward(
          TARGETS[0],
          lines.map((line) => line.map(asNumber)),
        );
        expect(carryForward(TARGETS, lines, null, null)).toEqual([
          reference.outstanding.map((value) => value.toNumber() + 0),
        ]);
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same years whether the initiatives are rows or columns", () => {
    fc.assert(
      fc.property(block, (lines) => {
        const columns = TARGETS[0].map((_, year) => lines.map((line) => line[year]));
        const down = carryForward(
          TARGETS[0].map((target) => [target]),
          columns,
          null,
          null,
        );
        expect(down.map(([value]) => value)).toEqual(carryForward(TARGETS, lines, null, null)[0]);
      }),
      { numRuns: 200 },
    );
  });

  it("names the first bad cell line by line, though a later line errs in an earlier year", () => {
    const lines = [WHOLE_LINE, [-100, -200, -300, "x"], ["y", -200, -300, -400], WHOLE_LINE, WHOLE_LINE];
    expect(excelErrorOf(() => carryForward(TARGETS, lines, null, null, INVOCATION)).message).toContain(
      'Argument achieved, cell Ark1!E4: expected a number but found the text "x"',
    );
  });

  it("names a bad cell that follows a blank, and one after a decimal", () => {
    const afterBlank = [[null, -200, -300, -400], WHOLE_LINE, WHOLE_LINE, WHOLE_LINE, [-1, true, 0, 0]];
    const afterDecimal = [[-0.5, -200, -300, -400], WHOLE_LINE, WHOLE_LINE, WHOLE_LINE, [-1, 0, 0, "z"]];
    expect(excelErrorOf(() => carryForward(TARGETS, afterBlank, null, null, INVOCATION)).message).toContain(
      "Argument achieved, cell Ark1!C7: expected a number but found TRUE",
    );
    expect(excelErrorOf(() => carryForward(TARGETS, afterDecimal, null, null, INVOCATION)).message).toContain(
      'Argument achieved, cell Ark1!E7: expected a number but found the text "z"',
    );
  });

  it("names a cell too large for Excel's precision among whole amounts", () => {
    const lines = [WHOLE_LINE, WHOLE_LINE, WHOLE_LINE, [-100, -2e15, -300, -400]];
    expect(excelErrorOf(() => carryForward(TARGETS, lines, null, null, INVOCATION)).message).toContain(
      "Argument achieved, cell Ark1!C6:",
    );
  });
});
