import { toAddress } from "../../excel/a1";
import { FakeClientObject } from "./clientObject";
import { FakeOfficeError } from "./fakeOfficeError";
import type { SheetBlock } from "./sheetBlock";

/**
 * A fake Excel.RangeAreas: rectangles of one sheet, as `Range.getSpecialCellsOrNullObject`
 * returns them. Only `address` is answered: "the RangeAreas reference in A1-style … the
 * worksheet name for each rectangular block of cells (e.g., "Sheet1!A1:B4, Sheet1!D1:D4")"
 * (Excel.RangeAreas.address in @types/office-js).
 */
export class FakeRangeAreas extends FakeClientObject<SheetBlock[]> {
  get address(): string {
    return this.loadedValue("address");
  }

  protected override read(areas: SheetBlock[], property: string): unknown {
    if (property !== "address")
      throw new FakeOfficeError("InvalidArgument", `The fake range areas do not load "${property}".`);
    const model = this.batch.owner.model;
    return areas.map((area) => toAddress({ ...area, sheet: model.sheet(area.sheetId).name })).join(", ");
  }

  protected override defaultProperties(): string[] {
    return ["address"];
  }
}
