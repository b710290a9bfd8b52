import type { FakeExcelClient, RunArguments } from "./fakeExcel";

/**
 * The Excel enums the Excel layer names (`Excel.ClearApplyTo.all`, …), with the string
 * values Office.js gives them. Office.js accepts the strings themselves too, and so does the fake.
 */
export const EXCEL_ENUMS = {
  ClearApplyTo: {
    all: "All",
    formats: "Formats",
    contents: "Contents",
    hyperlinks: "Hyperlinks",
    removeHyperlinks: "RemoveHyperlinks",
    resetContents: "ResetContents",
  },
  ChartType: {
    columnClustered: "ColumnClustered",
    columnStacked: "ColumnStacked",
    barClustered: "BarClustered",
    line: "Line",
    pie: "Pie",
  },
  ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
  EventSource: { local: "Local", remote: "Remote" },
  DataChangeType: {
    unknown: "Unknown",
    rangeEdited: "RangeEdited",
    rowInserted: "RowInserted",
    rowDeleted: "RowDeleted",
    columnInserted: "ColumnInserted",
    columnDeleted: "ColumnDeleted",
    cellInserted: "CellInserted",
    cellDeleted: "CellDeleted",
  },
} as const;

/** A batch as `Excel.run` takes it. */
type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** What the global `Excel` must offer the Excel layer: `run` (batch last, as in every overload) and the enums. */
export type FakeExcelNamespace = typeof EXCEL_ENUMS & {
  run: <T>(...args: [...unknown[], Batch<T>]) => Promise<T>;
};

/**
 * A stand-in for the global `Excel` bound to one client: `Excel.run` runs on the fake
 * workbook. Install it as `globalThis.Excel` where code under test calls `Excel.run` or
 * reads an enum (the preview's task pane, jest tests of the report writer).
 */
export function toExcelNamespace(client: FakeExcelClient): FakeExcelNamespace {
  return {
    ...EXCEL_ENUMS,
    run: <T>(...args: [...unknown[], Batch<T>]) => client.run(...(args as unknown as RunArguments<T>)),
  };
}
