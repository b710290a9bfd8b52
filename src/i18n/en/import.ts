import { isRange } from "../../engine/initiative";
import { NOT_ESTIMATED } from "../../engine/parseAmount";
import { formatEnd } from "../../engine/parseRange";
import { formatNumber, formatNumberRange } from "../formatNumber";
import type { ImportTexts } from "../importTexts";
import { enWorkbook } from "./workbook";

const n = (value: number) => formatNumber(value, "en");
const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

const FIELDS: ImportTexts["mapping"]["fields"] = {
  ignore: "Ignore",
  id: "Id",
  name: "Name",
  authorityArea: "Authority area",
  coreArea: "Core area",
  status: "Status",
  owner: "Owner",
  note: "Note",
  kind: "Line type",
  focusArea: "Focus area",
  fullYearEffect: "Full-year effect",
};

const UNITS: ImportTexts["mapping"]["units"] = {
  thousands: "DKK 1,000",
  kroner: "DKK",
  millions: "DKK million",
};

/** "Import from sheet" in English. */
export const ENGLISH_IMPORT_TEXTS: ImportTexts = {
  open: "Import from sheet",
  heading: "Import initiatives from a sheet",
  intro:
    "Select the table in Excel with its header row (title rows above it may come along), and click Use selection. Or type its address.",
  useSelection: "Use selection",
  addressLabel: "Address",
  addressHint: "E.g. Sheet1!A1:H40. Without a sheet name (A1:H40) the active sheet is read.",
  readAddress: "Read",
  reading: "Reading the cells …",
  source: {
    read: (address, rows, columns) => `Read: ${address} (${rows} rows × ${columns} columns).`,
    onActiveSheet: (typed, sheet) => `${typed} was read on the active sheet, ${sheet}.`,
    empty: (address) => `The cells ${address} are empty. Select the table and try again.`,
    notAnAddress: (address) =>
      `"${address}" is not a cell address. Type e.g. Sheet1!A1:H40, or A1:H40 for the active sheet.`,
    sheetMissing: (sheet) =>
      `There is no sheet "${sheet}" in the workbook. Check the spelling, or select the cells and click Use selection.`,
    multipleSelection: "Several ranges are selected. Select one block of cells (without Ctrl) and try again.",
  },
  mapping: {
    heading: "Columns",
    intro: "Choose what each column is imported as. BAR has guessed from the headers.",
    headerRow: "Header row",
    headerRowOption: (row, text) => `Row ${row}: ${text}`,
    unit: "Amounts are in",
    units: UNITS,
    column: (letter, header) => (header ? `Column ${letter} (${header})` : `Column ${letter}`),
    fields: FIELDS,
  },
  notes: {
    noHeader: () => "BAR found no header row. Choose it below.",
    unitFound: ({ unit, text }) => `Amounts are read in ${UNITS[unit]} (from "${text}").`,
    unitAssumed: () =>
      "The sheet does not say which unit its amounts are in. They are read in DKK 1,000, as BAR keeps them; choose another unit if that is wrong.",
    unitsDisagree: ({ texts }) =>
      `The sheet names more than one unit (${texts.map((text) => `"${text}"`).join(", ")}). Choose the right one.`,
    relativeYears: ({ budgetYear }) => `BO1, BO2 … count from the budget year ${budgetYear}.`,
    yearOutsideHorizon: ({ column, year }) =>
      `Column ${column} (${year}) is outside the workbook's years and is not imported.`,
    nameGuessed: ({ column }) => `No header says Name; column ${column} is used as the name.`,
    noName: () => "Choose the column that holds the initiatives' names.",
    noYears: () => "No column is chosen as a year: the initiatives are imported without amounts.",
    fieldTwice: ({ field, columns }) =>
      `Columns ${columns.join(" and ")} are both chosen as ${field.startsWith("year:") ? field.slice(5) : FIELDS[field as keyof typeof FIELDS]}. Choose one.`,
  },
  preview: {
    heading: "Preview",
    summary: (count, value) => `${count} ${plural(value, "initiative is", "initiatives are")} imported.`,
    empty: (count, value) => `${count} empty ${plural(value, "row is", "rows are")} skipped.`,
    withProblems: (count, value) =>
      `${count} ${plural(value, "row has", "rows have")} errors and ${plural(value, "is", "are")} not imported.`,
    firstRows: (shown, total) => `Showing the first ${shown} of ${total}.`,
    name: "Name",
    authorityArea: "Authority area",
    problemsHeading: "Errors and warnings",
    leftOutHeading: "Left out on purpose",
    more: (count) => `… and ${count} more.`,
    total: (row, name) => `Row ${row} (${name}) is a total and is not imported.`,
    target: (row, name, amounts) =>
      `Row ${row} (${name}) is a reduction target, not an initiative, and is not imported: ${amounts}. Enter the target in BAR_Targets.`,
    headingRow: (row, name) => `Row ${row} (${name}) is a section heading and is not imported.`,
  },
  row: (row) => `Row ${row}`,
  cell: (row, column, header) => `Row ${row}, column ${column}${header ? ` (${header})` : ""}`,
  problems: {
    notAnAmount: ({ found }, where) =>
      `${where}: "${found}" is not an amount. Correct the cell (e.g. -1257, or - for not estimated), or ignore the column.`,
    notAnEstimate: ({ found }, where) =>
      `${where}: "${found}" is neither an amount nor a range. Correct the cell (e.g. -1257, 0-20, -1,500 to -900, or - for not estimated), or ignore the column.`,
    rangeNotAllowed: ({ found }, where) =>
      `${where}: "${found}" is a range, but the full-year effect is one amount. Write the expected amount (e.g. -1257) or - for not estimated.`,
    lowAboveHigh: ({ found, low, high }, where) =>
      `${where}: the range "${found}" has its low end ${n(low)} above its high end ${n(high)}. Write the lower first (e.g. ${formatEnd(high, "en")} to ${formatEnd(low, "en")}); BAR does not swap them.`,
    ambiguousAmount: ({ found, readings }, where) =>
      `${where}: "${found}" could be ${n(readings[0])} or ${n(readings[1])}. Write thousands without a separator (e.g. -1257).`,
    amountTooLarge: ({ found }, where) => `${where}: "${found}" is too large to count exactly.`,
    threeDecimals: ({ value, suggestion }, where) =>
      `${where}: ${n(value)} has three decimals. Was it ${n(suggestion)} (a dot grouping thousands)? It is imported as ${n(value)}.`,
    unknownCode: ({ field, found }, where) =>
      `${where}: "${found}" is not a known ${FIELDS[field].toLowerCase()}; the default is used.`,
    nameMissing: (_, where) => `${where}: the row has amounts or text but no name.`,
    duplicate: ({ firstRow }, where) =>
      `${where}: the same name and authority area as row ${firstRow}; only the first is imported.`,
    alreadyInWorkbook: ({ id }, where) =>
      `${where}: an initiative with the same name and authority area is in the workbook already (${id}).`,
    duplicateId: ({ id, firstRow }, where) => `${where}: the id "${id}" is used in row ${firstRow} too.`,
    idTaken: ({ id }, where) => `${where}: the id "${id}" is in the workbook already.`,
    newId: ({ id }, where) => `${where}: no id; the row gets the id ${id}.`,
    initiative: ({ problem }, where) =>
      `${where}: ${(enWorkbook.initiativeProblems[problem.code] as (p: typeof problem) => string)(problem)}`,
  },
  amount: (effect) =>
    isRange(effect) ? formatNumberRange(effect, "en") : effect === NOT_ESTIMATED ? "-" : n(effect),
  importButton: (count, value) => `Import ${count} ${plural(value, "initiative", "initiatives")}`,
  importing: "Importing …",
  cancel: "Cancel",
  done: (count, value) => `${count} ${plural(value, "initiative was", "initiatives were")} imported.`,
  doneSkipped: (count, skipped) =>
    `${count} initiatives were imported; ${skipped} were skipped because their id was taken meanwhile.`,
  failed: "Nothing was imported:",
};
