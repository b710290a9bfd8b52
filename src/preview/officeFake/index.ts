/**
 * An in-memory workbook that answers the Office.js calls src/excel makes, for the browser
 * preview and the tests; production code never imports it. Start with `new FakeWorkbook()`,
 * make one `createClient()` per co-author, and pass `client.run` where Excel.run would go.
 * Plug a spreadsheet engine in with `workbook.model.evaluator = …` (see FormulaEvaluator).
 */
export { FakeExcelClient, FakeRequestContext, FakeWorkbook } from "./fakeExcel";
export { FakeOfficeError, type FakeErrorCode } from "./fakeOfficeError";
export {
  referenceEvaluator,
  type CellChange,
  type CellPosition,
  type FormulaEvaluator,
  type WorkbookReader,
} from "./formulaEvaluator";
export { EXCEL_ENUMS, toExcelNamespace, type FakeExcelNamespace } from "./excelEnums";
export type { ChartModel, ClearApplyTo, SeriesBy, SheetModel } from "./workbookModel";
