import { toCalendarDate } from "../../engine/excelDate";
import type { InputErrorTexts } from "../inputErrorTexts";

/** A date serial as 2024-03-01: unambiguous whatever the reader's regional settings. */
function date(serial: number): string {
  const { year, month, day } = toCalendarDate(serial);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** English messages for bad input to the BAR functions. */
export const enInputErrors: InputErrorTexts = {
  argument: (name) => `Argument ${name}`,
  cell: (address) => `cell ${address}`,
  position: (row, column) => `row ${row}, column ${column} of the range`,
  problems: {
    text: ({ found }) =>
      `expected a number but found the text "${found}". Type amounts as numbers (e.g. -1257, not "1.257" as text).`,
    boolean: ({ found }) => `expected a number but found ${found ? "TRUE" : "FALSE"}.`,
    errorValue: ({ found }) => `the cell holds the error ${found}; fix that cell first.`,
    notFinite: () => "expected a finite number.",
    tooLarge: ({ limit }) =>
      `the amount is larger than ${limit.toExponential()} and cannot be calculated exactly.`,
    blank: () => "the cell is blank. A year without a number cannot be checked (unknown is not zero).",
    emptyRange: () => "the range is empty.",
    notALine: ({ rows, columns }) =>
      `expected one row or one column of yearly values, but the range is ${rows} rows × ${columns} columns.`,
    notOneCell: ({ rows, columns }) =>
      `expected a single value, but got a range of ${rows} × ${columns} cells.`,
    lengthMismatch: ({ expected, found, other }, name) =>
      `expected ${expected} years to match ${name(other)}, but found ${found}.`,
    mixedSigns: () =>
      "targets mix positive and negative amounts. Write all reductions as negative numbers (as the documents do) or all as positive.",
    unknownOption: ({ found, allowed }) =>
      `"${found}" is not allowed here; use one of: ${allowed.join(", ")}.`,
    thresholdOrder: ({ other }, name) => `must be at least ${name(other)}.`,
    missing: () => "is missing.",
    notADate: ({ found }) =>
      `expected a date (a date cell, or text written yyyy-mm-dd, from 1900-03-01 to 9999-12-31), but found "${found}".`,
    notSorted: ({ previous }) =>
      `the date is earlier than the date before it (${date(previous)}). List the balances in date order; a date out of order is usually a typing error.`,
    notCovered: ({ firstDate, from, to }) =>
      `the balances start on ${date(firstDate)}, so the 365 days from ${date(from)} to ${date(to)} are not covered. The 12-month average needs a balance on or before ${date(from)}.`,
    blankInPair: ({ other }, name) =>
      `the cell is blank, but ${name(other)} has a value at the same position.`,
    notPositive: () => "expected a number greater than 0.",
    negative: () => "expected 0 or more, but found a negative number.",
    notInRange: ({ min, max, wholeNumber }) =>
      wholeNumber
        ? `expected a whole number from ${min} to ${max}.`
        : `expected a number from ${min} to ${max}${max === 1 ? " (a share such as 0.25 or 25 %)" : ""}.`,
    tooFewValues: ({ minimum, found }) =>
      `expected at least ${minimum} values (blank cells do not count), but found ${found}.`,
    wrongCount: ({ expected, found, other }, name) =>
      other
        ? `expected ${expected} values, as many as ${name(other)}, but found ${found}.`
        : `expected ${expected} values, but found ${found}.`,
    profileSum: ({ sum, tolerance }) =>
      `the monthly shares sum to ${(sum * 100).toFixed(1)} %, not 100 % (± ${tolerance * 100} %). The profile is not rescaled silently.`,
    nothingElapsed: ({ months }) =>
      `the shares of the first ${months} months are all 0, so spending to date says nothing about the full year.`,
    incomeSign: () =>
      "taxes are income and must be 0 or negative in the budget's sign convention (expenditure +, income −). Write the taxes as negative amounts.",
  },
  parameterNames: {},
};
