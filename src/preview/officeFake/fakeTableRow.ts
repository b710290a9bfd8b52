import { FakeClientObject } from "./clientObject";
import { FakeBatch } from "./fakeBatch";
import { FakeOfficeError } from "./fakeOfficeError";
import { FakeRange } from "./fakeRange";
import { deleteTableRow } from "./host/deleteTableRow";
import type { SheetBlock, TableModel } from "./workbookModel";

type RowScalars = Pick<Excel.TableRow, "index">;

/** Where a row is: its table and its position, which is all that identifies a table row. */
type RowTarget = { table: TableModel; index: number };

/** What a row collection needs of its table proxy. */
type RowOwner = { modelOrNullForFake(): TableModel | null; checkChild(member: string): boolean };

/**
 * A fake Excel.TableRowCollection with `getItemAt` only. It has no `add` on purpose: rows
 * are appended by range writes, because `TableRowCollection.add` makes co-authoring merge
 * conflicts (docs/excel/co-authoring-in-excel-add-ins.md, "Avoid table row conflicts").
 */
export class FakeTableRowCollection {
  constructor(
    private readonly batch: FakeBatch,
    private readonly table: RowOwner,
  ) {}

  /** The body row at a 0-based position, found when the batch runs; the sync fails when there is none. */
  getItemAt(index: number): FakeTableRow {
    const tableMayBeNull = this.table.checkChild("rows");
    const row = new FakeTableRow(this.batch, () => {
      const table = this.table.modelOrNullForFake();
      if (table === null) return null;
      if (!Number.isInteger(index) || index < 0 || index >= table.block.rows - 1)
        throw new FakeOfficeError("ItemNotFound", `The table ${table.name} has no row ${index}.`);
      return { table, index };
    });
    return tableMayBeNull ? row.possiblyNull() : row;
  }
}

/** A fake Excel.TableRow: its cells, its position, and `delete`. */
export class FakeTableRow extends FakeClientObject<RowTarget> implements RowScalars {
  get index(): number {
    return this.loadedValue("index");
  }

  /** The row's cells. */
  getRange(): FakeRange {
    return this.childOf(
      "getRange",
      () =>
        new FakeRange(this.batch, () => {
          const target = this.targetOrNull();
          return target === null ? null : rowBlock(target);
        }),
    );
  }

  /** Deletes the row from the table (host/deleteTableRow.ts). */
  delete(): void {
    this.command((target) => deleteTableRow(this.batch.owner.model, target.table, target.index));
  }

  protected override read(target: RowTarget, property: string): unknown {
    if (property === "index") return target.index;
    throw new FakeOfficeError("InvalidArgument", `The fake table row does not load "${property}".`);
  }

  protected override defaultProperties(): string[] {
    return ["index"];
  }
}

function rowBlock({ table, index }: RowTarget): SheetBlock {
  return { ...table.block, row: table.block.row + 1 + index, rows: 1 };
}
