import { parseAddress } from "../../excel/a1";
import { FakeClientObject } from "./clientObject";
import { FakeBatch } from "./fakeBatch";
import { FakeChartCollection } from "./fakeChart";
import { FakeEventHandlers } from "./fakeEvents";
import { FakeOfficeError } from "./fakeOfficeError";
import { FakeRange, checked } from "./fakeRange";
import { FakeNamedItemCollection } from "./fakeNames";
import { FakePageLayout } from "./fakePageLayout";
import { FakeTable } from "./fakeTable";
import type { SheetBlock, SheetModel, TableModel } from "./workbookModel";

type SyncOnly = { sync: () => Promise<void> };
type WorksheetScalars = Pick<Excel.Worksheet, "name" | "id" | "position" | "visibility">;

/** A fake Excel.Worksheet. */
export class FakeWorksheet extends FakeClientObject<SheetModel> implements WorksheetScalars {
  private readonly tableCollection: FakeTableCollection;
  private readonly chartCollection: FakeChartCollection;
  private pageLayoutObject: FakePageLayout | null = null;
  /** Excel.Worksheet.onCalculated (ExcelApi 1.8): the sheet finished a calculation. */
  readonly onCalculated: FakeEventHandlers<Excel.WorksheetCalculatedEventArgs>;

  constructor(batch: FakeBatch, context: SyncOnly, resolve: () => SheetModel | null) {
    super(batch, resolve);
    this.onCalculated = new FakeEventHandlers(
      batch,
      context,
      "WorksheetCalculated",
      () => this.targetOrThrow().id,
    );
    this.tableCollection = new FakeTableCollection(batch, context, () => this.targetOrThrow());
    this.chartCollection = new FakeChartCollection(batch, () => this.targetOrNull());
  }

  /** The sheet's tables. */
  get tables(): FakeTableCollection {
    this.checkChild("tables");
    return this.tableCollection;
  }
  /** The sheet's print settings (ExcelApi 1.9). */
  get pageLayout(): FakePageLayout {
    this.pageLayoutObject ??= this.childOf(
      "pageLayout",
      () => new FakePageLayout(this.batch, () => this.targetOrNull()),
    );
    return this.pageLayoutObject;
  }
  /** The sheet's charts. */
  get charts(): FakeChartCollection {
    this.checkChild("charts");
    return this.chartCollection;
  }

  get name(): string {
    return this.loadedValue("name");
  }
  set name(name: string) {
    this.command((sheet) => this.batch.owner.model.renameSheet(sheet, name));
  }
  get id(): string {
    return this.loadedValue("id");
  }
  get position(): number {
    return this.loadedValue("position");
  }
  get visibility(): Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden" {
    return this.loadedValue("visibility");
  }
  set visibility(visibility: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden") {
    this.command((sheet) =>
      this.batch.owner.model.setVisibility(sheet, visibility === "Visible" ? "Visible" : "Hidden"),
    );
  }

  /** The range at an address on this sheet ("A1:B2", "A:C"); the whole sheet without one. */
  getRange(address?: string): FakeRange {
    return this.childOf(
      "getRange",
      () =>
        new FakeRange(this.batch, () => {
          const sheet = this.targetOrNull();
          if (sheet === null) return null;
          const block = parseAddress(address ?? "A:XFD");
          if (!block) throw new FakeOfficeError("InvalidArgument", `"${address}" is not an address.`);
          return checked({ ...block, sheetId: sheet.id });
        }),
    );
  }
  /** The range at 0-based indexes. */
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    return this.childOf(
      "getRangeByIndexes",
      () =>
        new FakeRange(this.batch, () => {
          const sheet = this.targetOrNull();
          return sheet === null ? null : checked({ sheetId: sheet.id, row, column, rows, columns });
        }),
    );
  }
  /** The non-blank part of the sheet, or a null object for an empty sheet. */
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return this.childOf("getUsedRangeOrNullObject", () =>
      new FakeRange(this.batch, () => {
        const sheet = this.targetOrNull();
        return sheet === null ? null : this.batch.owner.model.usedBlock(sheet.id);
      }).possiblyNull(),
    );
  }
  /** Makes the sheet the active one for this user (host/selection.ts). */
  activate(): void {
    this.command((sheet) => this.batch.owner.view.activate(sheet));
  }

  protected override check(sheet: SheetModel): SheetModel {
    return this.batch.owner.model.sheet(sheet.id);
  }

  protected override read(sheet: SheetModel, property: string): unknown {
    if (property === "name") return sheet.name;
    if (property === "id") return sheet.id;
    if (property === "visibility") return sheet.visibility;
    if (property === "position") return this.batch.owner.model.sheets.indexOf(sheet);
    throw new FakeOfficeError("InvalidArgument", `The fake worksheet does not load "${property}".`);
  }

  protected override defaultProperties(): string[] {
    return ["name", "id", "position", "visibility"];
  }
}

/** A fake Excel.WorksheetCollection. */
export class FakeWorksheetCollection {
  constructor(
    private readonly batch: FakeBatch,
    private readonly context: SyncOnly,
  ) {}

  /** The sheet of that name; the sync fails when there is none. */
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.batch, this.context, () => {
      const sheet = this.batch.owner.model.sheetByName(name);
      if (!sheet) throw new FakeOfficeError("ItemNotFound", `No sheet named "${name}".`);
      return sheet;
    });
  }
  /** The sheet the user has active (host/selection.ts). */
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.batch, this.context, () => this.batch.owner.view.activeSheet());
  }
  /** The sheet of that name, or a null object. */
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(
      this.batch,
      this.context,
      () => this.batch.owner.model.sheetByName(name) ?? null,
    ).possiblyNull();
  }
  /** Adds a sheet at the end. */
  add(name: string): FakeWorksheet {
    return new FakeWorksheet(this.batch, this.context, () => this.batch.owner.model.addSheet(name));
  }
}

/** A fake Excel.TableCollection, for the workbook or one sheet (`sheet`). */
export class FakeTableCollection {
  readonly onAdded: FakeEventHandlers<Excel.TableAddedEventArgs>;
  readonly onDeleted: FakeEventHandlers<Excel.TableDeletedEventArgs>;

  constructor(
    private readonly batch: FakeBatch,
    private readonly context: SyncOnly,
    private readonly sheet?: () => SheetModel,
  ) {
    this.onAdded = new FakeEventHandlers(batch, context, "TableAdded");
    this.onDeleted = new FakeEventHandlers(batch, context, "TableDeleted");
  }

  /** The table of that name; the sync fails when there is none. */
  getItem(name: string): FakeTable {
    return this.table(() => {
      const found = this.find(name);
      if (!found) throw new FakeOfficeError("ItemNotFound", `No table named "${name}".`);
      return found;
    });
  }
  /** The table of that name, or a null object. */
  getItemOrNullObject(name: string): FakeTable {
    return this.table(() => this.find(name) ?? null).possiblyNull();
  }
  /** Makes a table of `address` (with the sheet name for the workbook's collection), first row as header. */
  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    return this.table(() => {
      if (!hasHeaders)
        throw new FakeOfficeError("InvalidArgument", "The fake only makes tables with headers.");
      return this.batch.owner.model.tables.add(this.blockOf(address));
    });
  }

  private find(name: string): TableModel | undefined {
    return this.batch.owner.model.tables.byName(name, this.sheet?.().id);
  }

  private table(resolve: () => TableModel | null): FakeTable {
    return new FakeTable(this.batch, this.context, resolve);
  }

  private blockOf(address: string | FakeRange): SheetBlock {
    if (typeof address !== "string") return address.blockForFake();
    const block = parseAddress(address);
    const sheet = this.sheet ? this.sheet() : this.batch.owner.model.sheetByName(block?.sheet ?? "");
    if (!block || !sheet) throw new FakeOfficeError("InvalidArgument", `"${address}" is not an address.`);
    return checked({ ...block, sheetId: sheet.id });
  }
}

/** A fake Excel.Application: calculation control only. */
export class FakeApplication {
  constructor(private readonly batch: FakeBatch) {}

  /** Suspends recalculation for the rest of this batch. */
  suspendApiCalculationUntilNextSync(): void {
    this.batch.enqueue(() => {
      this.batch.suspendCalculation = true;
    });
  }
  /** Suspends screen updating for the rest of this batch; the fake has no screen. */
  suspendScreenUpdatingUntilNextSync(): void {
    this.batch.enqueue(() => undefined);
  }
}

/** A fake Excel.Workbook: sheets, tables and the application. */
export class FakeWorkbookObject {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;

  constructor(
    private readonly batch: FakeBatch,
    context: SyncOnly,
    readonly application: FakeApplication,
  ) {
    this.worksheets = new FakeWorksheetCollection(batch, context);
    this.tables = new FakeTableCollection(batch, context);
    this.names = new FakeNamedItemCollection(batch);
  }

  /** The one range the user has selected; the sync fails with InvalidSelection for several (host/selection.ts). */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.batch, () => this.batch.owner.view.selectedBlock());
  }
}
