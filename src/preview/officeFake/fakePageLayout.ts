import { SHEET_LIMITS, parseAddress } from "../../excel/a1";
import { FakeClientObject } from "./clientObject";
import { FakeBatch } from "./fakeBatch";
import { FakeOfficeError } from "./fakeOfficeError";
import type { FakeRange } from "./fakeRange";
import { requireExcelApi } from "./host/requirementSets";
import type { SheetBlock } from "./sheetBlock";
import type { SheetModel } from "./workbookModel";

/** What `Worksheet.pageLayout` keeps of a sheet's print settings. */
export type PageLayoutModel = {
  orientation: "Portrait" | "Landscape";
  /** Excel.PageLayoutZoomOptions as last set: a scale, or pages to fit to. */
  zoom: Excel.PageLayoutZoomOptions;
  /** The rows repeated at the top of every printed page (0-based), or null. */
  printTitleRows: { row: number; rows: number } | null;
  printArea: SheetBlock | null;
};

/** A new sheet's settings: portrait at 100 % (Excel's defaults). */
export function defaultPageLayout(): PageLayoutModel {
  return { orientation: "Portrait", zoom: { scale: 100 }, printTitleRows: null, printArea: null };
}

/**
 * A fake Excel.PageLayout (ExcelApi 1.9, like every member used here; @types/office-js
 * "Api set" lines): orientation, zoom, print title rows and print area
 * (docs/excel/excel-add-ins-worksheet-display.md, "Set print layout options").
 * Strict where the reference is terse:
 * - `zoom` must be set as one object; `zoom.scale = …` on the unloaded proxy throws, as
 *   docs/develop/application-specific-api-model.md ("Some properties can't be set directly") says;
 * - a scale is 10–400, fit-to-pages counts are whole numbers from 1 (what 0 means is not documented), and a scale together
 *   with a fit is refused ("This value can be null if fit to page tall or wide is specified");
 * - `setPrintTitleRows` needs entire rows ("The range must span the entire row to be valid").
 */
export class FakePageLayout extends FakeClientObject<SheetModel> {
  constructor(batch: FakeBatch, resolve: () => SheetModel | null) {
    super(batch, resolve);
    requireExcelApi(batch, "Worksheet.pageLayout");
  }

  get orientation(): PageLayoutModel["orientation"] {
    return this.loadedValue("orientation");
  }
  set orientation(orientation: string) {
    this.change((layout) => {
      if (orientation !== "Portrait" && orientation !== "Landscape")
        throw new FakeOfficeError("InvalidArgument", `"${orientation}" is not a PageOrientation.`);
      layout.orientation = orientation;
    });
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.loadedValue("zoom");
  }
  set zoom(zoom: Excel.PageLayoutZoomOptions) {
    const options = { ...zoom };
    this.change((layout) => {
      checkZoom(options);
      layout.zoom = options;
    });
  }

  /** Repeats these rows (entire rows: "$4:$4" or a range spanning every column) on every page. */
  setPrintTitleRows(rows: FakeRange | string): void {
    this.change((layout, sheet) => {
      const block = typeof rows === "string" ? parseAddress(rows) : rows.blockForFake();
      if (
        !block ||
        block.columns !== SHEET_LIMITS.columns ||
        ("sheetId" in block && block.sheetId !== sheet.id)
      )
        throw new FakeOfficeError(
          "InvalidArgument",
          "The print title rows must span entire rows of this sheet.",
        );
      layout.printTitleRows = { row: block.row, rows: block.rows };
    });
  }
  /** Prints only this range. */
  setPrintArea(area: FakeRange | string): void {
    this.change((layout, sheet) => {
      const block = typeof area === "string" ? parseAddress(area) : area.blockForFake();
      if (!block) throw new FakeOfficeError("InvalidArgument", `"${String(area)}" is not an address.`);
      layout.printArea = {
        sheetId: sheet.id,
        row: block.row,
        column: block.column,
        rows: block.rows,
        columns: block.columns,
      };
    });
  }

  protected override read(sheet: SheetModel, property: string): unknown {
    const layout = sheet.pageLayout ?? defaultPageLayout();
    if (property === "orientation") return layout.orientation;
    if (property === "zoom") return { ...layout.zoom };
    throw new FakeOfficeError("InvalidArgument", `The fake page layout does not load "${property}".`);
  }

  protected override defaultProperties(): string[] {
    return ["orientation", "zoom"];
  }

  private change(run: (layout: PageLayoutModel, sheet: SheetModel) => void): void {
    this.command((sheet) => {
      const layout = sheet.pageLayout ?? defaultPageLayout();
      run(layout, sheet);
      sheet.pageLayout = layout;
      this.batch.owner.model.touch();
    });
  }
}

function checkZoom(zoom: Excel.PageLayoutZoomOptions): void {
  const fits = [zoom.horizontalFitToPages, zoom.verticalFitToPages].filter((value) => value != null);
  const scaled = zoom.scale != null;
  const wholePages = fits.every((value) => Number.isInteger(value) && (value as number) >= 1);
  const scaleInRange = !scaled || ((zoom.scale as number) >= 10 && (zoom.scale as number) <= 400);
  if ((scaled && fits.length > 0) || (!scaled && fits.length === 0) || !wholePages || !scaleInRange)
    throw new FakeOfficeError("InvalidArgument", `${JSON.stringify(zoom)} is not a page zoom.`);
}
