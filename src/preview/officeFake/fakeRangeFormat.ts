import type { FakeRange } from "./fakeRange";
import type { FormatChange } from "./workbookModel";

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

/** A fake Excel.RangeFormat: the font, column widths (in points) and autofit (which changes nothing here). */
export class FakeRangeFormat {
  readonly font: FakeRangeFont;

  constructor(private readonly range: FakeRange) {
    this.font = new FakeRangeFont((change) =>
      range.commandForFake((block, model) => model.writeFormat(block, change)),
    );
  }

  /** Sets the width of every column of the range, in points. */
  set columnWidth(width: number) {
    this.range.commandForFake((block, model) => model.setColumnWidth(block, width));
  }
  /** Fits the columns to their contents; the fake keeps the widths as they are. */
  autofitColumns(): void {
    this.range.commandForFake(() => undefined);
  }
}
