import type { FakeBatch, HandlerRegistration } from "./fakeBatch";
import { EVENT_MEMBERS, requireExcelApi } from "./host/requirementSets";

/** What `add` returns: remove the handler with `remove()` and a sync of `context`. */
export class FakeEventHandlerResult {
  constructor(
    readonly context: { sync: () => Promise<void> },
    private readonly batch: FakeBatch,
    private readonly registration: HandlerRegistration,
  ) {}

  /** Queues removing the handler; it stops hearing events after the next sync. */
  remove(): void {
    this.batch.enqueue(() => this.batch.owner.removeHandler(this.registration));
  }
}

/** A fake OfficeExtension.EventHandlers: handlers are registered when the batch runs. */
export class FakeEventHandlers<TArgs> {
  constructor(
    private readonly batch: FakeBatch,
    private readonly context: { sync: () => Promise<void> },
    private readonly event: HandlerRegistration["event"],
    private readonly tableId?: () => string,
  ) {}

  /** Queues registering `handler`; it hears events from the next sync on. */
  add(handler: (args: TArgs) => Promise<unknown>): FakeEventHandlerResult {
    requireExcelApi(this.batch, EVENT_MEMBERS[this.event]);
    const registration: HandlerRegistration = {
      event: this.event,
      handler: handler as HandlerRegistration["handler"],
    };
    this.batch.enqueue(() => {
      registration.tableId = this.tableId?.();
      this.batch.owner.registerHandler(registration);
    });
    return new FakeEventHandlerResult(this.context, this.batch, registration);
  }
}
