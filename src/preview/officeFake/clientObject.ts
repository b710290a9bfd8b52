import { FakeOfficeError } from "./fakeOfficeError";
import { waitForCellEdit } from "./host/cellEditMode";
import { PayloadMeter } from "./host/payloadLimits";
import type { ClientView } from "./host/selection";
import type { UndoSteps } from "./host/undoGroups";
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

/** Properties a `load` call asks for: "a, b", ["a", "b"] or `{ select: "a,b" }`. */
export type LoadArgument = string | string[] | { select?: string } | undefined;

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

/**
 * A proxy for one Office object. Its target is found when the batch that created it runs
 * (`resolve`), kept for later batches, and `null` when the object does not exist (a null
 * object, whose methods give null objects in turn). Properties can be read only after
 * `load` and `sync`, as in Office.js.
 */
export abstract class FakeClientObject<T> {
  private target: T | null | undefined = undefined;
  private readonly loaded = new Map<string, unknown>();
  private nullObject: boolean | undefined = undefined;
  /** Made by an `…OrNullObject` method, or a child of one: it may not exist. */
  private mayBeNull = false;

  /**
   * `known` is for objects a batch finds while it runs (the items of a loaded collection):
   * their target exists already, so nothing is queued.
   */
  constructor(
    readonly batch: FakeBatch,
    private readonly resolve: () => T | null,
    known?: { target: T },
  ) {
    if (known) {
      this.target = known.target;
      this.nullObject = false;
      return;
    }
    batch.enqueue(() => this.instantiate());
    batch.track(this as FakeClientObject<unknown>);
  }

  /** True when the object does not exist; known after the sync of the batch that created it. */
  get isNullObject(): boolean {
    if (this.nullObject === undefined) throw notLoaded("isNullObject");
    return this.nullObject;
  }

  /** Marks an object an `…OrNullObject` method returned; children of it are checked (see `checkChild`). */
  possiblyNull(): this {
    this.mayBeNull = true;
    return this;
  }

  /**
   * Called before a child object (a range of a table, a column, a sheet's range) is made of
   * this one. Office documents `isNullObject` of an `…OrNullObject` result, not what its
   * children do before it is known; under `strictNullObjects` the batch then fails.
   * Returns whether the child may be a null object, so it is checked in turn.
   */
  checkChild(member: string): boolean {
    const unknown = this.mayBeNull && this.nullObject !== false;
    if (unknown && this.nullObject === undefined && this.batch.owner.model.profile.strictNullObjects) {
      this.batch.fail(
        new FakeOfficeError(
          "GeneralException",
          `${this.constructor.name}.${member}: called on an object that may be a null object before its isNullObject is known (strict null objects).`,
        ),
      );
    }
    return unknown;
  }

  /** Marks a child made of this object as possibly null when this one may be. */
  protected childOf<C extends FakeClientObject<unknown>>(member: string, make: () => C): C {
    const mayBeNull = this.checkChild(member);
    const child = make();
    return mayBeNull ? child.possiblyNull() : child;
  }

  /** Queues reading the named properties; they can be read after the next sync. */
  load(properties?: LoadArgument): this {
    const names = toPropertyNames(properties);
    this.batch.enqueue(() => this.loadNow(names));
    return this;
  }

  /** Reads the named properties now; for a collection filling in its items while a batch runs. */
  loadNow(properties: LoadArgument): void {
    const target = this.targetOrNull();
    if (target === null) return;
    const names = toPropertyNames(properties);
    for (const name of names.length > 0 ? names : this.defaultProperties()) {
      const value = this.read(target, name);
      this.batch.countResponse(value);
      this.loaded.set(name, value);
    }
  }

  /** Sets when the batch ran; called by the batch. */
  settle(): void {
    if (this.target !== undefined) this.nullObject = this.target === null;
  }

  /** The target, or null for a null object; found now if the batch has not got to it yet. */
  protected targetOrNull(): T | null {
    if (this.target === undefined) this.instantiate();
    return this.target as T | null;
  }

  /** The target; using a null object this way fails as in Office.js. */
  protected targetOrThrow(): T {
    const target = this.targetOrNull();
    if (target === null)
      throw new FakeOfficeError("ItemNotFound", `${this.constructor.name}: the object does not exist.`);
    return this.check(target);
  }

  /** A loaded property; reading one that was not loaded and synced throws, like Office.js. */
  protected loadedValue<V>(name: string): V {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as V;
  }

  /** Queues a command that needs the (existing) target; `data` is what it sends. */
  protected command(run: (target: T) => void, data?: unknown): void {
    this.batch.enqueue(() => run(this.targetOrThrow()), data);
  }

  /** Lets subclasses refuse a stale target (a deleted table, say). */
  protected check(target: T): T {
    return target;
  }

  /** The value of one property of the target, for `load`. */
  protected abstract read(target: T, property: string): unknown;

  /** What a bare `load()` loads. */
  protected abstract defaultProperties(): string[];

  private instantiate(): void {
    if (this.target === undefined) this.target = this.resolve();
  }
}

/** The error Office.js gives for reading a property before `load` and `sync`. */
export function notLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** The property names of a `load` argument: "a, b", ["a", "b"] or `{ select: "a,b" }`. */
export function toPropertyNames(properties: LoadArgument): string[] {
  if (properties === undefined) return [];
  const text =
    typeof properties === "string"
      ? properties
      : Array.isArray(properties)
        ? properties.join(",")
        : (properties.select ?? "");
  return text
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
}
