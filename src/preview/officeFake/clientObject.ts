import { FakeOfficeError } from "./fakeOfficeError";
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
};

/** An event handler registered through `onChanged.add` and its kind. */
export type HandlerRegistration = {
  event: "TableChanged" | "TableAdded" | "TableDeleted";
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
  /** The number of `sync()` round trips made, for tests that count them. */
  syncs = 0;
  suspendCalculation = false;

  constructor(readonly owner: ContextOwner) {}

  /** Queues a command for the next sync. */
  enqueue(command: Command): void {
    this.commands.push(command);
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
    this.commands = [];
    this.created = [];
    await this.owner.roundTrip();
    let failure: unknown = null;
    try {
      for (const command of commands) command();
    } catch (error) {
      // Office stops at the failing command; what ran before it stays done.
      failure = error;
    }
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
      this.loaded.set(name, this.read(target, name));
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

  /** Queues a command that needs the (existing) target. */
  protected command(run: (target: T) => void): void {
    this.batch.enqueue(() => run(this.targetOrThrow()));
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
