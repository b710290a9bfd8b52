import { sumLinesPerYear, sumRowsPerYear } from "../engine/carryForward";
import { Rational } from "../engine/exactDecimal";
import { InputError, MAX_AMOUNT } from "../engine/inputError";
import { Orientation, RangeArgument, readAmountAt } from "./cellValues";

/*
 * Blocks of lines with a value per year: the initiatives behind BAR.CARRYFORWARD, the budget
 * lines behind BAR.HEADROOM. Such a block can hold a million cells, so its cells are read
 * without building a location for each; a cell's location is built only to report it.
 */

/**
 * Reads the initiative lines behind `years` yearly values: with `row` orientation each row
 * is an initiative and there must be `years` columns; with `column`, the transpose.
 * Returns the amounts line by line in one buffer; blanks and "-" count as 0.
 */
export function readLines(argument: RangeArgument, years: number, orientation: Orientation): Float64Array {
  const { range } = argument;
  checkBlock(argument, years, orientation);
  const [rows, columns] = [range.length, range[0].length];
  const cells = new Float64Array(rows * columns);
  for (let row = 0; row < rows; row++) {
    const cellsOfRow = range[row];
    for (let column = 0; column < columns; column++) {
      const value = cellsOfRow[column];
      // A number within the limit is taken as it is (NaN fails the test); anything else is
      // read, and refused, with the cell's address.
      const amount =
        typeof value === "number" && Math.abs(value) <= MAX_AMOUNT
          ? value
          : (readAmountAt(value, argument, row, column, "zero", "zero") as number);
      cells[orientation === "row" ? row * years + column : column * years + row] = amount;
    }
  }
  return cells;
}

/**
 * The exact totals per year of the lines read as readLines reads them, without copying the
 * cells first when the lines are rows (the usual layout of initiatives): see sumRowsPerYear.
 */
export function readLineTotals(argument: RangeArgument, years: number, orientation: Orientation): Rational[] {
  if (orientation === "column") return sumLinesPerYear(readLines(argument, years, orientation), years);
  checkBlock(argument, years, orientation);
  const amountOf = (value: unknown, line: number, year: number) =>
    readAmountAt(value, argument, line, year, "zero", "zero") as number;
  return sumRowsPerYear(argument.range, years, amountOf);
}

/** Throws unless `argument` is a block of lines with `years` values each. */
function checkBlock(argument: RangeArgument, years: number, orientation: Orientation): void {
  if (argument.omitted)
    throw new InputError("invalidValue", { argument: argument.name }, { code: "missing" });
  const { range } = argument;
  const rows = range.length;
  const columns = rows === 0 ? 0 : range[0].length;
  if (rows === 0 || columns === 0) {
    throw new InputError("invalidValue", { argument: argument.name }, { code: "emptyRange" });
  }
  const found = orientation === "row" ? columns : rows;
  if (found !== years) {
    const problem = { code: "lengthMismatch", expected: years, found, other: "targets" } as const;
    throw new InputError("invalidValue", { argument: argument.name }, problem);
  }
}
