import type { WorkbookProblem } from "../engine/workbookProblem";
import { decodeText, type EncodedCell } from "./cells";

/** What the first round trip of an append loads: the table, its header, and the cells it will fill. */
export type AppendCheck = {
  name: string;
  table: Excel.Table;
  header: Excel.Range;
  /** The non-blank part of the rows below the table that the append will fill; a null object when free. */
  below: Excel.Range;
  /** The body as it was, for its row count. */
  body: Excel.Range;
};

/**
 * Queues what an append needs to know, for the first round trip of an operation: the
 * header (to lay rows out by column name) and whether the `rows` rows under the table are
 * free. Rows are written there with a range write and the table resized, never with
 * TableRowCollection.add, which makes co-authoring merge conflicts. The table is asked for
 * with `getItem`: sync with `syncExpecting` (tableAccess.ts), which reports it missing.
 */
export function queueAppendCheck(context: Excel.RequestContext, name: string, rows: number): AppendCheck {
  const table = context.workbook.tables.getItem(name);
  const header = table.getHeaderRowRange().load("values");
  const target = table
    .getDataBodyRange()
    .getLastRow()
    .getOffsetRange(1, 0)
    .getResizedRange(Math.max(rows, 1) - 1, 0);
  const below = target.getUsedRangeOrNullObject(true).load("address");
  const body = table.getDataBodyRange().load("rowCount");
  return { name, table, header, below, body };
}

/** After the sync: the table's header, or the problems that stop the append (cells below in use). */
export function appendCheckResult(
  check: AppendCheck,
): { header: string[]; rowsBefore: number } | { problems: WorkbookProblem[] } {
  if (!check.below.isNullObject) {
    // Writing there would overwrite a colleague's cells; the pane explains and they move them.
    const address = check.below.address;
    return { problems: [{ key: "blockedBelowTable", severity: "error", table: check.name, address }] };
  }
  return {
    header: check.header.values[0].map((cell: unknown) => decodeText(cell as string)),
    rowsBefore: check.body.rowCount,
  };
}

/**
 * Queues writing `rows` directly under the table's last row and making the table cover
 * them. The position is taken when the batch runs, so a co-author's append in between
 * moves ours down instead of being overwritten.
 *
 * Excel expands a table over values set directly below it (docs/excel/co-authoring-in-excel-add-ins.md,
 * "Use Range.values to add rows"), but not over rows that are all blank, and an
 * AutoCorrect option can turn that off; so the table is resized to the bounding box of
 * itself and the rows, evaluated after the write: a no-op when Excel expanded it, the
 * growth when it did not, never twice. Text is safe by its apostrophe (`encodeText`), so
 * the order of format and value does not matter.
 */
export function queueAppend(
  context: Excel.RequestContext,
  name: string,
  rows: readonly EncodedCell[][],
): void {
  if (rows.length === 0) return;
  const table = context.workbook.tables.getItem(name);
  const target = table
    .getDataBodyRange()
    .getLastRow()
    .getOffsetRange(1, 0)
    .getResizedRange(rows.length - 1, 0);
  target.numberFormat = rows.map((row) => row.map((cell) => cell.numberFormat));
  target.values = rows.map((row) => row.map((cell) => cell.value));
  table.resize(table.getRange().getBoundingRect(target));
}

/**
 * Queues reading a table's rows from `fromRow` to its end, after an append in the same
 * batch: what co-authors appended since the first round trip, followed by our own rows.
 */
export function queueRowsSince(context: Excel.RequestContext, name: string, fromRow: number): Excel.Range {
  const body = context.workbook.tables.getItem(name).getDataBodyRange();
  return body.getRow(fromRow).getBoundingRect(body.getLastRow()).load("values");
}
