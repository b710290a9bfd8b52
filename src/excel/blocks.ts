import type { CellValue } from "../engine/workbookProblem";
import { isPayloadLimit } from "./tableAccess";

/**
 * Reads and writes that can exceed Excel's limits go in blocks below them: Excel on the web
 * limits a request and a response to 5 MB, and every host a read to five million cells
 * (docs/concepts/resource-limits-and-performance-optimization.md; docs/excel/performance.md,
 * "Payload size limit best practices": "Split the operation into smaller pieces … Call
 * `context.sync()` for each sub-operation").
 */

/** Cells one read may return on every host. */
export const CELLS_PER_READ = 5_000_000;

/** What one write block may send: under the web's 5 MB with room for the batch's other calls. */
export const BYTES_PER_WRITE = 4 * 1024 * 1024;

/**
 * Reads the values of `rows` rows × `columns` columns in blocks, one sync each, halving a
 * block that is still over a payload limit. It starts with all rows, or with half when the
 * caller has already seen the whole fail (`afterFailure`), and never above the cell limit.
 * `rangeOf(row, count)` queues the range of rows `row`…`row + count - 1`.
 */
export async function readRowsInBlocks(
  context: Excel.RequestContext,
  rows: number,
  columns: number,
  rangeOf: (row: number, count: number) => Excel.Range,
  afterFailure = true,
): Promise<CellValue[][]> {
  const out: CellValue[][] = [];
  const byCells = Math.floor(CELLS_PER_READ / Math.max(columns, 1));
  let size = Math.max(1, Math.min(afterFailure ? Math.ceil(rows / 2) : rows, byCells));
  let at = 0;
  while (at < rows) {
    const count = Math.min(size, rows - at);
    const range = rangeOf(at, count).load("values");
    try {
      // One sync per block is the point: Microsoft's advice for reads over the limits.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isPayloadLimit(error) || count === 1) throw error;
      size = Math.ceil(count / 2);
      continue;
    }
    for (const row of range.values) out.push(row as CellValue[]);
    at += count;
  }
  return out;
}

/**
 * Splits rows into consecutive blocks whose JSON stays under `maxBytes` (a block holds one
 * row at least). `sent` gives what a row sends, as Office.js sends it: values and number
 * formats both count.
 */
export function toWriteBlocks<T>(
  rows: readonly T[],
  sent: (row: T) => unknown = (row) => row,
  maxBytes = BYTES_PER_WRITE,
): T[][] {
  const blocks: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const row of rows) {
    const size = byteLength(JSON.stringify(sent(row)) ?? "");
    if (current.length > 0 && bytes + size > maxBytes) {
      blocks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(row);
    bytes += size;
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

const encoder = new TextEncoder();

/** UTF-8 bytes of a text: Excel counts bytes, and Danish letters take two. */
function byteLength(text: string): number {
  return !/[\u0080-\uffff]/.test(text) ? text.length : encoder.encode(text).length;
}
