import { toCalendarDate } from "../../engine/excelDate";
import { formatEnd } from "../../engine/parseRange";
import type { InputErrorTexts } from "../inputErrorTexts";

/** A date serial as 2024-03-01: the form BAR accepts as text, whatever the reader's regional settings. */
function date(serial: number): string {
  const { year, month, day } = toCalendarDate(serial);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A share as a percentage without binary noise: 0.9945 → "99.45". */
function percent(share: number): string {
  return String(Number((share * 100).toPrecision(12)));
}

/** "1 year", "2 years". */
function count(amount: number, one: string, many: string): string {
  return `${amount} ${amount === 1 ? one : many}`;
}

/** What a value of each argument is, for messages about a blank or a count: "a number of citizens". */
const WHAT: Record<string, { one: string; many: string; blank: string }> = {
  targets: { one: "year", many: "years", blank: "A year without a target cannot be carried forward" },
  achieved: { one: "year", many: "years", blank: "A year without an effect cannot be added up" },
  headroom: { one: "year", many: "years", blank: "A year without a headroom cannot be checked" },
  cash: { one: "year", many: "years", blank: "A year without a cash figure cannot be checked" },
  taxes: { one: "year", many: "years", blank: "A year without taxes cannot be added up" },
  grants: { one: "year", many: "years", blank: "A year without grants cannot be added up" },
  operatingExpenditure: {
    one: "year",
    many: "years",
    blank: "A year without expenditure cannot be added up",
  },
  netInterest: { one: "year", many: "years", blank: "A year without interest cannot be added up" },
  expenditure: { one: "period", many: "periods", blank: "A period without expenditure cannot be split" },
  citizens: {
    one: "period",
    many: "periods",
    blank: "A period without a number of citizens cannot be split",
  },
  spentToDate: { one: "amount", many: "amounts", blank: "Spending to date is needed for a forecast" },
  monthsElapsed: { one: "value", many: "values", blank: "The months booked are needed for a forecast" },
  budget: { one: "budget", many: "budgets", blank: "An account without a budget has no deviation" },
  profile: { one: "monthly share", many: "monthly shares", blank: "A month without a share cannot be used" },
  dates: { one: "date", many: "dates", blank: "A balance without its date cannot be placed" },
  balances: { one: "balance", many: "balances", blank: "A date without a balance cannot be averaged" },
  asOf: { one: "day", many: "days", blank: "The day to average up to is needed" },
  ownUnitCost: { one: "value", many: "values", blank: "The own unit cost is needed for a comparison" },
  peerUnitCosts: { one: "unit cost", many: "unit costs", blank: "Unit costs are needed for a comparison" },
  volume: { one: "value", many: "values", blank: "The own volume is needed for a potential" },
  values: { one: "value", many: "values", blank: "" },
  challenges: { one: "year", many: "years", blank: "" },
};

const thing = (argument: string) => WHAT[argument] ?? { one: "value", many: "values", blank: "" };

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
    tooLarge: () =>
      "the amount is larger than 1E15 (1,000,000,000,000,000) in size; beyond Excel's 15 significant digits it cannot be calculated exactly.",
    resultTooLarge: () =>
      "the result would be larger than 1E15 (1,000,000,000,000,000) in size, beyond Excel's 15 significant digits; check this value.",
    blank: (_problem, _name, argument) =>
      `the cell is blank. ${thing(argument).blank || "A blank is not taken as 0"} (unknown is not zero).`,
    notEstimated: ({ found, count }, _name, argument) =>
      `the cell holds "${found ?? "-"}" (not estimated yet). ${thing(argument).blank || "A value not estimated is not taken as 0"} (unknown is not zero).` +
      (count !== undefined && count > 1 ? ` This year ${count} figures are not estimated.` : ""),
    emptyRange: () => "the range is empty.",
    notALine: ({ rows, columns }) =>
      `expected one row or one column, but the range is ${count(rows, "row", "rows")} × ${count(columns, "column", "columns")}.`,
    notOneCell: ({ rows, columns }) =>
      `expected a single value, but got a range of ${count(rows, "row", "rows")} × ${count(columns, "column", "columns")}.`,
    lengthMismatch: ({ expected, found, other }, name, argument) =>
      `expected ${count(expected, thing(argument).one, thing(argument).many)} to match ${name(other)}, but found ${found}.`,
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
    notPositive: (_problem, _name, argument) =>
      argument === "citizens"
        ? "expected a number of citizens greater than 0."
        : "expected a number greater than 0.",
    negative: (_problem, _name, argument) =>
      argument === "peerUnitCosts" || argument === "ownUnitCost"
        ? "expected a unit cost of 0 or more, but found a negative number."
        : argument === "profile"
          ? "expected a monthly share of 0 or more, but found a negative number."
          : "expected 0 or more, but found a negative number.",
    notInRange: ({ min, max, wholeNumber }) =>
      wholeNumber
        ? `expected a whole number from ${min} to ${max}.`
        : `expected a number from ${min} to ${max}${max === 1 ? " (a share such as 0.25 or 25 %)" : ""}.`,
    tooFewValues: ({ minimum, found }, _name, argument) =>
      `expected at least ${count(minimum, thing(argument).one, thing(argument).many)}${argument === "peerUnitCosts" ? " (blank cells, 0 and - do not count)" : ""}, but found ${found}.`,
    wrongCount: ({ expected, found, other }, name, argument) =>
      other
        ? `expected ${count(expected, thing(argument).one, thing(argument).many)}, as many as ${name(other)}, but found ${found}.`
        : `expected ${count(expected, thing(argument).one, thing(argument).many)}, but found ${found}.`,
    profileSum: ({ sum, tolerance }) =>
      `the monthly shares sum to ${percent(sum)} %, not 100 % (± ${percent(tolerance)} %). The profile is not rescaled silently.`,
    nothingElapsed: ({ months }) =>
      `${months === 1 ? "the share of the first month is" : `the shares of the first ${months} months are all`} 0, so spending to date says nothing about the full year.`,
    incomeSign: () =>
      "taxes are income and must be 0 or negative in the budget's sign convention (expenditure +, income −). Write the taxes as negative amounts.",
    notARange: ({ found }) =>
      `expected a number, a range or "-" (not estimated) but found the text "${found}". Write a range low end first: 0-20, 7,5-14,5, or with signs -1,500 to -900 (Danish: -1.500 til -900).`,
    ambiguous: ({ found, readings }) =>
      `"${found}" could be ${formatEnd(readings[0], "en")} or ${formatEnd(readings[1], "en")}. Write the range with "to" (English format, -1,500 to -900) or "til" (Danish format, -1.500 til -900).`,
    lowAboveHigh: ({ low, high }) =>
      `the low end ${formatEnd(low, "en")} is above the high end ${formatEnd(high, "en")}. Write the lower number first (reductions are negative: -1,500 to -900).`,
  },
  parameterNames: {},
};
