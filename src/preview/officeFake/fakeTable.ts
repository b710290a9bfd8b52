import { parseAddress } from "../../excel/a1";
import { FakeClientObject } from "./clientObject";
import { FakeBatch } from "./fakeBatch";
import { FakeEventHandlers } from "./fakeEvents";
import { FakeOfficeError } from "./fakeOfficeError";
import { FakeRange, checked } from "./fakeRange";
import { FakeTableRowCollection } from "./fakeTableRow";
import { insertTableColumn } from "./host/insertTableColumn";
import { requireExcelApi } from "./host/requirementSets";
import type { SheetBlock, TableModel } from "./workbookModel";

type TableScalars = Pick<Excel.Table, "name" | "id" | "style">;
type ColumnScalars = Pick<Excel.TableColumn, "name" | "index" | "id">;

/** Where a column is: its table and, found by name when the batch runs, its index. */
type ColumnTarget = { table: TableModel; name: string };

/** A fake Excel.Table; its `rows` can be taken by position and deleted, not added (fakeTableRow.ts). */
export class FakeTable extends FakeClientObject<TableModel> implements TableScalars {
  readonly columns: FakeTableColumnCollection;
  readonly rows: FakeTableRowCollection;
  readonly onChanged: FakeEventHandlers<Excel.TableChangedEventArgs>;

  constructor(batch: FakeBatch, context: { sync: () => Promise<void> }, resolve: () => TableModel | null) {
    super(batch, resolve);
    this.columns = new FakeTableColumnCollection(batch, this);
    this.rows = new FakeTableRowCollection(batch, this);
    this.onChanged = new FakeEventHandlers(batch, context, "TableChanged", () => this.modelForFake().id);
  }

  get name(): string {
    return this.loadedValue("name");
  }
  set name(name: string) {
    this.command((table) => this.batch.owner.model.tables.rename(table, name));
  }
  get id(): string {
    return this.loadedValue("id");
  }
  get style(): string {
    return this.loadedValue("style");
  }
  set style(style: string) {
    this.command((table) => {
      table.style = style;
    });
  }

  /** The header row. */
  getHeaderRowRange(): FakeRange {
    return this.part((block) => ({ ...block, rows: 1 }));
  }
  /** The body: every row under the header (at least one). */
  getDataBodyRange(): FakeRange {
    return this.part((block) => ({ ...block, row: block.row + 1, rows: block.rows - 1 }));
  }
  /** Header and body. */
  getRange(): FakeRange {
    return this.part((block) => block);
  }
  /** Moves the table's edges to `range` (a range or an address on the table's sheet). */
  resize(range: FakeRange | string): void {
    requireExcelApi(this.batch, "Table.resize");
    this.command((table) => {
      const block =
        typeof range === "string" ? { ...parsed(range), sheetId: table.block.sheetId } : range.blockForFake();
      this.batch.owner.model.tables.resize(table, checked(block));
    });
  }
  /** Deletes the table and its cells. */
  delete(): void {
    this.command((table) => this.batch.owner.model.tables.remove(table, false));
  }
  /** Turns the table back into plain cells, keeping them. */
  convertToRange(): FakeRange {
    const range = this.getRange();
    this.command((table) => this.batch.owner.model.tables.remove(table, true));
    return range;
  }

  /** The table model; for the fake's own collaborators. */
  modelForFake(): TableModel {
    return this.targetOrThrow();
  }

  /** The table model or null; for the fake's own collaborators. */
  modelOrNullForFake(): TableModel | null {
    return this.targetOrNull();
  }

  protected override check(table: TableModel): TableModel {
    if (!this.batch.owner.model.tables.byId(table.id)) {
      throw new FakeOfficeError("ItemNotFound", `The table ${table.name} no longer exists.`);
    }
    return table;
  }

  protected override read(table: TableModel, property: string): unknown {
    if (property === "name") return table.name;
    if (property === "id") return table.id;
    if (property === "style") return table.style;
    throw new FakeOfficeError("InvalidArgument", `The fake table does not load "${property}".`);
  }

  protected override defaultProperties(): string[] {
    return ["name", "id", "style"];
  }

  private part(select: (block: SheetBlock) => SheetBlock): FakeRange {
    return this.childOf(
      "a range of the table",
      () =>
        new FakeRange(this.batch, () => {
          const table = this.targetOrNull();
          return table === null || !this.batch.owner.model.tables.byId(table.id) ? null : select(table.block);
        }),
    );
  }
}

/** A fake Excel.TableColumnCollection: columns by name (ignoring case) or position. */
export class FakeTableColumnCollection {
  constructor(
    private readonly batch: FakeBatch,
    private readonly table: FakeTable,
  ) {}

  /**
   * Inserts a column at `index` (null or -1: at the end) named `name`, shifting the columns
   * from `index` on to the side (host/insertTableColumn.ts, with what the fake refuses).
   */
  add(index?: number | null, values?: unknown, name?: string): FakeTableColumn {
    if (index === null || index === undefined || index === -1 || name !== undefined)
      requireExcelApi(this.batch, "TableColumnCollection.add(name)");
    let added: string | null = null;
    this.batch.enqueue(() => {
      added = insertTableColumn(this.batch.owner.model, this.table.modelForFake(), index, values, name);
    }, values);
    return new FakeTableColumn(this.batch, () => {
      const table = this.table.modelOrNullForFake();
      return table === null || added === null ? null : { table, name: added };
    });
  }

  /** The column of that name; the sync fails when there is none. */
  getItem(name: string): FakeTableColumn {
    return this.column((table) => this.byName(table, name), true);
  }
  /** The column of that name, or a null object. */
  getItemOrNullObject(name: string): FakeTableColumn {
    return this.column((table) => this.byName(table, name), false);
  }
  /** The column at a 0-based position. */
  getItemAt(index: number): FakeTableColumn {
    return this.column((table) => this.batch.owner.model.tables.columnNames(table)[index] ?? null, true);
  }

  private byName(table: TableModel, name: string): string | null {
    const names = this.batch.owner.model.tables.columnNames(table);
    return names.find((candidate) => candidate.toLowerCase() === name.toLowerCase()) ?? null;
  }

  private column(find: (table: TableModel) => string | null, required: boolean): FakeTableColumn {
    const tableMayBeNull = this.table.checkChild("columns");
    const column = new FakeTableColumn(this.batch, () => {
      const table = this.table.modelOrNullForFake();
      const name = table === null ? null : find(table);
      if (name === null && required) throw new FakeOfficeError("ItemNotFound", "No such table column.");
      return table === null || name === null ? null : { table, name };
    });
    return tableMayBeNull || !required ? column.possiblyNull() : column;
  }
}

/** A fake Excel.TableColumn, followed by its name so it survives columns being moved. */
export class FakeTableColumn extends FakeClientObject<ColumnTarget> implements ColumnScalars {
  get name(): string {
    return this.loadedValue("name");
  }
  set name(name: string) {
    this.command((target) => {
      const header = this.block(target);
      this.batch.owner.model.writeBlock({ ...header, rows: 1, columns: 1 }, "values", [[name]]);
      target.name = name;
    });
  }
  get index(): number {
    return this.loadedValue("index");
  }
  get id(): number {
    return this.loadedValue("id");
  }

  /** The column's body cells. */
  getDataBodyRange(): FakeRange {
    return this.part((block) => ({ ...block, row: block.row + 1, rows: block.rows - 1 }));
  }
  /** The column's header cell. */
  getHeaderRowRange(): FakeRange {
    return this.part((block) => ({ ...block, rows: 1 }));
  }
  /** Header and body of the column. */
  getRange(): FakeRange {
    return this.part((block) => block);
  }

  protected override read(target: ColumnTarget, property: string): unknown {
    if (property === "name") return target.name;
    if (property === "index") return this.indexOf(target);
    if (property === "id") return this.indexOf(target) + 1;
    throw new FakeOfficeError("InvalidArgument", `The fake table column does not load "${property}".`);
  }

  protected override defaultProperties(): string[] {
    return ["name", "index", "id"];
  }

  private indexOf(target: ColumnTarget): number {
    const names = this.batch.owner.model.tables.columnNames(target.table).map((name) => name.toLowerCase());
    const index = names.indexOf(target.name.toLowerCase());
    if (index === -1)
      throw new FakeOfficeError("ItemNotFound", `The column ${target.name} no longer exists.`);
    return index;
  }

  private block(target: ColumnTarget): SheetBlock {
    return { ...target.table.block, column: target.table.block.column + this.indexOf(target), columns: 1 };
  }

  private part(select: (block: SheetBlock) => SheetBlock): FakeRange {
    return this.childOf(
      "a range of the column",
      () =>
        new FakeRange(this.batch, () => {
          const target = this.targetOrNull();
          return target === null ? null : select(this.block(target));
        }),
    );
  }
}

function parsed(address: string): Omit<SheetBlock, "sheetId"> {
  const block = parseAddress(address);
  if (!block) throw new FakeOfficeError("InvalidArgument", `"${address}" is not an address.`);
  return block;
}
