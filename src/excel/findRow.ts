import type { CellValue, WorkbookProblem } from "../engine/workbookProblem";
import { queueAppendCheck, type AppendCheck } from "./appendRows";
import { decodeText } from "./cells";
import { TABLE_NAMES } from "./schema";
import { isPayloadLimit, syncExpecting } from "./tableAccess";

/** A row found by its key for an edit, with the table's header and the log's append check. */
export type FoundRow = {
  header: CellValue[];
  bodyAddress: string;
  /** The body rows read (all of them, or only the found one when the table was too large to read whole). */
  rows: CellValue[][];
  /** The row's index in the table body, or -1. */
  index: number;
  current: CellValue[] | null;
  log: AppendCheck;
};

/**
 * The first round trip of a checked edit: the table's header and body, and whether the
 * change log can take `logRows` rows. One sync when the table can be read whole; when it
 * is over Excel on the web's 5 MB response limit (5,000 initiatives with long notes), the
 * key column is read first and then the one row: three syncs, the third a single row.
 */
export async function findRow(
  context: Excel.RequestContext,
  name: string,
  keyColumn: string,
  id: string,
  logRows: number,
  years: readonly number[],
): Promise<FoundRow | { problems: WorkbookProblem[] }> {
  const wanted = id.trim().toLowerCase();
  const matches = (cell: CellValue) => decodeText(cell).trim().toLowerCase() === wanted;
  const expected = [{ table: name }, { table: TABLE_NAMES.changeLog }];
  const table = context.workbook.tables.getItem(name);
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("values, address");
  const log = queueAppendCheck(context, TABLE_NAMES.changeLog, logRows);
  try {
    const problems = await syncExpecting(context, expected, years);
    if (problems.length > 0) return { problems };
    const keyAt = header.values[0].findIndex(
      (cell) => decodeText(cell).trim().toLowerCase() === keyColumn.toLowerCase(),
    );
    const index = keyAt === -1 ? -1 : body.values.findIndex((row) => matches(row[keyAt]));
    const rows = body.values as CellValue[][];
    return {
      header: header.values[0],
      bodyAddress: body.address,
      rows,
      index,
      current: rows[index] ?? null,
      log,
    };
  } catch (error) {
    if (!isPayloadLimit(error)) throw error;
  }
  const again = context.workbook.tables.getItem(name);
  const headerAgain = again.getHeaderRowRange().load("values");
  const keys = again.columns.getItem(keyColumn).getDataBodyRange().load("values");
  const bodyAgain = again.getDataBodyRange().load("address");
  const logAgain = queueAppendCheck(context, TABLE_NAMES.changeLog, logRows);
  const problems = await syncExpecting(context, [{ table: name, columns: [keyColumn] }, expected[1]], years);
  if (problems.length > 0) return { problems };
  const index = keys.values.findIndex((row) => matches(row[0]));
  const base = { header: headerAgain.values[0], bodyAddress: bodyAgain.address, index, log: logAgain };
  if (index === -1) return { ...base, rows: [], current: null };
  const row = context.workbook.tables.getItem(name).getDataBodyRange().getRow(index).load("values");
  await context.sync();
  const current = row.values[0] as CellValue[];
  return { ...base, rows: [current], current };
}

/** The cells of the columns an edit changes, in the row found by its key, and the log's append check. */
export type FoundCells = {
  header: CellValue[];
  bodyAddress: string;
  /** The row's index in the table body, or -1. */
  index: number;
  /** The row's cell in each column asked for, by the column name as asked. */
  cells: Record<string, CellValue>;
  log: AppendCheck;
};

/**
 * The first round trip of a checked edit at any size: the header, the key column and only
 * the columns the edit changes, so the response stays small however many rows there are
 * (50,000 initiatives: a few hundred KB, far under Excel on the web's 5 MB) and the edit
 * takes two round trips. A column that is not there is reported like a missing table.
 */
export async function findCells(
  context: Excel.RequestContext,
  name: string,
  keyColumn: string,
  id: string,
  columns: readonly string[],
  logRows: number,
  years: readonly number[],
): Promise<FoundCells | { problems: WorkbookProblem[] }> {
  const wanted = id.trim().toLowerCase();
  const table = context.workbook.tables.getItem(name);
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("address");
  const asked = [...new Set([keyColumn, ...columns])];
  const loaded = asked.map((column) => table.columns.getItem(column).getDataBodyRange().load("values"));
  const log = queueAppendCheck(context, TABLE_NAMES.changeLog, logRows);
  const problems = await syncExpecting(
    context,
    [{ table: name, columns: asked }, { table: TABLE_NAMES.changeLog }],
    years,
  );
  if (problems.length > 0) return { problems };
  const keys = loaded[0].values as CellValue[][];
  const index = keys.findIndex((row) => decodeText(row[0]).trim().toLowerCase() === wanted);
  const cells = Object.fromEntries(
    asked.map((column, at) => [column, index === -1 ? "" : (loaded[at].values[index][0] as CellValue)]),
  );
  return { header: header.values[0], bodyAddress: body.address, index, cells, log };
}
