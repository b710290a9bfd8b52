import type { CellValue, CodeListGap } from "../engine/workbookProblem";
import { readRowsInBlocks } from "./blocks";
import { TABLES_WITH_CODE_LISTS, queueCodeListChecks, toCodeListGap, type CodeListCheck } from "./codeLists";
import { TABLE_KEYS, TABLE_NAMES, type Settings, type TableKey } from "./schema";
import { existingTables, isPayloadLimit, officeCode } from "./tableAccess";
import { toWorkbookData, type RawWorkbook, type WorkbookData } from "./toWorkbookData";

/**
 * Reads everything the pane shows: every BAR table's header and body in one batch, so one
 * `context.sync()` however many rows there are (the change log's rows are not read, only
 * its header and first row). The same batch asks whether each coded column has its
 * drop-down (codeLists.ts). Tables and those columns are asked for with `getItem`
 * (tableAccess.ts): when one is missing, Office fails the batch, and the read costs three
 * round trips (the read, which tables exist, the read of those; without the drop-down check
 * when every table is there, as then a coded column is missing), four when both are missing.
 * When the tables are over Excel on the web's 5 MB response limit, the bodies are read in
 * blocks below it, one sync each (blocks.ts).
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  fallback?: Settings,
): Promise<WorkbookData> {
  let keys: readonly TableKey[] = TABLE_KEYS;
  let checkLists = true;
  let inBlocks = false;
  for (;;) {
    try {
      const lists = checkLists ? keys.filter((key) => TABLES_WITH_CODE_LISTS.includes(key)) : [];
      const { raw, gaps } = inBlocks
        ? await readInBlocks(context, keys, lists)
        : await readAtOnce(context, keys, lists);
      return toWorkbookData(raw, fallback, gaps);
    } catch (error) {
      const notFound = officeCode(error) === "ItemNotFound";
      if (notFound && keys === TABLE_KEYS) {
        const present = new Set(
          await existingTables(
            context,
            TABLE_KEYS.map((key) => TABLE_NAMES[key]),
          ),
        );
        keys = TABLE_KEYS.filter((key) => present.has(TABLE_NAMES[key]));
        // Every table is there, so a coded column is missing: the read reports it (columnMissing).
        if (keys.length === TABLE_KEYS.length) checkLists = false;
      } else if (notFound && checkLists) checkLists = false;
      else if (isPayloadLimit(error) && !inBlocks) inBlocks = true;
      else throw error;
    }
  }
}

/** What one read returns: the tables, and the coded columns that lack their drop-down. */
export type Read = { raw: RawWorkbook; gaps: CodeListGap[] };

/** The drop-down checks of the tables `lists`, for the read's batch. */
function queueChecks(context: Excel.RequestContext, lists: readonly TableKey[]): CodeListCheck[] {
  return lists.flatMap((key) => queueCodeListChecks(context, key));
}

function gapsOf(checks: readonly CodeListCheck[]): CodeListGap[] {
  return checks.flatMap((check) => toCodeListGap(check) ?? []);
}

/** Every table of `keys` in one sync; the others are read as missing. `keepInitiatives`: that body's address only. */
export async function readAtOnce(
  context: Excel.RequestContext,
  keys: readonly TableKey[],
  lists: readonly TableKey[],
  keepInitiatives = false,
): Promise<Read> {
  const headerOnly = (key: TableKey) => key === "changeLog" || (keepInitiatives && key === "initiatives");
  const queued = keys.map((key) => {
    const table = context.workbook.tables.getItem(TABLE_NAMES[key]);
    const header = table.getHeaderRowRange().load("values");
    // The log's body is history the pane does not need; its first row gives the address.
    const body = (headerOnly(key) ? table.getDataBodyRange().getRow(0) : table.getDataBodyRange()).load(
      "values, address",
    );
    return { key, header, body };
  });
  const checks = queueChecks(context, lists);
  await context.sync();
  const raw = missingTables();
  for (const { key, header, body } of queued) {
    // Over five million cells Excel may answer null instead of failing (docs/excel/performance.md).
    if (body.values === null || body.values === undefined)
      throw Object.assign(new Error("cells for read: Excel returned no values"), {
        code: "GeneralException",
      });
    raw[key] = {
      name: TABLE_NAMES[key],
      header: header.values[0] as CellValue[],
      rows: headerOnly(key) ? [] : (body.values as CellValue[][]),
      bodyAddress: body.address,
    };
  }
  return { raw, gaps: gapsOf(checks) };
}

/** Headers, sizes and drop-down checks in one sync, then each body in blocks under the payload limits. */
async function readInBlocks(
  context: Excel.RequestContext,
  keys: readonly TableKey[],
  lists: readonly TableKey[],
): Promise<Read> {
  const queued = keys.map((key) => {
    const table = context.workbook.tables.getItem(TABLE_NAMES[key]);
    const header = table.getHeaderRowRange().load("values");
    const body = table.getDataBodyRange().load("address, rowCount, columnCount");
    return { key, header, body };
  });
  const checks = queueChecks(context, lists);
  await context.sync();
  const raw = missingTables();
  for (const { key, header, body } of queued) {
    const rows =
      key === "changeLog"
        ? []
        : await readRowsInBlocks(context, body.rowCount, body.columnCount, (row, count) =>
            context.workbook.tables
              .getItem(TABLE_NAMES[key])
              .getDataBodyRange()
              .getRow(row)
              .getResizedRange(count - 1, 0),
          );
    raw[key] = {
      name: TABLE_NAMES[key],
      header: header.values[0] as CellValue[],
      rows,
      bodyAddress: body.address,
    };
  }
  return { raw, gaps: gapsOf(checks) };
}

function missingTables(): RawWorkbook {
  return Object.fromEntries(TABLE_KEYS.map((key) => [key, null])) as RawWorkbook;
}
