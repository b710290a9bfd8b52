import type { CellValue, WorkbookProblem } from "../engine/workbookProblem";
import { checkYears, yearsOf, type Years, type YearsProblem } from "../engine/years";
import { parseAddress } from "./a1";
import { appendCheckResult, queueAppend, queueAppendCheck, type AppendCheck } from "./appendRows";
import { decodeText, encodeText } from "./cells";
import { LOG_EVENTS, logEntry, logRows, type ChangeEntry, type ChangeStamp } from "./changeLog";
import {
  YEAR_TABLES,
  initiativeFill,
  measureFill,
  newColumns,
  targetFill,
  type CarryOption,
  type NewColumn,
  type YearTable,
} from "./newYearColumns";
import { SETTINGS_COLUMNS, SETTING_KEYS, TABLE_NAMES } from "./schema";
import { syncExpecting } from "./tableAccess";

/** A new budget year as the user asked for it in the pane. */
export type NewBudgetYear = {
  /** The horizon the user saw; the action is refused (`stale`) if BAR_Settings say otherwise now. */
  from: Years;
  to: Years;
  carry: CarryOption;
  /** Targets for the new years, by target id and year; missing or null: no target yet ("-"). */
  targets: Readonly<Record<string, Readonly<Record<number, number | null>>>>;
};

/** What the new budget year came to. */
export type NewYearResult =
  | { status: "started"; added: { table: string; columns: string[] }[]; carried: number }
  | { status: "invalid"; problems: (YearsProblem | { code: "notLater"; found: number; after: number })[] }
  | { status: "stale" }
  | { status: "blocked"; problems: WorkbookProblem[] };

/** Log rows checked for room in the first round trip; more costs one round trip more. */
const LOG_ROOM = 500;

/**
 * Moves the workbook to a new budget year in two round trips: (1) read the year tables,
 * the settings and whether the columns right of each year table and the rows under the log
 * are free; (2) insert the missing year columns right after the last year column of
 * BAR_Initiatives, BAR_Targets and BAR_Measures (`TableColumnCollection.add`, which shifts
 * the later columns, docs/excel/excel-add-ins-tables.md "Add a column to a table"), fill
 * them ("-", carried estimates, the targets given), update BudgetYear/EstimateYears and log
 * it all. Earlier year columns stay as history. A column insert is a change of the table's
 * structure, like `TableRowCollection.add` (docs/excel/co-authoring-in-excel-add-ins.md):
 * co-authors may be asked to refresh; it is a once-a-year action, said in the pane.
 */
export async function writeNewBudgetYear(
  context: Excel.RequestContext,
  plan: NewBudgetYear,
  stamp: ChangeStamp,
): Promise<NewYearResult> {
  const invalid = [
    ...checkYears(plan.to),
    ...(plan.to.budgetYear > plan.from.budgetYear
      ? []
      : [{ code: "notLater" as const, found: plan.to.budgetYear, after: plan.from.budgetYear }]),
  ];
  if (invalid.length > 0) return { status: "invalid", problems: invalid };
  const years = yearsOf(plan.to);
  const queued = YEAR_TABLES.map((key) => {
    const table = context.workbook.tables.getItem(TABLE_NAMES[key]);
    const header = table.getHeaderRowRange().load("values");
    const body = table.getDataBodyRange().load("values");
    const beside = table
      .getRange()
      .getLastColumn()
      .getOffsetRange(0, 1)
      .getResizedRange(0, years.length - 1);
    const edge = beside.load("address");
    const used = beside.getUsedRangeOrNullObject(true).load("address");
    return { key, header, body, edge, used };
  });
  const settings = context.workbook.tables.getItem(TABLE_NAMES.settings);
  const settingsHeader = settings.getHeaderRowRange().load("values");
  const settingsBody = settings.getDataBodyRange().load("values");
  let log: AppendCheck = queueAppendCheck(context, TABLE_NAMES.changeLog, LOG_ROOM);
  const missing = await syncExpecting(context, [
    ...YEAR_TABLES.map((key) => ({ table: TABLE_NAMES[key] })),
    { table: TABLE_NAMES.settings },
    { table: TABLE_NAMES.changeLog },
  ]);
  if (missing.length > 0) return { status: "blocked", problems: missing };

  const setting = settingRows(settingsHeader.values[0], settingsBody.values);
  if (!setting.ok) return { status: "blocked", problems: setting.problems };
  if (setting.budgetYear !== plan.from.budgetYear || setting.estimateYears !== plan.from.estimateYears)
    return { status: "stale" };
  const lastYear = plan.from.budgetYear + plan.from.estimateYears;
  const entries: ChangeEntry[] = [
    logEntry(
      stamp,
      TABLE_NAMES.settings,
      "",
      LOG_EVENTS.newBudgetYear,
      span(yearsOf(plan.from)),
      `${span(years)}; carry: ${plan.carry}`,
    ),
  ];
  const inserts: { key: YearTable; columns: NewColumn[] }[] = [];
  const blocked: WorkbookProblem[] = [];
  let carried = 0;
  for (const { key, header, body, edge, used } of queued) {
    const names = header.values[0].map((cell: CellValue) => decodeText(cell));
    const fill =
      key === "initiatives"
        ? initiativeFill(names, plan.carry, lastYear)
        : key === "targets"
          ? targetFill(plan.targets)
          : measureFill;
    const { columns, filled } = newColumns(key, names, body.values, years, fill);
    if (columns.length === 0) continue;
    // The insert takes the columns right of the table: someone's cells there block it.
    const start = parseAddress(edge.address)?.column ?? 0;
    const taken = used.isNullObject ? null : parseAddress(used.address);
    if (taken && taken.column < start + columns.length) {
      blocked.push({
        key: "blockedBelowTable",
        severity: "error",
        table: TABLE_NAMES[key],
        address: used.address,
      });
      continue;
    }
    inserts.push({ key, columns });
    for (const column of columns)
      entries.push(logEntry(stamp, TABLE_NAMES[key], "", LOG_EVENTS.columnAdded, "", column.name));
    if (key !== "measures")
      for (const cell of filled)
        entries.push(logEntry(stamp, TABLE_NAMES[key], cell.id, cell.column, "", cell.value));
    if (key === "initiatives") carried = filled.length;
  }
  if (blocked.length > 0) return { status: "blocked", problems: blocked };
  entries.push(
    logEntry(
      stamp,
      TABLE_NAMES.settings,
      SETTING_KEYS.budgetYear,
      SETTINGS_COLUMNS.value,
      plan.from.budgetYear,
      plan.to.budgetYear,
    ),
    logEntry(
      stamp,
      TABLE_NAMES.settings,
      SETTING_KEYS.estimateYears,
      SETTINGS_COLUMNS.value,
      plan.from.estimateYears,
      plan.to.estimateYears,
    ),
  );
  if (entries.length > LOG_ROOM) {
    log = queueAppendCheck(context, TABLE_NAMES.changeLog, entries.length);
    await context.sync();
  }
  const logState = appendCheckResult(log);
  if ("problems" in logState) return { status: "blocked", problems: logState.problems };

  for (const { key, columns } of inserts) {
    const table = context.workbook.tables.getItem(TABLE_NAMES[key]);
    let count = queued.find((entry) => entry.key === key)?.header.values[0].length ?? 0;
    for (const column of columns) {
      // ExcelApi 1.1 needs an index below the column count; 1.4 appends with -1.
      const added = table.columns.add(column.index >= count ? -1 : column.index, undefined, column.name);
      count++;
      const cells = added.getDataBodyRange();
      cells.numberFormat = column.cells.map((cell) => [cell.numberFormat]);
      cells.values = column.cells.map((cell) => [cell.value]);
    }
  }
  const value = (row: number, cell: number) => {
    const target = settings.getDataBodyRange().getCell(row, setting.valueColumn);
    const encoded = encodeText(String(cell));
    target.numberFormat = [[encoded.numberFormat]];
    target.values = [[encoded.value]];
  };
  value(setting.budgetYearRow, plan.to.budgetYear);
  value(setting.estimateYearsRow, plan.to.estimateYears);
  queueAppend(context, TABLE_NAMES.changeLog, logRows(logState.header, entries));
  await context.sync();
  return {
    status: "started",
    added: inserts.map(({ key, columns }) => ({
      table: TABLE_NAMES[key],
      columns: columns.map((c) => c.name),
    })),
    carried,
  };
}

/** "2025–2028", or "2025" for a horizon of one year. */
function span(years: readonly number[]): string {
  return years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : String(years[0]);
}

/** Where BudgetYear and EstimateYears are in BAR_Settings, and what they hold. */
function settingRows(header: readonly CellValue[], rows: readonly CellValue[][]) {
  const at = (name: string) =>
    header.findIndex((cell) => decodeText(cell).trim().toLowerCase() === name.toLowerCase());
  const keyColumn = at(SETTINGS_COLUMNS.key);
  const valueColumn = at(SETTINGS_COLUMNS.value);
  const row = (key: string) =>
    keyColumn === -1
      ? -1
      : rows.findIndex((cells) => decodeText(cells[keyColumn]).trim().toLowerCase() === key.toLowerCase());
  const budgetYearRow = row(SETTING_KEYS.budgetYear);
  const estimateYearsRow = row(SETTING_KEYS.estimateYears);
  const problems: WorkbookProblem[] = [];
  if (valueColumn === -1)
    problems.push({
      key: "columnMissing",
      severity: "error",
      table: TABLE_NAMES.settings,
      column: SETTINGS_COLUMNS.value,
      renamedTo: null,
    });
  for (const [setting, index] of [
    [SETTING_KEYS.budgetYear, budgetYearRow],
    [SETTING_KEYS.estimateYears, estimateYearsRow],
  ] as const)
    if (index === -1) problems.push({ key: "missingSetting", severity: "warning", setting });
  if (problems.length > 0) return { ok: false as const, problems };
  const number = (index: number) => Number(decodeText(rows[index][valueColumn]).trim());
  return {
    ok: true as const,
    valueColumn,
    budgetYearRow,
    estimateYearsRow,
    budgetYear: number(budgetYearRow),
    estimateYears: number(estimateYearsRow),
  };
}
