import { FakeOfficeError } from "../fakeOfficeError";
import { GENERAL } from "../cellInput";
import { cellKey, cellOfKey, fitToBlock, intersect, type SheetBlock } from "../sheetBlock";
import type { TableModel, WorkbookModel } from "../workbookModel";

/**
 * `TableColumnCollection.add(index, values, name)` ("Adds a new column to the table",
 * /javascript/api/excel/excel.tablecolumncollection#excel-excel-tablecolumncollection-add-member(1);
 * docs/excel/excel-add-ins-tables.md, "Add a column to a table"): "Columns with a higher
 * index will be shifted to the side"; ExcelApi 1.1 "requires an index smaller than the total
 * column count", 1.4 appends for null or -1 and takes `name`.
 *
 * Strict where the docs are silent:
 * - what happens right of the table: the fake lets the table take the column next to it
 *   and refuses the insert when that column holds anything in the table's rows, or part of
 *   another table ("The operation is attempting to shift cells in a table", as the grid
 *   says); so the store checks those columns first (layout.ts keeps them free);
 * - an index equal to the column count (not "smaller", not null/-1) fails;
 * - `values` together with `name` (whether the header is in `values` then is not said)
 *   fails; `values` alone must cover the header and the body, as the docs' example does;
 * - a name the table already has fails (Excel's grid would rename it "2025 2").
 * Formulas that refer to the moved cells are not rewritten by the fake (none of BAR's do).
 */
export function insertTableColumn(
  model: WorkbookModel,
  table: TableModel,
  index: number | null | undefined,
  values: unknown,
  name: string | undefined,
): string {
  const t = table.block;
  const append = index === null || index === undefined || index === -1;
  const at = append ? t.columns : index;
  if (!append && (!Number.isInteger(at) || at < 0 || at >= t.columns))
    throw new FakeOfficeError("InvalidArgument", `The table ${table.name} has no column position ${index}.`);
  if (values !== undefined && values !== null && name !== undefined && name !== null)
    throw new FakeOfficeError(
      "InvalidArgument",
      "The fake refuses values together with a name: whether values then include the header is not documented.",
    );
  const names = model.tables.columnNames(table).map((column) => column.toLowerCase());
  if (name !== undefined && name !== null && names.includes(name.toLowerCase()))
    throw new FakeOfficeError("InvalidArgument", `The table ${table.name} already has a column ${name}.`);
  const beside: SheetBlock = { ...t, column: t.column + t.columns, columns: 1 };
  const other = model.tables
    .all()
    .find((candidate) => candidate !== table && intersect(candidate.block, beside));
  if (other)
    throw new FakeOfficeError(
      "InvalidOperation",
      `This operation is not allowed. The operation is attempting to shift cells in a table (${other.name}) on your worksheet.`,
    );
  if (model.usedBlock(t.sheetId, beside) !== null)
    throw new FakeOfficeError(
      "InvalidOperation",
      `The column right of ${table.name} is not empty; the fake does not shift cells outside the table (undocumented).`,
    );
  const sheet = model.sheet(t.sheetId);
  const from = t.column + at;
  const inRows = (row: number) => row >= t.row && row < t.row + t.rows;
  for (const map of [sheet.cells, sheet.validations] as Map<number, unknown>[]) {
    const moved = new Map<number, unknown>();
    for (const [key, value] of [...map]) {
      const cell = cellOfKey(key);
      if (!inRows(cell.row) || cell.column < from || cell.column >= t.column + t.columns) continue;
      map.delete(key);
      moved.set(cellKey(cell.row, cell.column + 1), value);
    }
    for (const [key, value] of moved) map.set(key, value);
  }
  for (let r = t.row; r < t.row + t.rows; r++)
    for (let c = from; c <= t.column + t.columns; c++)
      model.cellMoved(sheet, r, c, sheet.cells.get(cellKey(r, c)));
  const calculated = new Map(
    [...table.calculated].map(([offset, rule]) => [offset >= at ? offset + 1 : offset, rule]),
  );
  table.calculated = calculated;
  const header = name ?? defaultName(names);
  sheet.cells.set(cellKey(t.row, from), { value: header, formula: null, numberFormat: GENERAL });
  table.block = { ...t, columns: t.columns + 1 };
  if (values !== undefined && values !== null) {
    const block: SheetBlock = { ...t, column: from, columns: 1 };
    model.writeBlock(block, "values", fitToBlock(block, values, "values"));
  }
  model.queueEvent({ type: "TableChanged", tableId: table.id, worksheetId: sheet.id, address: "" });
  model.touch();
  return header;
}

/** Excel's default name for a new column: "Column" and the first free number. */
function defaultName(lowerNames: readonly string[]): string {
  let n = lowerNames.length + 1;
  while (lowerNames.includes(`column${n}`)) n++;
  return `Column${n}`;
}
