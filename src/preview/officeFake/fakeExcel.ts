import type { CellValue } from "../../engine/workbookProblem";
import { parseAddress } from "../../excel/a1";
import { FakeBatch, type ContextOwner, type HandlerRegistration } from "./fakeBatch";
import { deleteTableRow } from "./host/deleteTableRow";
import { FakeOfficeError } from "./fakeOfficeError";
import { FakeApplication, FakeWorkbookObject } from "./fakeWorkbook";
import { CellEditMode } from "./host/cellEditMode";
import { ClientView } from "./host/selection";
import { UndoSteps } from "./host/undoGroups";
import { hostProfile, type HostProfile } from "./host/hostProfile";
import { WorkbookModel, type PendingEvent, type SheetBlock } from "./workbookModel";

/** A fake Excel.RequestContext: `workbook`, `application` and `sync()`. */
export class FakeRequestContext {
  readonly batch: FakeBatch;
  readonly application: FakeApplication;
  readonly workbook: FakeWorkbookObject;

  constructor(owner: ContextOwner) {
    this.batch = new FakeBatch(owner);
    this.application = new FakeApplication(this.batch);
    this.workbook = new FakeWorkbookObject(this.batch, this, this.application);
  }

  /** Sends the queued commands to the shared workbook and fills in what was loaded. */
  sync(): Promise<void> {
    return this.batch.send(true);
  }

  /** This context as the Excel layer sees it: the one seam where the fake stands in for Office's types. */
  asExcel(): Excel.RequestContext {
    return this as unknown as Excel.RequestContext;
  }

  /** How many times `sync()` was called on this context. */
  get syncCount(): number {
    return this.batch.syncs;
  }

  /** Milliseconds the in-memory workbook spent on this context's syncs (FakeBatch.hostMs). */
  get hostMs(): number {
    return this.batch.hostMs;
  }
}

/**
 * One Excel instance on the shared workbook (a co-author): its own contexts, its own event
 * handlers, and `run` in place of Excel.run. Changes it makes reach its handlers as
 * `Local` and every other client's as `Remote`.
 */
export class FakeExcelClient implements ContextOwner {
  readonly handlers: HandlerRegistration[] = [];
  /** Waits between queuing a batch and running it; a microtask unless a test sets its own interleaving. */
  roundTrip: () => Promise<void> = () => Promise.resolve();
  /** Every context `run` made, for tests that count syncs. */
  readonly contexts: FakeRequestContext[] = [];
  /** Whether this user is typing in a cell; `cellEdit.enter()` / `leave()` in tests. */
  readonly cellEdit = new CellEditMode();
  /** The Ctrl+Z steps this user's writes make (host/undoGroups.ts). */
  readonly undo: UndoSteps;
  /** The sheet this user has active and the cells selected on it (host/selection.ts). */
  readonly view: ClientView;

  constructor(
    readonly workbook: FakeWorkbook,
    readonly name: string,
  ) {
    this.undo = new UndoSteps(workbook.model.profile);
    this.view = new ClientView(workbook.model);
  }

  get model(): WorkbookModel {
    return this.workbook.model;
  }

  get inCellEditMode(): boolean {
    return this.cellEdit.active;
  }

  cellEditEnded(): Promise<void> {
    return this.cellEdit.ended();
  }

  /**
   * Excel.run for this client, in its three forms: `run(batch)`, `run(options, batch)` and
   * `run(context, batch)` (an earlier run's context, e.g. to remove its event handlers). A
   * fresh context unless one is passed; whatever is still queued is sent at the end.
   */
  run = async <T>(...args: RunArguments<T>): Promise<T> => {
    const batch = args[args.length - 1] as (context: Excel.RequestContext) => Promise<T>;
    const first = args.length === 2 ? args[0] : undefined;
    const context = first instanceof FakeRequestContext ? first : this.newContext();
    const options = first instanceof FakeRequestContext ? undefined : (first as Excel.RunOptions | undefined);
    if (!(first instanceof FakeRequestContext))
      context.batch.delayForCellEdit = Boolean(options?.delayForCellEdit);
    context.batch.open = true;
    if (this.undo.groups(options)) context.batch.undoGroup = 0;
    try {
      const result = await batch(context.asExcel());
      if (context.batch.pending) await context.batch.send(false);
      return result;
    } finally {
      context.batch.open = false;
      if (context.batch.undoGroup !== null) this.undo.record(context.batch.undoGroup);
      context.batch.undoGroup = null;
    }
  };

  /** A new request context of this client. */
  newContext(): FakeRequestContext {
    const context = new FakeRequestContext(this);
    this.contexts.push(context);
    return context;
  }

  /** Types into cells as this user would in the grid: `address` with its sheet, one value per cell. */
  type(address: string, values: CellValue[][]): void {
    this.model.writeBlock(this.block(address), "values", values);
    this.deliver(this.model.flush());
  }

  /** Deletes a table's body row by hand ("Delete Table Rows"), by its 0-based position. */
  deleteTableRow(name: string, index: number): void {
    const table = this.model.tables.byName(name);
    if (!table) throw new FakeOfficeError("ItemNotFound", `No table named "${name}".`);
    deleteTableRow(this.model, table, index);
    this.deliver(this.model.flush());
  }

  /** Selects cells as this user would with the mouse: `select("Ark1!A1:E12")`, more than one with Ctrl. */
  select(...addresses: string[]): void {
    this.view.select(addresses.map((address) => this.block(address)));
  }

  /** Deletes a table by hand: with its cells, or ("Convert to Range") keeping them. */
  deleteTable(name: string, keepCells: boolean): void {
    const table = this.model.tables.byName(name);
    if (!table) throw new FakeOfficeError("ItemNotFound", `No table named "${name}".`);
    this.model.tables.remove(table, keepCells);
    this.deliver(this.model.flush());
  }

  /** Hands events to every client's matching handlers; see FakeWorkbook.deliver. */
  deliver(events: PendingEvent[]): void {
    this.workbook.deliver(events, this);
  }

  registerHandler(registration: HandlerRegistration): void {
    this.handlers.push(registration);
  }

  removeHandler(registration: HandlerRegistration): void {
    const index = this.handlers.indexOf(registration);
    if (index !== -1) this.handlers.splice(index, 1);
  }

  private block(address: string): SheetBlock {
    const block = parseAddress(address);
    const sheet = block && this.model.sheetByName(block.sheet);
    if (!block || !sheet) throw new FakeOfficeError("InvalidArgument", `"${address}" needs a sheet name.`);
    return { ...block, sheetId: sheet.id };
  }
}

/** What `run` takes: the batch, with run options or an earlier run's context before it. */
export type RunArguments<T> =
  | [batch: (context: Excel.RequestContext) => Promise<T>]
  | [
      options: Excel.RunOptions | FakeRequestContext | Excel.RequestContext,
      batch: (context: Excel.RequestContext) => Promise<T>,
    ];

/**
 * A workbook shared by fake clients; `model` is open for tests and the preview's sheet view.
 * `profile` says which Excel it behaves as (host/hostProfile.ts): Excel on the web by default.
 */
export class FakeWorkbook {
  readonly model: WorkbookModel;

  constructor(profile: HostProfile = hostProfile("web")) {
    this.model = new WorkbookModel(profile);
  }

  /** Errors thrown by event handlers; kept so a test can show that none were swallowed. */
  readonly handlerErrors: unknown[] = [];
  private readonly clients: FakeExcelClient[] = [];
  private readonly changeListeners = new Set<() => void>();
  private announcedRevision = 0;

  /** A new Excel instance on this workbook (one per co-author). */
  createClient(name = `client${this.clients.length + 1}`): FakeExcelClient {
    const client = new FakeExcelClient(this, name);
    this.clients.push(client);
    return client;
  }

  /** Closes a client (an Excel instance gone, e.g. a reloaded pane): its handlers hear nothing more. */
  closeClient(client: FakeExcelClient): void {
    const index = this.clients.indexOf(client);
    if (index !== -1) this.clients.splice(index, 1);
    client.handlers.length = 0;
  }

  /**
   * Calls `listener` after every batch or typed edit that changed the workbook (cells,
   * formats, sheets, tables, charts), for a view that draws it. Returns the unsubscribe.
   */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /**
   * Calls the handlers that listen for these events, after the batch's promise settles as
   * Office does: `Local` for the client that made the change, `Remote` for the others.
   */
  deliver(events: PendingEvent[], origin: FakeExcelClient): void {
    this.announceChange();
    for (const client of this.clients) {
      for (const registration of [...client.handlers]) {
        for (const event of events) {
          if (registration.event !== event.type) continue;
          if (registration.tableId !== undefined && targetOf(event) !== registration.tableId) continue;
          const args = {
            ...event,
            source: client === origin ? "Local" : "Remote",
            changeType: "RangeEdited",
          };
          Promise.resolve()
            .then(() => registration.handler(args))
            .catch((error: unknown) => this.handlerErrors.push(error));
        }
      }
    }
  }

  /** Tells the change listeners, once per revision; a listener's error is kept like a handler's. */
  private announceChange(): void {
    if (this.model.revision === this.announcedRevision) return;
    this.announcedRevision = this.model.revision;
    for (const listener of [...this.changeListeners]) {
      try {
        listener();
      } catch (error) {
        this.handlerErrors.push(error);
      }
    }
  }

  /** What a cell shows, by address with sheet ("BAR!C2"); for tests and the preview's sheet view. */
  valueAt(address: string): CellValue {
    const block = parseAddress(address);
    const sheet = block && this.model.sheetByName(block.sheet);
    if (!block || !sheet) throw new FakeOfficeError("InvalidArgument", `"${address}" needs a sheet name.`);
    return this.model.valueAt(sheet.id, block.row, block.column);
  }
}

/** The object an event is about, for handlers registered on one table or sheet. */
function targetOf(event: PendingEvent): string {
  return event.type === "WorksheetCalculated" ? event.worksheetId : event.tableId;
}
