import { OfficeMockObject } from "office-addin-mock";

/** A table's cells, header row first; null for a table that is not there. */
export type MockTables = Record<string, unknown[][] | null>;

/** A range answering the calls the store makes; navigation returns the range itself or a free block. */
function rangeData(values: unknown[][], address: string, validationType = "List") {
  return {
    values,
    address,
    numberFormat: values.map((row) => row.map(() => "General")),
    rowCount: values.length,
    columnCount: values[0]?.length ?? 0,
    // The cells under or beside a table: empty, so getUsedRangeOrNullObject gives a null object.
    free: { address: "" },
    // Every cell has BAR's drop-down, as in a workbook set up now, unless told otherwise.
    dataValidation: { type: validationType },
    validated: { address },
    getLastRow() {
      return this;
    },
    getLastColumn() {
      return this;
    },
    getRow() {
      return this;
    },
    getBoundingRect() {
      return this;
    },
    getCell() {
      return this;
    },
    getOffsetRange() {
      return this;
    },
    getResizedRange() {
      return this;
    },
    getUsedRangeOrNullObject() {
      return (this as unknown as { free: unknown }).free;
    },
    getSpecialCellsOrNullObject() {
      return (this as unknown as { validated: unknown }).validated;
    },
  };
}

function tableData(cells: unknown[][], validationType?: string) {
  const [header, ...body] = cells;
  const rows = body.length > 0 ? body : [header.map(() => "")];
  return {
    header: rangeData([header], "BAR!A1"),
    body: rangeData(rows, `BAR!A2:A${rows.length + 1}`),
    whole: rangeData(cells, "BAR!A1"),
    columns: {
      column: {
        body: rangeData(
          rows.map((row) => [row[0]]),
          "BAR!A2",
          validationType,
        ),
        getDataBodyRange() {
          return this.body;
        },
      },
      // Each column by its header name, as `columns.getItem(name)` finds it.
      byName: Object.fromEntries(
        header.map((name, at) => [
          String(name).toLowerCase(),
          {
            body: rangeData(
              rows.map((row) => [row[at]]),
              "BAR!A2",
              validationType,
            ),
            getDataBodyRange() {
              return this.body;
            },
          },
        ]),
      ),
      getItemOrNullObject(name: string) {
        return this.getItem(name);
      },
      getItem(name: string) {
        const byName = (this as unknown as { byName: Record<string, unknown> }).byName;
        return byName[String(name).toLowerCase()] ?? this.column;
      },
      // A new column (a new budget year): the same stand-in column.
      add() {
        return this.column;
      },
    },
    // The first body row by position: what `rows.getItemAt(0)` finds.
    rows: {
      first: {
        range: rangeData([rows[0]], "BAR!A2"),
        getRange() {
          return this.range;
        },
        delete: jest.fn(),
      },
      getItemAt() {
        return this.first;
      },
    },
    getHeaderRowRange() {
      return this.header;
    },
    getDataBodyRange() {
      return this.body;
    },
    getRange() {
      return this.whole;
    },
    resize() {
      return undefined;
    },
  };
}

/** A table that is not there: a null object whose ranges can still be loaded (and come back null). */
function missingData() {
  return { ...tableData([[""]]), header: rangeData([[]], ""), body: rangeData([[]], "") };
}

/** Cells on a sheet an import reads: the selection, the sheet's range at any address and the active sheet are all these. */
export type MockSource = { address: string; values: unknown[][] };

/** A sheet whose every range is `source`, and whose used part is its cells. */
function sourceData(source: MockSource) {
  const range = {
    address: source.address,
    used: rangeData(source.values, source.address),
    getUsedRangeOrNullObject() {
      return this.used;
    },
  };
  return {
    name: source.address.split("!")[0],
    range,
    getRange() {
      return this.range;
    },
  };
}

/**
 * An office-addin-mock context answering the store's calls on `tables` (and on the cells of
 * `source`, for an import). The mock models load and sync only: `isNullObject` is set by
 * hand because the mock has no null objects.
 */
export function mockContext(
  tables: MockTables,
  options: { validationType?: "List" | "None"; source?: MockSource } = {},
) {
  const { source } = options;
  const items = Object.fromEntries(
    Object.entries(tables).map(([name, cells]) => [
      name,
      cells === null ? missingData() : tableData(cells, options.validationType),
    ]),
  );
  const suspend = jest.fn();
  // getItem of a table that is not there fails the next sync with ItemNotFound, as Office does.
  let missingAsked = false;
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        tables: {
          items,
          getItemOrNullObject(name: string) {
            return (this as unknown as { items: Record<string, unknown> }).items[name];
          },
          getItem(name: string) {
            if (tables[name] === null) missingAsked = true;
            return (this as unknown as { items: Record<string, unknown> }).items[name];
          },
        },
        ...(source ? sourceMembers(source) : {}),
      },
      application: { suspendApiCalculationUntilNextSync: suspend },
    },
  });
  const context = (
    mock as unknown as { context: { workbook: { tables: { items: Record<string, MockTable> } } } }
  ).context;
  for (const [name, cells] of Object.entries(tables)) {
    const table = context.workbook.tables.items[name];
    table.isNullObject = cells === null;
    // The mock adds members of its own to every object: only the columns' bodies count.
    const named = Object.values(table.columns?.byName ?? {})
      .map((column) => (column as { body?: MockRange } | undefined)?.body)
      .filter((body): body is MockRange => typeof body === "object" && body !== null);
    for (const range of [table.header, table.body, table.whole, table.columns?.column.body, ...named]) {
      if (range) range.isNullObject = cells === null;
      if (range?.free) range.free.isNullObject = true;
      if (range?.validated)
        range.validated.isNullObject = cells === null || options.validationType === "None";
    }
  }
  const sheet = (
    context as unknown as { workbook: { worksheets?: { sheet: ReturnType<typeof sourceData> } } }
  ).workbook.worksheets?.sheet;
  if (sheet) (sheet.range.used as MockRange).isNullObject = false;
  const withSync = context as unknown as { sync: () => Promise<void> };
  const sync = withSync.sync.bind(context);
  withSync.sync = async () => {
    if (missingAsked) {
      missingAsked = false;
      throw Object.assign(new Error("The requested resource doesn't exist."), { code: "ItemNotFound" });
    }
    return sync();
  };
  // The one seam where the mock stands in for Office's types.
  return { context: context as unknown as Excel.RequestContext, suspend };
}

type MockRange = {
  isNullObject?: boolean;
  free?: { isNullObject?: boolean };
  validated?: { isNullObject?: boolean };
};

/** The workbook members an import reads: worksheets (by name or the active one) and the selection. */
function sourceMembers(source: MockSource) {
  return {
    worksheets: {
      sheet: sourceData(source),
      getItem() {
        return (this as unknown as { sheet: unknown }).sheet;
      },
      getActiveWorksheet() {
        return (this as unknown as { sheet: unknown }).sheet;
      },
    },
    getSelectedRange() {
      return (this as unknown as { worksheets: { sheet: { range: unknown } } }).worksheets.sheet.range;
    },
  };
}

type MockTable = {
  isNullObject?: boolean;
  header: MockRange;
  body: MockRange;
  whole?: MockRange;
  columns?: { column: { body: MockRange }; byName?: Record<string, { body: MockRange }> };
};
