import type { InputErrorTexts } from "../inputErrorTexts";

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
  },
  parameterNames: {},
};
