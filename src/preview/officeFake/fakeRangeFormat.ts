import { FakeOfficeError } from "./fakeOfficeError";
import type { FakeRange } from "./fakeRange";
import {
  setColumnWidth,
  writeBorder,
  writeFormat,
  type BorderEdge,
  type CellBorder,
  type FormatChange,
} from "./cellFormats";
import type { WorkbookModel } from "./workbookModel";
import type { SheetBlock } from "./sheetBlock";

/** A fake Excel.RangeFont: bold and size, set on every cell of the range. */
export class FakeRangeFont {
  constructor(private readonly change: (change: FormatChange) => void) {}

  /** Makes the text bold or not. */
  set bold(bold: boolean) {
    this.change({ bold });
  }
  /** The font size in points. */
  set size(size: number) {
    this.change({ fontSize: size });
  }
}

/** Excel.HorizontalAlignment's values (ExcelApi 1.1). */
const HORIZONTAL_ALIGNMENTS = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
] as const;

/** Excel.BorderLineStyle's values (ExcelApi 1.1). */
const LINE_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
/** Excel.BorderWeight's values (ExcelApi 1.1). */
const WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"];

/**
 * A fake Excel.RangeBorder (ExcelApi 1.1): the line style and weight of one edge of the range.
 * `EdgeTop` is the top edge of the range's first row, `InsideHorizontal` the lines between its
 * rows (Excel.BorderIndex). Diagonals are not modelled: the fake refuses them (strict).
 */
export class FakeRangeBorder {
  constructor(
    private readonly range: FakeRange,
    private readonly index: string,
  ) {}

  /** The line's style ("Continuous", "Double", … or "None" to remove it). */
  set style(style: string) {
    this.set({ style }, LINE_STYLES.includes(style) ? null : `"${style}" is not a BorderLineStyle.`);
  }
  /** The line's weight ("Thin", "Medium", …). */
  set weight(weight: string) {
    this.set({ weight }, WEIGHTS.includes(weight) ? null : `"${weight}" is not a BorderWeight.`);
  }

  // Office.js checks a value when the batch runs: the sync fails, not the assignment.
  private set(change: Partial<CellBorder>, refusal: string | null): void {
    const index = this.index;
    this.range.commandForFake((block, model) => {
      if (refusal !== null) throw new FakeOfficeError("InvalidArgument", refusal);
      setBorder(model, block, index, change);
    });
  }
}

/** A fake Excel.RangeBorderCollection (ExcelApi 1.1). */
export class FakeRangeBorderCollection {
  constructor(private readonly range: FakeRange) {}

  /** One edge of the range by its Excel.BorderIndex ("EdgeTop", "EdgeBottom", …). */
  getItem(index: string): FakeRangeBorder {
    if (!(index in EDGES)) {
      this.range.commandForFake(() => {
        throw new FakeOfficeError("InvalidArgument", `The fake does not model the border "${index}".`);
      });
    }
    return new FakeRangeBorder(this.range, index);
  }
}

/** Which cells of a block an Excel.BorderIndex draws on, and on which of their edges. */
const EDGES: Record<string, (block: SheetBlock) => { rows: number[]; columns: number[]; edge: BorderEdge }> =
  {
    EdgeTop: (b) => ({ rows: [b.row], columns: span(b.column, b.columns), edge: "top" }),
    EdgeBottom: (b) => ({ rows: [b.row + b.rows - 1], columns: span(b.column, b.columns), edge: "bottom" }),
    EdgeLeft: (b) => ({ rows: span(b.row, b.rows), columns: [b.column], edge: "left" }),
    EdgeRight: (b) => ({ rows: span(b.row, b.rows), columns: [b.column + b.columns - 1], edge: "right" }),
    InsideHorizontal: (b) => ({
      rows: span(b.row + 1, b.rows - 1),
      columns: span(b.column, b.columns),
      edge: "top",
    }),
    InsideVertical: (b) => ({
      rows: span(b.row, b.rows),
      columns: span(b.column + 1, b.columns - 1),
      edge: "left",
    }),
  };

function span(first: number, count: number): number[] {
  return Array.from({ length: Math.max(0, count) }, (_, index) => first + index);
}

function setBorder(
  model: WorkbookModel,
  block: SheetBlock,
  index: string,
  change: Partial<CellBorder>,
): void {
  const edges = EDGES[index];
  if (!edges) return;
  const { rows, columns, edge } = edges(block);
  writeBorder(model, block.sheetId, rows, columns, edge, change);
}

/**
 * A fake Excel.RangeFormat: the font, horizontal alignment, borders, column widths (in points)
 * and autofit (which changes nothing here).
 */
export class FakeRangeFormat {
  readonly font: FakeRangeFont;
  readonly borders: FakeRangeBorderCollection;

  constructor(private readonly range: FakeRange) {
    this.font = new FakeRangeFont((change) =>
      range.commandForFake((block, model) => writeFormat(model, block, change)),
    );
    this.borders = new FakeRangeBorderCollection(range);
  }

  /** Aligns the cells' contents (Excel.HorizontalAlignment, ExcelApi 1.1). */
  set horizontalAlignment(alignment: string) {
    const known = HORIZONTAL_ALIGNMENTS.find((value) => value === alignment);
    this.range.commandForFake((block, model) => {
      if (!known)
        throw new FakeOfficeError("InvalidArgument", `"${alignment}" is not a HorizontalAlignment.`);
      writeFormat(model, block, { horizontalAlignment: known });
    });
  }
  /** Sets the width of every column of the range, in points. */
  set columnWidth(width: number) {
    this.range.commandForFake((block, model) => setColumnWidth(model, block, width));
  }
  /** Fits the columns to their contents; the fake keeps the widths as they are. */
  autofitColumns(): void {
    this.range.commandForFake(() => undefined);
  }
}
