/** A cell's value as Excel hands it over: text, number or boolean ("" for blank). */
export type CellValue = string | number | boolean;

/** A repair the user can ask for; the pane passes it back to the store unchanged. */
export type Repair =
  /** Create what is missing (sheet, tables, settings), restoring a table from its cells where they remain. */
  | { kind: "setUp" }
  /** Give a column its documented name back (it was renamed by hand). */
  | { kind: "renameColumn"; table: string; from: string; to: string }
  /** Add a missing column at the table's right edge; year columns start as "-" (not estimated). */
  | { kind: "addColumn"; table: string; column: string }
  /** Replace one cell's content, checked against what it held and logged. */
  | { kind: "setCell"; table: string; id: string; column: string; from: CellValue; to: CellValue }
  /** Add a setting row that was deleted, with its default value. */
  | { kind: "addSetting"; setting: string; value: CellValue }
  /** Give a row without an id, or with a copied id, a new one. */
  | { kind: "assignId"; table: string; row: number; expectedId: string; expectedName: string }
  /**
   * Put the drop-down of the allowed codes on the cells of these coded columns that have no
   * validation rule; no value changes, nor any rule there. `keepsOtherRules`: some cells have one.
   */
  | { kind: "addCodeLists"; columns: { table: string; column: string }[]; keepsOtherRules: boolean };

/** A coded column whose cells lack the drop-down of the allowed codes, wholly or in part. */
export type CodeListGap = {
  table: string;
  column: string;
  /** The cells without any validation rule, e.g. "BAR!G2:G8" or "BAR!G5:G6, BAR!G9". */
  address: string;
  /** True when the column's other cells have a rule (BAR's list or another one), which stays as it is. */
  partial: boolean;
};

/** How bad a problem is: `error` and `warning` concern the data; `info` only a help Excel gives, never the data. */
export type ProblemSeverity = "error" | "warning" | "info";

/** Where a problem sits, for the pane to point at it. */
type At = { table: string; address: string };

/** Something wrong with the BAR tables, keyed for the i18n catalogue; `repair` when the store can fix it. */
export type WorkbookProblem = { severity: ProblemSeverity; repair?: Repair } & (
  | { key: "notSetUp" }
  | { key: "tableMissing"; table: string }
  | {
      key: "columnMissing";
      table: string;
      column: string;
      renamedTo: string | null;
      /** Unknown columns that could be the missing one, when BAR cannot tell which. */
      candidates?: string[];
    }
  | ({ key: "invalidAmount"; id: string; column: string; found: string } & At)
  /** A range written with its low end above its high end: refused, never swapped. */
  | ({ key: "invalidRange"; id: string; column: string; found: string; low: number; high: number } & At)
  | ({ key: "amountStoredAsText"; id: string; column: string; found: string; value: number } & At)
  /** A BAR_Calendar row whose Date is not a date: the milestone is left out of the calendar. */
  | ({ key: "invalidDate"; milestone: string; found: string } & At)
  | ({ key: "invalidCode"; id: string; column: string; found: string; allowed: readonly string[] } & At)
  | ({ key: "missingId"; row: number; name: string } & At)
  | ({ key: "duplicateId"; id: string; row: number } & At)
  | ({ key: "invalidSetting"; setting: string; found: string } & At)
  | { key: "missingSetting"; setting: string }
  | { key: "regionOccupied"; table: string; address: string }
  | { key: "blockedBelowTable"; table: string; address: string }
  /** An emptied row in a table where BAR must write a formula: a calculated column would fill it. */
  | { key: "blankRow"; table: string; address: string }
  /** Coded columns without the drop-down of their codes (a workbook set up before BAR added them). */
  | { key: "codeListsMissing"; columns: CodeListGap[] }
);

/** The message keys of workbook problems. */
export type WorkbookProblemKey = WorkbookProblem["key"];
