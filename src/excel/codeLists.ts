import type { CodeListGap, WorkbookProblem } from "../engine/workbookProblem";
import { parseAddress, toAddress, type CellBlock } from "./a1";
import { TABLE_KEYS, TABLE_NAMES, columnsOf, type ColumnSpec, type TableKey } from "./schema";

/** The coded columns of a table that get a drop-down: codes users type, read through their words. */
export function codeListColumns(key: TableKey): ColumnSpec[] {
  return columnsOf(key, []).filter((spec) => spec.kind === "code" && spec.allowed && spec.words);
}

/** The tables that get drop-downs: those with coded columns users type into. */
export const TABLES_WITH_CODE_LISTS: readonly TableKey[] = TABLE_KEYS.filter(
  (key) => codeListColumns(key).length > 0,
);

/**
 * Queues a drop-down of the allowed codes on every coded column of a new BAR table, so the
 * sheet guides a colleague who has no add-in.
 */
export function queueCodeLists(table: Excel.Table, key: TableKey): void {
  for (const spec of codeListColumns(key))
    queueCodeList(table.columns.getItem(spec.name).getDataBodyRange(), spec);
}

/**
 * Queues the drop-down of a coded column's codes on `cells` (docs/excel/excel-add-ins-data-validation.md,
 * "List validation rule type"). The alert is `information`, which lets any value in ("The
 * pop-ups for warning and information … allow the user enter the invalid data anyway",
 * "Create validation error alerts"): a Danish or English label typed instead of the code is
 * read as that code (codeWords). Setting a rule changes no value: "data validation is
 * triggered only if the user directly enters a value into a cell" (same page, the note under
 * "Programmatic control of data validation").
 */
export function queueCodeList(cells: Excel.Range, spec: ColumnSpec): void {
  cells.dataValidation.rule = { list: { inCellDropDown: true, source: (spec.allowed ?? []).join(",") } };
  // Excel's own words for the alert (no message of ours: the store has no UI language).
  cells.dataValidation.errorAlert = {
    showAlert: true,
    style: "Information" as Excel.DataValidationAlertStyle,
    title: "",
    message: "",
  };
}

/** What is loaded to tell whether a coded column has its drop-down. */
export type CodeListCheck = {
  table: string;
  column: string;
  body: Excel.Range;
  validation: Excel.DataValidation;
  /** The cells of the body that have any rule; a null object when none has. */
  validated: Excel.RangeAreas;
};

/**
 * Queues, in the caller's batch, each coded column's body address, its `dataValidation.type`
 * and the cells that have a rule ("DataValidations": "Cells with validation criteria",
 * Excel.SpecialCellType; docs/excel/excel-add-ins-ranges-special-cells.md). Columns are asked
 * for with `getItem`: a missing one fails the sync with ItemNotFound (tableAccess.ts).
 */
export function queueCodeListChecks(context: Excel.RequestContext, key: TableKey): CodeListCheck[] {
  return codeListColumns(key).map((spec) => queueCodeListCheck(context, key, spec.name));
}

/** The check of one coded column; see queueCodeListChecks. */
export function queueCodeListCheck(
  context: Excel.RequestContext,
  key: TableKey,
  column: string,
): CodeListCheck {
  const table = context.workbook.tables.getItem(TABLE_NAMES[key]);
  const body = table.columns.getItem(column).getDataBodyRange().load("address");
  const validation = body.dataValidation.load("type");
  const validated = body
    .getSpecialCellsOrNullObject("DataValidations" as Excel.SpecialCellType)
    .load("address");
  return { table: TABLE_NAMES[key], column, body, validation, validated };
}

/** After the sync: where a coded column lacks its drop-down, or null when it needs none. */
export function toCodeListGap(check: CodeListCheck): CodeListGap | null {
  const gaps = uncheckedCellsOf(check);
  if (gaps.length === 0) return null;
  return {
    table: check.table,
    column: check.column,
    address: gaps.map(toAddress).join(", "),
    partial: check.validation.type !== "None",
  };
}

/** After the sync: the cells of the checked column without any rule (see uncheckedCells). */
export function uncheckedCellsOf(check: CodeListCheck): CellBlock[] {
  return uncheckedCells(
    check.validation.type,
    check.body.address,
    check.validated.isNullObject ? null : check.validated.address,
  );
}

/**
 * The cells of a one-column body without any rule (Excel.DataValidationType): "List" has its
 * drop-down (BAR's or one of the user's: kept either way); "None" has no rule at all; one other
 * type over the whole column is a rule someone chose, which BAR leaves alone. "MixedCriteria"
 * (rules on some cells) and "Inconsistent" (different rules; older builds say it for
 * MixedCriteria too, office-js-snippets #1093) are looked at cell by cell through the cells
 * that have a rule. An address that cannot be read gives no cells: nothing is claimed unknown.
 */
export function uncheckedCells(type: string, bodyAddress: string, validated: string | null): CellBlock[] {
  const body = parseAddress(bodyAddress);
  if (!body) return [];
  if (type === "None") return [body];
  if (type !== "MixedCriteria" && type !== "Inconsistent") return [];
  const areas = validated === null ? [] : splitAreas(validated).map((area) => parseAddress(area, body.sheet));
  if (areas.some((area) => area === null)) return [];
  const covered = new Array<boolean>(body.rows).fill(false);
  for (const area of areas as CellBlock[]) {
    // Only the part inside the body counts, whatever Excel's search covered.
    const sameSheet = area.sheet.toLowerCase() === body.sheet.toLowerCase();
    const overlaps = area.column <= body.column && area.column + area.columns > body.column;
    if (!sameSheet || !overlaps) continue;
    const from = Math.max(area.row, body.row);
    const to = Math.min(area.row + area.rows, body.row + body.rows);
    for (let row = from; row < to; row++) covered[row - body.row] = true;
  }
  const gaps: CellBlock[] = [];
  for (let row = 0; row < body.rows; row++) {
    if (covered[row]) continue;
    const last = gaps[gaps.length - 1];
    if (last && last.row + last.rows === body.row + row) last.rows++;
    else gaps.push({ ...body, row: body.row + row, rows: 1 });
  }
  return gaps;
}

/** The areas of a RangeAreas address ("Sheet1!A1:B4, Sheet1!D1:D4"), commas inside quoted sheet names kept. */
function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const char of address) {
    if (char === "'") quoted = !quoted;
    if (char === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += char;
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part !== "");
}

/** The problem for coded columns without their drop-down, or null when every one has it. */
export function codeListProblem(gaps: readonly CodeListGap[]): WorkbookProblem | null {
  if (gaps.length === 0) return null;
  return {
    key: "codeListsMissing",
    severity: "info",
    columns: [...gaps],
    repair: {
      kind: "addCodeLists",
      columns: gaps.map(({ table, column }) => ({ table, column })),
      keepsOtherRules: gaps.some((gap) => gap.partial),
    },
  };
}
