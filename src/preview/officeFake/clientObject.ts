import type { FakeBatch } from "./fakeBatch";
import { FakeOfficeError } from "./fakeOfficeError";

/** Properties a `load` call asks for: "a, b", ["a", "b"] or `{ select: "a,b" }`. */
export type LoadArgument = string | string[] | { select?: string } | undefined;

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
