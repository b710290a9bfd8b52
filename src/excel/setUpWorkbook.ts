import type { WorkbookProblem } from "../engine/workbookProblem";
import { yearsOf } from "../engine/years";
import { parseAddress } from "./a1";
import { appendCheckResult, queueAppend, queueAppendCheck } from "./appendRows";
import { readRowsInBlocks } from "./blocks";
import { LOG_EVENTS, logEntry, logRows, type ChangeEntry, type ChangeStamp } from "./changeLog";
import { TABLES_WITH_CODE_LISTS, queueCodeLists } from "./codeLists";
import { layoutOf } from "./layout";
import { BAR_SHEET, TABLE_KEYS, TABLE_NAMES, defaultSettings, type Settings, type TableKey } from "./schema";
import { SEED_002_SETTINGS } from "./seed002";
import { initialCells, planTable, type SheetCells, type TablePlan } from "./setUpPlan";
import { toSettings } from "./toSettings";

/** Options for "Set up this workbook". */
export type SetUpOptions = {
  /** Fill new tables with the April 2021 status of seed 002. @default false */
  example?: boolean;
  /** Settings for a new BAR_Settings; an existing one is kept. @default next year + 3, or 2021 with the example */
  settings?: Settings;
};

/** What set-up did, table by table. */
export type SetUpResult = {
  created: TableKey[];
  /** Tables wrapped again around cells that survived (a table converted to a range). */
  restored: TableKey[];
  /** Tables that were there and were not touched. */
  kept: TableKey[];
  /** The example was asked for but BAR_Initiatives existed, so nothing was added to it. */
  exampleSkipped: boolean;
  problems: WorkbookProblem[];
};

/**
 * Creates the BAR sheet and whatever BAR tables are missing: two round trips in a new
 * workbook, four when the sheet is there (which tables exist; the settings, the log and
 * the sheet's extent; the sheet's cells, in blocks under the web's limits; the writes). Existing
 * tables are kept as they are, so running it again destroys nothing; no other sheet is
 * touched, and cells on the BAR sheet that are not a BAR table are never overwritten.
 */
export async function setUpWorkbook(
  context: Excel.RequestContext,
  options: SetUpOptions,
  stamp: ChangeStamp,
): Promise<SetUpResult> {
  // Which of the sheet and the tables exist, first: nothing is asked of a possible null
  // object before its isNullObject is known (tableAccess.ts).
  const sheetProbe = context.workbook.worksheets.getItemOrNullObject(BAR_SHEET);
  const probes = TABLE_KEYS.map((key) => context.workbook.tables.getItemOrNullObject(TABLE_NAMES[key]));
  await context.sync();
  const present = new Set(TABLE_KEYS.filter((_, at) => !probes[at].isNullObject));
  const has = (key: TableKey) => present.has(key);
  const sheetExists = !sheetProbe.isNullObject;

  const used = sheetExists
    ? context.workbook.worksheets.getItem(BAR_SHEET).getUsedRangeOrNullObject(true).load("address")
    : null;
  const settingsTable = has("settings") ? context.workbook.tables.getItem(TABLE_NAMES.settings) : null;
  const settingsHeader = settingsTable?.getHeaderRowRange().load("values");
  const settingsBody = settingsTable?.getDataBodyRange().load("values, address");
  const log = has("changeLog")
    ? queueAppendCheck(context, TABLE_NAMES.changeLog, TABLE_KEYS.length + 1)
    : null;
  if (sheetExists || settingsTable || log) await context.sync();

  const wanted = options.settings ?? (options.example ? SEED_002_SETTINGS : defaultSettings());
  const settings =
    settingsHeader && settingsBody
      ? toSettings(
          {
            name: "",
            header: settingsHeader.values[0],
            rows: settingsBody.values,
            bodyAddress: settingsBody.address,
          },
          wanted,
        ).settings
      : wanted;
  const years = yearsOf(settings.years);
  const layout = layoutOf(years);
  const cells = TABLE_KEYS.every(has) ? null : await readSheetCells(context, used);
  const result: SetUpResult = { created: [], restored: [], kept: [], exampleSkipped: false, problems: [] };
  const plans = new Map<TableKey, TablePlan>();
  for (const key of TABLE_KEYS) {
    if (has(key)) result.kept.push(key);
    else plans.set(key, planTable(key, layout[key], cells, years));
  }
  for (const [key, plan] of plans) {
    if (plan.action === "occupied") {
      result.problems.push({
        key: "regionOccupied",
        severity: "error",
        table: TABLE_NAMES[key],
        address: `${BAR_SHEET}!${plan.address}`,
      });
    } else (plan.action === "create" ? result.created : result.restored).push(key);
  }
  result.exampleSkipped = Boolean(options.example) && !result.created.includes("initiatives");
  if (result.created.length === 0 && result.restored.length === 0) return result;

  const entries: ChangeEntry[] = [
    ...result.created.map((key) =>
      logEntry(stamp, TABLE_NAMES[key], "", LOG_EVENTS.tableCreated, "", TABLE_NAMES[key]),
    ),
    ...result.restored.map((key) =>
      logEntry(stamp, TABLE_NAMES[key], "", LOG_EVENTS.tableRestored, "", TABLE_NAMES[key]),
    ),
    logEntry(stamp, "", "", LOG_EVENTS.setUp, "", options.example ? "seed 002" : ""),
  ];
  const target = sheetExists
    ? context.workbook.worksheets.getItem(BAR_SHEET)
    : context.workbook.worksheets.add(BAR_SHEET);
  const initial = { example: Boolean(options.example), settings, years, log: entries };
  for (const [key, plan] of plans) {
    if (plan.action === "occupied") continue;
    let range: Excel.Range;
    if (plan.action === "create") {
      const rows = initialCells(key, initial);
      range = target.getRangeByIndexes(0, plan.place.column, rows.length, plan.place.columns);
      range.numberFormat = rows.map((row) => row.map((cell) => cell.numberFormat));
      range.values = rows.map((row) => row.map((cell) => cell.value));
    } else {
      range = target.getRangeByIndexes(
        plan.block.row,
        plan.block.column,
        plan.block.rows,
        plan.block.columns,
      );
    }
    const table = target.tables.add(range, true);
    table.name = TABLE_NAMES[key];
    // A restored table's cells keep the validation they had, which may be a colleague's rule:
    // the read then offers the drop-downs where a cell has none (codeListsMissing).
    if (plan.action === "create" && TABLES_WITH_CODE_LISTS.includes(key)) queueCodeLists(table, key);
  }
  if (log) {
    const logState = appendCheckResult(log);
    if ("problems" in logState) result.problems.push(...logState.problems);
    else queueAppend(context, TABLE_NAMES.changeLog, logRows(logState.header, entries));
  } else {
    const plan = plans.get("changeLog");
    // A restored log ends at its last used row, so the rows below it are free.
    if (plan?.action === "restore")
      queueAppend(context, TABLE_NAMES.changeLog, logRows(plan.header, entries));
  }
  await context.sync();
  return result;
}

/** The BAR sheet's cells (its used range), read in blocks under Excel's limits; null when it is empty. */
async function readSheetCells(context: Excel.RequestContext, used: Excel.Range | null): Promise<SheetCells> {
  if (!used || used.isNullObject) return null;
  const block = parseAddress(used.address);
  if (!block) return null;
  const values = await readRowsInBlocks(
    context,
    block.rows,
    block.columns,
    (row, count) =>
      context.workbook.worksheets
        .getItem(BAR_SHEET)
        .getRangeByIndexes(block.row + row, block.column, count, block.columns),
    false,
  );
  return { block, values };
}
