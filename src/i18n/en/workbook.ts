import type { CellValue, CodeListGap } from "../../engine/workbookProblem";
import { formatNumber } from "../formatNumber";
import type { WorkbookTexts } from "../workbookTexts";

// A setting (BudgetYear, StaleAfterDays) is a count, not an amount: 2021, never "2.021".
const shown = (value: CellValue, plain = false) =>
  value === ""
    ? "(blank)"
    : value === "-"
      ? "- (not estimated)"
      : typeof value === "number"
        ? plain
          ? String(value)
          : formatNumber(value)
        : `"${value}"`;

const SETTINGS_TABLE = "BAR_Settings";

const place = ({ table, column, address, partial }: CodeListGap) =>
  partial
    ? `${table}[${column}] at ${address} (the column's other cells keep the rule they have)`
    : `${table}[${column}]`;

/** English texts for the workbook store. */
export const enWorkbook: WorkbookTexts = {
  severity: { error: "Error", warning: "Warning", info: "Information" },
  problems: {
    notSetUp: () => "This workbook has no BAR tables yet. Set it up to start (other sheets are not touched).",
    tableMissing: ({ table }) =>
      `The table ${table} is missing; it was deleted or renamed by hand. Until it is back, what it holds cannot be shown or saved. Set up again, it starts empty (or with the cells still on the sheet); deleted rows may be found with Undo (Ctrl+Z) or in the workbook's version history.`,
    columnMissing: ({ table, column, renamedTo, candidates }) =>
      renamedTo
        ? `The column "${column}" of ${table} is missing; it looks as if it was renamed to "${renamedTo}". Until it has its name back, what it holds is not read.`
        : (candidates ?? []).length > 0
          ? `The column "${column}" of ${table} is missing; one of the columns ${(candidates ?? []).map((name) => `"${name}"`).join(" or ")} is probably it. Give the right one the name "${column}" again in the table's header.`
          : `The column "${column}" of ${table} is missing.`,
    invalidAmount: ({ address, found, column, table }) =>
      table === "BAR_Initiatives"
        ? `${address}: "${found}" in column ${column} is neither an amount nor a range, so it is not counted. Type a number (e.g. -1.257), a range (e.g. -1,500 to -900) or "-" for not estimated.`
        : `${address}: "${found}" in column ${column} is not an amount, so it is not counted. Type a number (e.g. -1.257) or "-" for not estimated.`,
    invalidRange: ({ address, found, column, low, high }) =>
      `${address}: the range "${found}" in column ${column} has its low end ${formatNumber(low, "en")} above its high end ${formatNumber(high, "en")}, so it is not counted. Write the lower first (e.g. ${high < 0 ? "'" : ""}${formatNumber(high, "en")} to ${formatNumber(low, "en")}${high < 0 ? ", with the apostrophe before it, or Excel makes a leading minus a formula" : ""}); BAR does not swap them.`,
    amountStoredAsText: ({ address, found, value }) =>
      `${address}: "${found}" is stored as text. It is counted as ${formatNumber(value)}.`,
    invalidDate: ({ address, found, milestone }) =>
      `${address}: ${found === "" ? "(blank)" : `"${found}"`} is not a date, so the milestone "${milestone}" is left out of the budget calendar. Type a date (e.g. 2024-09-09).`,
    invalidCode: ({ address, found, column, allowed }) =>
      `${address}: "${found}" is not a valid ${column}. Use one of: ${allowed.join(", ")}.`,
    missingId: ({ address, table, name }) =>
      `${address}: the row "${name}" in ${table} has no Id, so it is not shown or counted.`,
    duplicateId: ({ address, table, id }) =>
      `${address}: the Id "${id}" is used twice in ${table}; this row is not shown or counted.`,
    invalidSetting: ({ address, setting, found }) =>
      `${address}: the setting ${setting} holds "${found}", which cannot be used. The default is used instead.`,
    missingSetting: ({ setting }) =>
      `The setting ${setting} is missing from BAR_Settings. The default is used instead.`,
    regionOccupied: ({ table, address }) =>
      `${table} cannot be created: the cells ${address} hold other content. Move or clear them, then try again.`,
    blankRow: ({ table, address }) =>
      `${table} has an empty row (${address}). Delete the row or give it a name, then try again: otherwise Excel copies the formulas into it.`,
    blockedBelowTable: ({ table, address }) =>
      `${table} cannot grow: the cells ${address} next to it hold other content. Move them, then try again.`,
    codeListsMissing: ({ columns }) =>
      `No drop-down list of the allowed codes in ${columns.map(place).join("; ")}. The lists help colleagues who type in the table without BAR; BAR reads the table the same without them.`,
  },
  repairs: {
    setUp: () => "Set up the missing BAR tables",
    renameColumn: ({ from, to }) => `Rename "${from}" back to "${to}" (its data is kept)`,
    addColumn: ({ column }) => `Add an empty column "${column}" (every row gets "-" or blank)`,
    setCell: ({ table, from, to }) =>
      `Replace ${shown(from, table === SETTINGS_TABLE)} with ${shown(to, table === SETTINGS_TABLE)}`,
    addSetting: ({ setting, value }) => `Add ${setting} with the value ${shown(value)}`,
    assignId: () => "Give the row a new Id",
    addCodeLists: ({ keepsOtherRules }) =>
      `Add drop-down lists (no value is changed, not even one outside the list: Excel checks only what is typed afterwards${keepsOtherRules ? "; cells that already have a rule keep it" : ""})`,
  },
  initiativeProblems: {
    idMissing: () => "The initiative has no Id.",
    nameMissing: () => "Give the initiative a name.",
    textTooLong: ({ field, limit }) => `The ${field} is longer than ${formatNumber(limit)} characters.`,
    unknownStatus: ({ found }) => `"${found}" is not a status.`,
    unknownFocusArea: ({ found }) => `"${found}" is not a focus area.`,
    unknownKind: ({ found }) => `"${found}" is not a kind of line.`,
    effectInvalid: ({ year }) =>
      `The effect for ${year === "fullYear" ? "the full year" : year} is not a number.`,
    effectTooLarge: ({ year }) =>
      `The effect for ${year === "fullYear" ? "the full year" : year} is too large to calculate exactly.`,
    estimateMissing: () => "The status says estimated, but no year has an estimate yet.",
  },
  amountProblems: {
    blank: () => 'Type an amount, or "-" if it is not estimated yet.',
    notANumber: ({ found }) => `"${found}" is not an amount. Write e.g. -1.257 or -1257.`,
    ambiguous: ({ found, readings }) =>
      `"${found}" could mean ${formatNumber(readings[0])} or ${formatNumber(readings[1])}. For thousands write it without a separator (e.g. -1257); for decimals add a digit (e.g. -1,2570).`,
    tooLarge: ({ found }) => `"${found}" is too large to calculate exactly.`,
  },
  yearsProblems: {
    budgetYearInvalid: ({ first, last }) => `The budget year must be a whole year from ${first} to ${last}.`,
    estimateYearsInvalid: ({ max }) =>
      `The number of estimate years must be a whole number from 0 to ${max}.`,
  },
  statuses: {
    idea: "Idea",
    analysis: "Analysis",
    estimated: "Estimated",
    decided: "Decided",
    realised: "Realised",
    dropped: "Dropped",
  },
  focusAreas: {
    visitation: "Visitation and allocation criteria",
    structure: "Structure",
    closure: "Closure",
    efficiency: "Efficiency",
  },
  kinds: { initiative: "Initiative", unallocated: "Expected, not yet allocated" },
  surplusRules: {
    release: "A surplus is released (not carried forward)",
    bank: "A surplus lowers next year's target",
    none: "Nothing is carried forward",
  },
  notEstimated: "not estimated",
};
