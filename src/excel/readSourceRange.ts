import type { SourceGrid } from "../engine/importMapping";
import type { CellValue } from "../engine/workbookProblem";
import { columnLetters, parseAddress, toAddress, type CellBlock } from "./a1";
import { readRowsInBlocks } from "./blocks";
import { isPayloadLimit, officeCode } from "./tableAccess";

/** Where to import from: the user's selection, or an address such as `Ark1!A1:H40` (bare: the active sheet). */
export type SourceRange = "selection" | (string & {});

/** What reading the source of an import came to. */
export type SourceRangeResult =
  | {
      status: "read";
      grid: SourceGrid;
      /** The sheet the cells are on. */
      sheet: string;
      /** A bare address (`A1:H40`) was read on the active sheet, which the pane then names. */
      onActiveSheet: boolean;
    }
  /** The range holds no values. */
  | { status: "empty"; address: string }
  | { status: "notAnAddress"; address: string }
  | { status: "sheetMissing"; sheet: string }
  /** More than one range is selected (Ctrl+click): getSelectedRange takes one. */
  | { status: "multipleSelection" };

/**
 * Reads the cells of an import's source in one round trip: the used part of the range
 * (title rows and all; blank rows and columns around it are left off, so a selection of
 * whole columns reads only what is there), its values and number formats. A sheet that is
 * not there costs one more round trip to be sure; over the web's 5 MB the values are read
 * in blocks, without number formats (docs/excel/performance.md, "Payload size limit best
 * practices").
 *
 * - `workbook.getSelectedRange()` fails with InvalidSelection when several ranges are
 *   selected (docs/excel/excel-add-ins-workbooks.md, "Get the selected range").
 * - `worksheets.getItem(name)` fails the sync with ItemNotFound for a sheet that is not
 *   there (docs/develop/application-specific-api-model.md, "*OrNullObject methods and
 *   properties"); `getActiveWorksheet()` is "the sheet the user is currently working in"
 *   (docs/excel/excel-add-ins-worksheets.md).
 * - `Range.getUsedRangeOrNullObject(valuesOnly)` gives a null object when no cell of the
 *   range is used (@types/office-js, ExcelApi 1.4).
 */
export async function readSourceRange(
  context: Excel.RequestContext,
  source: SourceRange,
): Promise<SourceRangeResult> {
  const block = source === "selection" ? null : parseAddress(source);
  if (source !== "selection" && (block === null || source.trim() === ""))
    return { status: "notAnAddress", address: source };
  const onActiveSheet = block !== null && block.sheet === "";
  const rangeOf = (): Excel.Range => {
    if (block === null) return context.workbook.getSelectedRange();
    const sheets = context.workbook.worksheets;
    const sheet = onActiveSheet ? sheets.getActiveWorksheet() : sheets.getItem(block.sheet);
    return sheet.getRange(cellsOf(block));
  };
  const range = rangeOf().load("address");
  const used = range.getUsedRangeOrNullObject(true).load("address, values, numberFormat");
  try {
    await context.sync();
  } catch (error) {
    const code = officeCode(error);
    if (code === "InvalidSelection") return { status: "multipleSelection" };
    if (code === "ItemNotFound" && block !== null && !onActiveSheet) {
      const probe = context.workbook.worksheets.getItemOrNullObject(block.sheet);
      await context.sync();
      if (probe.isNullObject) return { status: "sheetMissing", sheet: block.sheet };
    }
    if (!isPayloadLimit(error)) throw error;
    return readInBlocks(context, rangeOf, onActiveSheet);
  }
  if (used.isNullObject) return { status: "empty", address: range.address };
  return toResult(used.address, used.values, used.numberFormat, onActiveSheet);
}

/** The cells part of a block's address, for `Worksheet.getRange`: `A1:H40`. */
function cellsOf(block: CellBlock): string {
  return toAddress({ ...block, sheet: "S" }).slice(2);
}

/** The source over a payload limit: where its used cells are, then their values in blocks. */
async function readInBlocks(
  context: Excel.RequestContext,
  rangeOf: () => Excel.Range,
  onActiveSheet: boolean,
): Promise<SourceRangeResult> {
  const range = rangeOf().load("address");
  const used = range.getUsedRangeOrNullObject(true).load("address");
  await context.sync();
  if (used.isNullObject) return { status: "empty", address: range.address };
  const block = parseAddress(used.address);
  if (block === null) throw new Error(`Excel gave "${used.address}" for the used range.`);
  const sheet = context.workbook.worksheets.getItem(block.sheet);
  const values = await readRowsInBlocks(context, block.rows, block.columns, (row, count) =>
    sheet.getRange(cellsOf({ ...block, row: block.row + row, rows: count })),
  );
  return toResult(used.address, values, null, onActiveSheet);
}

function toResult(
  address: string,
  values: CellValue[][],
  numberFormats: string[][] | null,
  onActiveSheet: boolean,
): SourceRangeResult {
  const block = parseAddress(address);
  if (block === null) throw new Error(`Excel gave "${address}" for the used range.`);
  const columns = Array.from({ length: block.columns }, (_, at) => columnLetters(block.column + at));
  return {
    status: "read",
    grid: { address, firstRow: block.row + 1, columns, values, numberFormats },
    sheet: block.sheet,
    onActiveSheet,
  };
}
