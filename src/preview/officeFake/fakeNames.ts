import { parseAddress, toAddress } from "../../excel/a1";
import { FakeClientObject } from "./clientObject";
import { FakeBatch } from "./fakeBatch";
import { FakeOfficeError } from "./fakeOfficeError";
import { FakeRange, checked } from "./fakeRange";
import { undoNotSupported } from "./host/undoGroups";
import type { SheetBlock } from "./sheetBlock";

/** A workbook-scoped defined name that refers to a block of cells (Excel.NamedItem, ExcelApi 1.4). */
export type NameModel = { name: string; block: SheetBlock; comment: string };

type NamedItemScalars = Pick<Excel.NamedItem, "name" | "formula" | "comment">;

/**
 * A fake Excel.NamedItem: a name for a range. Names follow their sheet by id, so a renamed
 * sheet keeps them; cells moving (rows inserted) are not modelled.
 */
export class FakeNamedItem extends FakeClientObject<NameModel> implements NamedItemScalars {
  get name(): string {
    return this.loadedValue("name");
  }
  get formula(): string {
    return this.loadedValue("formula");
  }
  get comment(): string {
    return this.loadedValue("comment");
  }

  /** The range the name refers to. */
  getRange(): FakeRange {
    return this.childOf(
      "getRange",
      () => new FakeRange(this.batch, () => this.targetOrNull()?.block ?? null),
    );
  }
  /** Deletes the name (not the cells). */
  delete(): void {
    this.command((target) => this.batch.owner.model.names.delete(target.name.toLowerCase()));
  }

  protected override read(target: NameModel, property: string): unknown {
    const model = this.batch.owner.model;
    if (property === "name") return target.name;
    if (property === "comment") return target.comment;
    if (property === "formula")
      return `=${toAddress({ ...target.block, sheet: model.sheet(target.block.sheetId).name })}`;
    throw new FakeOfficeError("InvalidArgument", `The fake named item does not load "${property}".`);
  }

  protected override defaultProperties(): string[] {
    return ["name", "formula", "comment"];
  }
}

/** A fake Excel.NamedItemCollection of the workbook. */
export class FakeNamedItemCollection {
  constructor(private readonly batch: FakeBatch) {}

  /** Defines a name for a range (or an address with its sheet); the name must be new. */
  add(name: string, reference: FakeRange | string, comment = ""): FakeNamedItem {
    // NamedItem.comment has no undo on the web (docs/excel/excel-add-ins-undo-capabilities.md).
    if (comment !== "" && this.batch.undoGroup !== null && this.batch.owner.model.profile.kind === "web")
      this.batch.fail(undoNotSupported("NamedItem.comment"));
    return new FakeNamedItem(this.batch, () => {
      const model = this.batch.owner.model;
      if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name))
        throw new FakeOfficeError("InvalidArgument", `"${name}" is not a valid name.`);
      if (model.names.has(name.toLowerCase()))
        throw new FakeOfficeError("ItemAlreadyExists", `A name "${name}" exists.`);
      const block = typeof reference === "string" ? this.blockOf(reference) : reference.blockForFake();
      const item: NameModel = { name, block, comment };
      model.names.set(name.toLowerCase(), item);
      model.touch();
      return item;
    });
  }
  /** The name; the sync fails when there is none. */
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.batch, () => {
      const found = this.batch.owner.model.names.get(name.toLowerCase());
      if (!found) throw new FakeOfficeError("ItemNotFound", `No name "${name}".`);
      return found;
    });
  }
  /** The name, or a null object. */
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(
      this.batch,
      () => this.batch.owner.model.names.get(name.toLowerCase()) ?? null,
    ).possiblyNull();
  }

  private blockOf(address: string): SheetBlock {
    const block = parseAddress(address);
    const sheet = block && this.batch.owner.model.sheetByName(block.sheet);
    if (!block || !sheet) throw new FakeOfficeError("InvalidArgument", `"${address}" needs a sheet name.`);
    return checked({ ...block, sheetId: sheet.id });
  }
}
