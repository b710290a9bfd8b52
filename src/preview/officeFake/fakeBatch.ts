import { FakeOfficeError } from "./fakeOfficeError";
import { waitForCellEdit } from "./host/cellEditMode";
import { PayloadMeter } from "./host/payloadLimits";
import type { ClientView } from "./host/selection";
import type { UndoSteps } from "./host/undoGroups";
import type { FakeClientObject } from "./clientObject";
import type { PendingEvent, WorkbookModel } from "./workbookModel";

/** What a request context needs from the client (one Excel instance) that owns it. */
export type ContextOwner = {
  readonly model: WorkbookModel;
  /** Waits as a round trip to Excel would, so other clients' batches can run in between. */
  roundTrip: () => Promise<void>;
  /** Hands the events of a finished batch to every client's handlers. */
  deliver: (events: PendingEvent[]) => void;
  registerHandler: (registration: HandlerRegistration) => void;
  removeHandler: (registration: HandlerRegistration) => void;
  /** True while the user of this Excel is typing in a cell (see host/cellEditMode.ts). */
  readonly inCellEditMode: boolean;
  /** Resolves when the user leaves cell-edit mode. */
  cellEditEnded: () => Promise<void>;
  /** This user's undo steps (host/undoGroups.ts). */
  readonly undo: UndoSteps;
  /** This user's active sheet and selection (host/selection.ts). */
  readonly view: ClientView;
};

/** An event handler registered through `onChanged.add` and its kind. */
export type HandlerRegistration = {
  event: "TableChanged" | "TableAdded" | "TableDeleted" | "WorksheetCalculated";
  /** The table whose changes it hears; undefined for the collection events. */
  tableId?: string;
  handler: (args: unknown) => Promise<unknown> | void;
};

/** A queued command, run in order when the batch is sent. */
type Command = () => void;

/**
 * The batch a request context collects: commands are queued by proxies and run only on
 * `sync()`, one batch at a time against the shared model, like a round trip to Excel.
 */
export class FakeBatch {
  private commands: Command[] = [];
  private created: FakeClientObject<unknown>[] = [];
  private failure: FakeOfficeError | null = null;
  private meter: PayloadMeter;
  /** The meter of the batch whose commands are running, for what they load. */
  private running: PayloadMeter | null = null;
  /** The number of `sync()` round trips made, for tests that count them. */
  syncs = 0;
  suspendCalculation = false;
  /** `Excel.RunOptions.delayForCellEdit` of the run that owns this context. */
  delayForCellEdit = false;
  /** Writing syncs so far of a run that is one undo group (`mergeUndoGroup`); null when each sync is a step. */
  undoGroup: number | null = null;
  /** False once the Excel.run that made this context has returned, until it is passed to Excel.run again. */
  open = true;
  /** Request and response bytes of every sync so far, for tests and benchmarks. */
  readonly payloads: { request: number; response: number; failed: boolean }[] = [];
  /**
   * Milliseconds the in-memory workbook spent running this context's batches (commands,
   * payload metering, events): Excel's time in a real host, so benchmarks can tell the
   * pane's own work from the fake's.
   */
  hostMs = 0;

  constructor(readonly owner: ContextOwner) {
    this.meter = new PayloadMeter(owner.model.profile);
  }

  /** Queues a command for the next sync; `data` is what it sends, for the payload limit. */
  enqueue(command: Command, data?: unknown): void {
    this.commands.push(command);
    this.meter.addRequest(data);
  }

  /** Makes the next sync fail with `error` before anything in the batch runs. */
  fail(error: FakeOfficeError): void {
    this.failure ??= error;
  }

  /** Counts what a load returns against the response limit of the batch being sent. */
  countResponse(data: unknown): void {
    this.running?.addResponse(data);
  }

  /** Remembers an object so its `isNullObject` is known after the next sync. */
  track(object: FakeClientObject<unknown>): void {
    this.created.push(object);
  }

  /** Sends the batch: runs the queued commands, settles new objects, delivers events. */
  async send(countAsSync: boolean): Promise<void> {
    if (countAsSync) this.syncs++;
    const commands = this.commands;
    const created = this.created;
    const meter = this.meter;
    const refused = this.failure;
    this.commands = [];
    this.created = [];
    this.failure = null;
    this.meter = new PayloadMeter(this.owner.model.profile);
    if (!this.open) {
      // docs/excel/excel-add-ins-events.md, "Remove an event handler": a context is used again
      // by passing it to Excel.run; the fake refuses it outside one (what Office does is not documented).
      throw new FakeOfficeError(
        "InvalidOperation",
        "This request context belongs to an Excel.run that has finished; pass it to Excel.run to use it again.",
      );
    }
    if (this.owner.inCellEditMode) {
      if (!this.delayForCellEdit) throw waitForCellEdit.refusal();
      await this.owner.cellEditEnded();
    }
    await this.owner.roundTrip();
    const started = performance.now();
    try {
      this.runCommands(commands, created, meter, refused);
    } finally {
      this.hostMs += performance.now() - started;
    }
  }

  private runCommands(
    commands: Command[],
    created: FakeClientObject<unknown>[],
    meter: PayloadMeter,
    refused: FakeOfficeError | null,
  ): void {
    if (refused) throw refused;
    try {
      meter.checkRequest();
    } catch (error) {
      this.payloads.push({ ...meter.sizes, failed: true });
      throw error;
    }
    let failure: unknown = null;
    this.running = meter;
    const revision = this.owner.model.revision;
    try {
      for (const command of commands) command();
      meter.checkResponse();
    } catch (error) {
      // Office stops at the failing command; what ran before it stays done.
      failure = error;
    }
    this.running = null;
    if (this.owner.model.revision !== revision) {
      if (this.undoGroup === null) this.owner.undo.record(1);
      else this.undoGroup++;
    }
    this.payloads.push({ ...meter.sizes, failed: failure !== null });
    for (const object of created) object.settle();
    if (this.suspendCalculation) this.owner.model.suspendedBatches++;
    this.suspendCalculation = false;
    this.owner.deliver(this.owner.model.flush());
    if (failure) throw failure;
  }

  /** True when commands wait to be sent. */
  get pending(): boolean {
    return this.commands.length > 0;
  }
}
