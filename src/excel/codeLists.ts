import { columnsOf, TABLE_KEYS, type TableKey } from "./schema";

/**
 * Queues a drop-down of the allowed codes on every coded column of a new BAR table, so the
 * sheet guides a colleague who has no add-in (docs/excel/excel-add-ins-data-validation.md,
 * "List validation rule type"). The alert is `information`, which lets any value in: a
 * Danish or English label typed instead of the code is read as that code (codeWords).
 */
export function queueCodeLists(table: Excel.Table, key: TableKey, years: readonly number[]): void {
  for (const spec of columnsOf(key, years)) {
    if (spec.kind !== "code" || !spec.allowed || !spec.words) continue;
    const cells = table.columns.getItem(spec.name).getDataBodyRange();
    cells.dataValidation.rule = { list: { inCellDropDown: true, source: spec.allowed.join(",") } };
    // Excel's own words for the alert (no message of ours: the store has no UI language).
    cells.dataValidation.errorAlert = {
      showAlert: true,
      style: "Information" as Excel.DataValidationAlertStyle,
      title: "",
      message: "",
    };
  }
}

/** The tables that get drop-downs: those with coded columns users type into. */
export const TABLES_WITH_CODE_LISTS: readonly TableKey[] = TABLE_KEYS.filter((key) =>
  columnsOf(key, []).some((spec) => spec.kind === "code" && spec.words),
);
