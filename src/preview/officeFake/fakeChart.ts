import { parseAddress } from "../../excel/a1";
import { FakeClientObject, notLoaded, toPropertyNames, type LoadArgument } from "./clientObject";
import { FakeBatch } from "./fakeBatch";
import { FakeOfficeError } from "./fakeOfficeError";
import { FakeRange, checked } from "./fakeRange";
import type { ChartModel, SeriesBy, SheetBlock, SheetModel, WorkbookModel } from "./workbookModel";

type ChartScalars = Pick<Excel.Chart, "name" | "id">;

/** A fake Excel.ChartTitle: only its text. */
export class FakeChartTitle {
  constructor(private readonly chart: FakeChart) {}

  /** Sets the title's text. */
  set text(text: string) {
    this.chart.changeForFake({ title: text });
  }
}

/**
 * A fake Excel.Chart: stored (type, source block, title, position) so the preview can draw
 * it; nothing is rendered by the fake itself.
 */
export class FakeChart extends FakeClientObject<ChartModel> implements ChartScalars {
  readonly title = new FakeChartTitle(this);

  get name(): string {
    return this.loadedValue("name");
  }
  set name(name: string) {
    this.changeForFake({ name });
  }
  get id(): string {
    return this.loadedValue("id");
  }
  get chartType(): string {
    return this.loadedValue("chartType");
  }

  /** Moves the chart's top-left corner to a cell (a range or an address on the chart's sheet); the end is not modelled. */
  setPosition(startCell: FakeRange | string, _endCell?: FakeRange | string): void {
    this.command((chart) => {
      const block =
        typeof startCell === "string"
          ? blockOn(startCell, this.batch.owner.model.charts.sheetOf(chart)?.id ?? "", this.batch.owner.model)
          : startCell.blockForFake();
      this.batch.owner.model.charts.update(chart, { anchor: { row: block.row, column: block.column } });
    });
  }
  /** Deletes the chart. */
  delete(): void {
    this.command((chart) => this.batch.owner.model.charts.remove(chart));
  }

  /** Queues a change of name, title or position; for the chart's parts (its title). */
  changeForFake(change: Partial<Pick<ChartModel, "name" | "title">>): void {
    this.command((chart) => this.batch.owner.model.charts.update(chart, change));
  }

  protected override check(chart: ChartModel): ChartModel {
    if (!this.batch.owner.model.charts.sheetOf(chart)) {
      throw new FakeOfficeError("ItemNotFound", `The chart ${chart.name} no longer exists.`);
    }
    return chart;
  }

  protected override read(chart: ChartModel, property: string): unknown {
    if (property === "name") return chart.name;
    if (property === "id") return chart.id;
    if (property === "chartType") return chart.type;
    throw new FakeOfficeError("InvalidArgument", `The fake chart does not load "${property}".`);
  }

  protected override defaultProperties(): string[] {
    return ["name", "id", "chartType"];
  }
}

/** A fake Excel.ChartCollection of one sheet. */
export class FakeChartCollection {
  private loadedItems: FakeChart[] | null = null;

  constructor(
    private readonly batch: FakeBatch,
    /** The sheet, or null for a null object's collection (which then loads no items). */
    private readonly sheet: () => SheetModel | null,
  ) {}

  /** The charts as of the last load and sync. */
  get items(): FakeChart[] {
    if (this.loadedItems === null) throw notLoaded("items");
    return this.loadedItems;
  }

  /** Queues loading the items: `load("items/name")` loads each chart's name. */
  load(properties?: LoadArgument): this {
    const itemProperties = toPropertyNames(properties)
      .filter((name) => name.startsWith("items/"))
      .map((name) => name.slice("items/".length));
    this.batch.enqueue(() => {
      this.loadedItems = (this.sheet()?.charts ?? []).map((chart) => {
        const item = new FakeChart(this.batch, () => chart, { target: chart });
        item.loadNow(itemProperties);
        return item;
      });
    });
    return this;
  }

  /** Adds a chart of the data in `sourceData`. */
  add(
    type: Excel.ChartType | string,
    sourceData: FakeRange,
    seriesBy: SeriesBy | string = "Auto",
  ): FakeChart {
    return new FakeChart(this.batch, () => {
      const sheet = this.existingSheet();
      const source = sourceData.blockForFake();
      return this.batch.owner.model.charts.add(sheet.id, String(type), source, toSeriesBy(seriesBy));
    });
  }
  /** The chart of that name; the sync fails when there is none. */
  getItem(name: string): FakeChart {
    return new FakeChart(this.batch, () => {
      const chart = this.find(name);
      if (!chart) throw new FakeOfficeError("ItemNotFound", `No chart named "${name}".`);
      return chart;
    });
  }
  /** The chart of that name, or a null object. */
  getItemOrNullObject(name: string): FakeChart {
    return new FakeChart(this.batch, () => this.find(name) ?? null).possiblyNull();
  }

  private find(name: string): ChartModel | undefined {
    return this.sheet()?.charts.find((chart) => chart.name === name);
  }

  private existingSheet(): SheetModel {
    const sheet = this.sheet();
    if (!sheet) throw new FakeOfficeError("ItemNotFound", "The worksheet does not exist.");
    return sheet;
  }
}

function toSeriesBy(value: string): SeriesBy {
  if (value === "Auto" || value === "Rows" || value === "Columns") return value;
  throw new FakeOfficeError("InvalidArgument", `"${value}" is not a ChartSeriesBy.`);
}

/** The block of an address on `sheetId`, or on the sheet the address names. */
function blockOn(address: string, sheetId: string, model: WorkbookModel): SheetBlock {
  const block = parseAddress(address);
  const sheet = block?.sheet ? model.sheetByName(block.sheet) : model.sheet(sheetId);
  if (!block || !sheet) throw new FakeOfficeError("InvalidArgument", `"${address}" is not an address.`);
  return checked({ ...block, sheetId: sheet.id });
}
