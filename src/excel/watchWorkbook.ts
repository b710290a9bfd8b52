import { BAR_SHEET, TABLE_KEYS, TABLE_NAMES } from "./schema";

/** One onChanged of a BAR table: its name and the changed area (TableChangedEventArgs.address, no sheet). */
export type TableEdit = { table: string; address: string };

/** What changed since the last notice: who (this user, or a co-author) and which BAR tables. */
export type WorkbookChange = {
  sources: ("Local" | "Remote")[];
  tables: string[];
  /** Every table event of the burst, in order, so the pane can tell its own writes (ownWrite.ts). */
  edits: TableEdit[];
  /** A table was added or deleted: watch again after reading, the set of tables may differ. */
  structure: boolean;
  /**
   * The BAR sheet was recalculated: a linked measure (a formula into the budget model) may
   * show a new figure although no BAR table was edited, which raises no onChanged.
   */
  calculated: boolean;
};

/** Options for watching the workbook. */
export type WatchOptions = {
  /** Quiet time before a burst of changes is reported once. @default 300 */
  debounceMs?: number;
  /** Gets what the listener throws; handlers never show dialogs or swallow errors. */
  onError?: (error: unknown) => void;
};

/** A running watch; `stop` removes the handlers. */
export type Watch = { stop: () => Promise<void> };

/**
 * The handlers as registered: removing them needs the context that added them, passed to
 * Excel.run again (docs/excel/excel-add-ins-events.md, "Remove an event handler").
 */
export type Registered = {
  context: Excel.RequestContext;
  /** Removes the handlers in a batch on `context` (the one run with `Excel.run(registered.context, …)`). */
  stop: (context: Excel.RequestContext) => Promise<void>;
};

/**
 * Listens to every BAR table's onChanged (edits typed into the tables, the pane's own
 * saves, and co-authors' edits with `source: Remote`) and to tables being added or
 * deleted, and calls `listener` once per burst so the pane can read again without a reload.
 */
export async function watchWorkbook(
  context: Excel.RequestContext,
  listener: (change: WorkbookChange) => void,
  options: WatchOptions = {},
): Promise<Registered> {
  const delay = options.debounceMs ?? 300;
  const tables = TABLE_KEYS.map((key) => {
    const table = context.workbook.tables.getItemOrNullObject(TABLE_NAMES[key]);
    table.load("id, name");
    return table;
  });
  const sheet = context.workbook.worksheets.getItemOrNullObject(BAR_SHEET);
  await context.sync();

  let pending: WorkbookChange | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const names = new Map<string, string>();
  // A calculation says nothing of who caused it: `source` null adds no source.
  const note = (
    source: string | null,
    table: string | undefined,
    structure: boolean,
    calculated = false,
    address?: string,
  ) => {
    pending ??= { sources: [], tables: [], edits: [], structure: false, calculated: false };
    if (table && address !== undefined) pending.edits.push({ table, address });
    pending.calculated ||= calculated;
    const from = source === "Remote" ? "Remote" : "Local";
    if (source !== null && !pending.sources.includes(from)) pending.sources.push(from);
    if (table && !pending.tables.includes(table)) pending.tables.push(table);
    pending.structure ||= structure;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      const change = pending as WorkbookChange;
      pending = null;
      timer = undefined;
      try {
        listener(change);
      } catch (error) {
        options.onError?.(error);
      }
    }, delay);
  };

  const results: OfficeExtension.EventHandlerResult<unknown>[] = [];
  for (const table of tables) {
    if (table.isNullObject) continue;
    names.set(table.id, table.name);
    results.push(
      table.onChanged.add(async (event: Excel.TableChangedEventArgs) => {
        note(String(event.source), names.get(event.tableId), false, false, event.address ?? "");
      }),
    );
  }
  // A formula's new result raises no onChanged; the sheet's onCalculated (ExcelApi 1.8) does
  // follow the model cells the measures link to, on whichever sheet they are.
  if (!sheet.isNullObject) {
    results.push(
      context.workbook.worksheets.getItem(BAR_SHEET).onCalculated.add(async () => {
        note(null, undefined, false, true);
      }),
    );
  }
  results.push(
    context.workbook.tables.onAdded.add(async (event: Excel.TableAddedEventArgs) => {
      note(String(event.source), undefined, true);
    }),
    context.workbook.tables.onDeleted.add(async (event: Excel.TableDeletedEventArgs) => {
      note(String(event.source), event.tableName, true);
    }),
  );
  await context.sync();

  return {
    context,
    stop: async (again) => {
      if (timer !== undefined) clearTimeout(timer);
      for (const result of results) result.remove();
      await again.sync();
    },
  };
}
