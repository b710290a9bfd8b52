import { FakeOfficeError } from "./fakeOfficeError";
import type { SheetBlock } from "./sheetBlock";
import type { SheetModel, WorkbookModel } from "./workbookModel";

/**
 * How a chart reads its source: one series per row or per column. `ChartCollection.add`'s
 * seriesBy "specifies the way columns or rows are used as data series on the chart"
 * (Excel.ChartCollection.add, @types/office-js; docs/excel/excel-add-ins-charts.md, "Create a
 * chart from a range"). The fake stores the source block only: each row (or column) of it is
 * a series, as the preview's toChartData reads it; series added one by one are not modelled.
 */
export type SeriesBy = "Auto" | "Rows" | "Columns";

/** A chart on a sheet: only what is needed to draw it (type, data, title, where it sits). */
export type ChartModel = {
  id: string;
  name: string;
  /** An Excel.ChartType value, e.g. "ColumnClustered". */
  type: string;
  source: SheetBlock;
  seriesBy: SeriesBy;
  title: string;
  /** The cell under the chart's top-left corner (`setPosition`). */
  anchor: { row: number; column: number };
};

/** The charts of the fake workbook; each lives in its sheet's `charts`. */
export class ChartModels {
  constructor(private readonly workbook: WorkbookModel) {}

  /** Adds a chart of `source` to a sheet, named "Chart N" like Excel, placed to the right of its data. */
  add(sheetId: string, type: string, source: SheetBlock, seriesBy: SeriesBy): ChartModel {
    const sheet = this.workbook.sheet(sheetId);
    if (source.sheetId !== sheetId) this.workbook.sheet(source.sheetId);
    let number = sheet.charts.length + 1;
    while (sheet.charts.some((chart) => chart.name === `Chart ${number}`)) number++;
    const chart: ChartModel = {
      id: this.workbook.newId("chart"),
      name: `Chart ${number}`,
      type,
      source,
      seriesBy,
      title: "",
      anchor: { row: source.row, column: source.column + source.columns + 1 },
    };
    sheet.charts.push(chart);
    this.workbook.touch();
    return chart;
  }

  /** The sheet a chart is on, or undefined once the chart is deleted. */
  sheetOf(chart: ChartModel): SheetModel | undefined {
    return this.workbook.sheets.find((sheet) => sheet.charts.includes(chart));
  }

  /** Changes a chart's name, title or position. */
  update(chart: ChartModel, change: Partial<Pick<ChartModel, "name" | "title" | "anchor">>): void {
    Object.assign(chart, change);
    this.workbook.touch();
  }

  /** Deletes a chart. */
  remove(chart: ChartModel): void {
    const sheet = this.sheetOf(chart);
    if (!sheet) throw new FakeOfficeError("ItemNotFound", `The chart ${chart.name} no longer exists.`);
    sheet.charts.splice(sheet.charts.indexOf(chart), 1);
    this.workbook.touch();
  }
}
