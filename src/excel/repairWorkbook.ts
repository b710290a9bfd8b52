import { newInitiativeId } from "../engine/initiative";
import type { CellValue, Repair, WorkbookProblem } from "../engine/workbookProblem";
import { addCodeLists } from "./addCodeLists";
import { appendCheckResult, queueAppend, queueAppendCheck } from "./appendRows";
import { TEXT_FORMAT, decodeText, encodeFor, encodeText } from "./cells";
import { LOG_EVENTS, logEntry, logRows, type ChangeStamp } from "./changeLog";
import { editRow } from "./editRow";
import { SETTINGS_COLUMNS, TABLE_NAMES, columnsOf, tableKeyOf, type TableKey } from "./schema";
import { setUpWorkbook } from "./setUpWorkbook";
import { syncExpecting } from "./tableAccess";
import { plainCells, toRow } from "./toCells";

/** What a repair came to. `stale`: the workbook changed since it was offered; read again and retry. */
export type RepairResult =
  { status: "repaired" } | { status: "stale" } | { status: "blocked"; problems: WorkbookProblem[] };

/**
 * Carries out one repair the pane offered with a problem, in at most two round trips
 * (set-up: see setUpWorkbook). Each first checks the workbook still looks as it did when
 * the problem was found, and each is logged in BAR_ChangeLog.
 */
export async function repairWorkbook(
  context: Excel.RequestContext,
  repair: Repair,
  years: readonly number[],
  stamp: ChangeStamp,
): Promise<RepairResult> {
  switch (repair.kind) {
    case "setUp": {
      const result = await setUpWorkbook(context, {}, stamp);
      return result.problems.length > 0
        ? { status: "blocked", problems: result.problems }
        : { status: "repaired" };
    }
    case "setCell": {
      const key = tableKeyOf(repair.table);
      if (!key) return { status: "stale" };
      const spec = columnsOf(key, years).find(
        (candidate) => candidate.name.toLowerCase() === repair.column.toLowerCase(),
      );
      const edit = {
        column: repair.column,
        base: repair.from,
        value: encodeFor(spec ?? { kind: "text" }, repair.to),
        exact: true,
      };
      const outcome = await editRow(context, key, repair.id, [edit], stamp, undefined, years);
      if (outcome.status === "saved" || outcome.status === "unchanged") return { status: "repaired" };
      return outcome.status === "blocked" ? outcome : { status: "stale" };
    }
    case "renameColumn":
      return renameColumn(context, repair, stamp);
    case "addColumn":
      return addColumn(context, repair, years, stamp);
    case "addSetting":
      return addSetting(context, repair, stamp);
    case "assignId":
      return assignId(context, repair, years, stamp);
    case "addCodeLists":
      return addCodeLists(context, repair, stamp);
  }
}

async function renameColumn(
  context: Excel.RequestContext,
  repair: Extract<Repair, { kind: "renameColumn" }>,
  stamp: ChangeStamp,
): Promise<RepairResult> {
  const header = context.workbook.tables.getItem(repair.table).getHeaderRowRange().load("values");
  const log = queueAppendCheck(context, TABLE_NAMES.changeLog, 1);
  const missing = await syncExpecting(context, [{ table: repair.table }, { table: TABLE_NAMES.changeLog }]);
  if (missing.some((problem) => problem.key === "tableMissing" && problem.table === repair.table))
    return { status: "stale" };
  if (missing.length > 0) return { status: "blocked", problems: missing };
  const names = header.values[0].map((cell) => decodeText(cell).trim().toLowerCase());
  if (!names.includes(repair.from.toLowerCase()) || names.includes(repair.to.toLowerCase()))
    return { status: "stale" };
  const logState = appendCheckResult(log);
  if ("problems" in logState) return { status: "blocked", problems: logState.problems };
  const cell = context.workbook.tables.getItem(repair.table).columns.getItem(repair.from).getHeaderRowRange();
  cell.numberFormat = [[TEXT_FORMAT]];
  cell.values = [[encodeText(repair.to).value]];
  const entry = logEntry(stamp, repair.table, "", LOG_EVENTS.columnRenamed, repair.from, repair.to);
  queueAppend(context, TABLE_NAMES.changeLog, logRows(logState.header, [entry]));
  await context.sync();
  return { status: "repaired" };
}

async function addColumn(
  context: Excel.RequestContext,
  repair: Extract<Repair, { kind: "addColumn" }>,
  years: readonly number[],
  stamp: ChangeStamp,
): Promise<RepairResult> {
  const key = tableKeyOf(repair.table);
  const spec = key && columnsOf(key, years).find((candidate) => candidate.name === repair.column);
  if (!spec) return { status: "stale" };
  const table = context.workbook.tables.getItem(repair.table);
  const header = table.getHeaderRowRange().load("values");
  const whole = table.getRange().load("rowCount");
  const right = table
    .getRange()
    .getLastColumn()
    .getOffsetRange(0, 1)
    .getUsedRangeOrNullObject(true)
    .load("address");
  const log = queueAppendCheck(context, TABLE_NAMES.changeLog, 1);
  const missing = await syncExpecting(context, [{ table: repair.table }, { table: TABLE_NAMES.changeLog }]);
  if (missing.some((problem) => problem.key === "tableMissing" && problem.table === repair.table))
    return { status: "stale" };
  if (missing.length > 0) return { status: "blocked", problems: missing };
  const names = header.values[0].map((cell) => decodeText(cell).trim().toLowerCase());
  if (names.includes(repair.column.toLowerCase())) return { status: "stale" };
  if (!right.isNullObject) {
    return {
      status: "blocked",
      problems: [
        { key: "blockedBelowTable", severity: "error", table: repair.table, address: right.address },
      ],
    };
  }
  const logState = appendCheckResult(log);
  if ("problems" in logState) return { status: "blocked", problems: logState.problems };
  // A year column starts as "-" in every row: not estimated, which is what a missing column meant.
  const fill = encodeFor(spec, spec.kind === "effect" ? "-" : "");
  const cells = [encodeText(spec.name), ...Array.from({ length: whole.rowCount - 1 }, () => fill)];
  const target = context.workbook.tables.getItem(repair.table);
  const column = target.getRange().getLastColumn().getOffsetRange(0, 1);
  column.numberFormat = cells.map((cell) => [cell.numberFormat]);
  column.values = cells.map((cell) => [cell.value]);
  // Excel may already have grown the table over the new column (host/tableAutoExpansion.ts
  // in the fake): the bounding box, evaluated after the write, is right either way.
  target.resize(target.getRange().getBoundingRect(column));
  const entry = logEntry(stamp, repair.table, "", LOG_EVENTS.columnAdded, "", repair.column);
  queueAppend(context, TABLE_NAMES.changeLog, logRows(logState.header, [entry]));
  await context.sync();
  return { status: "repaired" };
}

async function addSetting(
  context: Excel.RequestContext,
  repair: Extract<Repair, { kind: "addSetting" }>,
  stamp: ChangeStamp,
): Promise<RepairResult> {
  const name = TABLE_NAMES.settings;
  const target = queueAppendCheck(context, name, 1);
  const keys = target.table.columns.getItem(SETTINGS_COLUMNS.key).getDataBodyRange().load("values");
  const log = queueAppendCheck(context, TABLE_NAMES.changeLog, 1);
  const missing = await syncExpecting(context, [
    { table: name, columns: [SETTINGS_COLUMNS.key] },
    { table: TABLE_NAMES.changeLog },
  ]);
  if (missing.length > 0) return { status: "blocked", problems: missing };
  const targetState = appendCheckResult(target);
  if ("problems" in targetState) return { status: "blocked", problems: targetState.problems };
  const logState = appendCheckResult(log);
  if ("problems" in logState) return { status: "blocked", problems: logState.problems };
  const wanted = repair.setting.toLowerCase();
  if (keys.values.some((row: CellValue[]) => decodeText(row[0]).trim().toLowerCase() === wanted)) {
    return { status: "stale" };
  }
  queueAppend(context, name, [
    toRow(targetState.header, plainCells("settings", [], [repair.setting, repair.value])),
  ]);
  const entry = logEntry(stamp, name, repair.setting, SETTINGS_COLUMNS.value, "", repair.value);
  queueAppend(context, TABLE_NAMES.changeLog, logRows(logState.header, [entry]));
  await context.sync();
  return { status: "repaired" };
}

/** The column that names a row, to check a row is still the one the problem was about. */
const NAME_COLUMN: Partial<Record<TableKey, string>> = {
  initiatives: "Name",
  targets: "Name",
  strategy: "Measure",
};
const ID_PREFIX: Partial<Record<TableKey, string>> = { initiatives: "I-", targets: "T-", strategy: "R-" };

async function assignId(
  context: Excel.RequestContext,
  repair: Extract<Repair, { kind: "assignId" }>,
  years: readonly number[],
  stamp: ChangeStamp,
): Promise<RepairResult> {
  const key = tableKeyOf(repair.table);
  const nameColumn = key && NAME_COLUMN[key];
  if (!key || !nameColumn) return { status: "stale" };
  const keyColumn = columnsOf(key, years)[0].name;
  const table = context.workbook.tables.getItem(repair.table);
  const ids = table.columns.getItem(keyColumn).getDataBodyRange().load("values");
  const names = table.columns.getItem(nameColumn).getDataBodyRange().load("values");
  const log = queueAppendCheck(context, TABLE_NAMES.changeLog, 1);
  const missing = await syncExpecting(context, [
    { table: repair.table, columns: [keyColumn, nameColumn] },
    { table: TABLE_NAMES.changeLog },
  ]);
  // The table or its columns changed since the problem was found: read again.
  if (missing.some((problem) => "table" in problem && problem.table === repair.table))
    return { status: "stale" };
  if (missing.length > 0) return { status: "blocked", problems: missing };
  const id = decodeText(ids.values[repair.row]?.[0] ?? "").trim();
  const name = decodeText(names.values[repair.row]?.[0] ?? "");
  if (id !== repair.expectedId || name !== repair.expectedName) return { status: "stale" };
  const logState = appendCheckResult(log);
  if ("problems" in logState) return { status: "blocked", problems: logState.problems };
  const fresh = newInitiativeId(stamp.at).replace(/^I-/, ID_PREFIX[key] ?? "I-");
  const cell = context.workbook.tables
    .getItem(repair.table)
    .columns.getItem(keyColumn)
    .getDataBodyRange()
    .getCell(repair.row, 0);
  cell.numberFormat = [[TEXT_FORMAT]];
  cell.values = [[fresh]];
  const entry = logEntry(stamp, repair.table, fresh, LOG_EVENTS.idAssigned, id, fresh);
  queueAppend(context, TABLE_NAMES.changeLog, logRows(logState.header, [entry]));
  await context.sync();
  return { status: "repaired" };
}
