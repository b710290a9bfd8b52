import type { CellValue } from "../engine/workbookProblem";
import { TABLE_KEYS, TABLE_NAMES, type Settings } from "./schema";
import { toWorkbookData, type RawWorkbook, type WorkbookData } from "./toWorkbookData";

/**
 * Reads everything the pane shows with one `context.sync()`, however many rows there are:
 * every BAR table's header and body in one batch. A missing table is a null object, so
 * a broken workbook costs no extra round trip; the change log's rows are not read (only
 * its header, to check its columns).
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  fallback?: Settings,
): Promise<WorkbookData> {
  const queued = TABLE_KEYS.map((key) => {
    const table = context.workbook.tables.getItemOrNullObject(TABLE_NAMES[key]);
    const header = table.getHeaderRowRange().load("values");
    // The log's body is history the pane does not need; its first row gives the address.
    const body = (key === "changeLog" ? table.getDataBodyRange().getRow(0) : table.getDataBodyRange()).load(
      "values, address",
    );
    return { key, table, header, body };
  });
  await context.sync();
  const raw = {} as RawWorkbook;
  for (const { key, table, header, body } of queued) {
    raw[key] = table.isNullObject
      ? null
      : {
          name: TABLE_NAMES[key],
          header: header.values[0] as CellValue[],
          rows: key === "changeLog" ? [] : (body.values as CellValue[][]),
          bodyAddress: body.address,
        };
  }
  return toWorkbookData(raw, fallback);
}
