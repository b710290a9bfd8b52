import { Rational, negate, sumColumns, toNumber } from "./exactDecimal";
import { InputError, checkAmountAt, checkResult } from "./inputError";

/**
 * The lines of the result of ordinary operations, one value per year each, in the Danish
 * budget's sign convention: expenditure positive, income negative.
 */
export type OperatingLines = {
  taxes: ArrayLike<number>;
  grants?: ArrayLike<number>;
  operatingExpenditure?: ArrayLike<number>;
  netInterest?: ArrayLike<number>;
};

/**
 * Headroom per year from the named lines: −(taxes + grants and equalisation + operating
 * expenditure + net interest), so a surplus is positive, as BAR.STRATEGYCHECK expects.
 * Taxes are income and must not be positive: a positive tax line means the sheet uses
 * the opposite sign convention, and the headroom would come out wildly wrong. The sum is
 * exact in the decimals the cells show and rounded once, so 70 in decimals is 70.
 */
export function calculateHeadroom(lines: OperatingLines): number[] {
  const years = lines.taxes.length;
  if (years === 0) throw new InputError("invalidValue", { argument: "taxes" }, { code: "emptyRange" });
  const others = (["grants", "operatingExpenditure", "netInterest"] as const).filter(
    (name) => lines[name] !== undefined,
  );
  for (const name of others) {
    const found = (lines[name] as ArrayLike<number>).length;
    if (found !== years) {
      throw new InputError(
        "invalidValue",
        { argument: name },
        { code: "lengthMismatch", expected: years, found, other: "taxes" },
      );
    }
  }
  const block = new Float64Array(years * (others.length + 1));
  for (let year = 0; year < years; year++) {
    const taxes = checkAmountAt(lines.taxes[year], "taxes", year + 1);
    if (taxes > 0) {
      throw new InputError("invalidValue", { argument: "taxes", column: year + 1 }, { code: "incomeSign" });
    }
    block[year] = taxes;
    others.forEach((name, line) => {
      const value = (lines[name] as ArrayLike<number>)[year];
      block[(line + 1) * years + year] = checkAmountAt(value, name, year + 1);
    });
  }
  return sumColumns(block, years).map(toHeadroom);
}

/**
 * Headroom per year from a block of budget lines: `cells` holds the lines one after the
 * other, `years` amounts each (row by row, as the sheet shows them). Every line counts;
 * which line is taxes is not known, so no sign is checked.
 */
export function calculateHeadroomFromBlock(cells: ArrayLike<number>, years: number): number[] {
  if (years === 0 || cells.length === 0) {
    throw new InputError("invalidValue", { argument: "taxes" }, { code: "emptyRange" });
  }
  for (let index = 0; index < cells.length; index++) checkAmountAt(cells[index], "taxes", index + 1);
  return sumColumns(cells, years).map(toHeadroom);
}

/** The operating result in the budget's convention is negative for a surplus; headroom turns it round. */
function toHeadroom(operatingResult: Rational): number {
  // Each line fits Excel's precision, but their sum may not, and no one cell is at fault
  // then; `+ 0` turns −0 into 0.
  return checkResult(toNumber(negate(operatingResult)), { argument: "taxes" }) + 0;
}
