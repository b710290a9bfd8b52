import { FakeOfficeError } from "../fakeOfficeError";

/**
 * Cell-edit mode, as docs/excel/excel-add-ins-delay-in-cell-edit.md states it: while the user
 * is editing a cell, a batch fails at once with `InvalidOperationInCellEditMode`
 * (docs/testing/application-specific-api-error-handling.md) unless Excel.run was given
 * `{ delayForCellEdit: true }`, which queues the batch until the user leaves the cell.
 */
export class CellEditMode {
  private editing = false;
  private waiting: (() => void)[] = [];

  /** True while the user types in a cell. */
  get active(): boolean {
    return this.editing;
  }

  /** The user starts typing in a cell. */
  enter(): void {
    this.editing = true;
  }

  /** The user presses Enter or Esc: batches that waited run now. */
  leave(): void {
    this.editing = false;
    const waiting = this.waiting;
    this.waiting = [];
    for (const resume of waiting) resume();
  }

  /** Resolves when the user leaves the cell (at once when they are not in one). */
  ended(): Promise<void> {
    if (!this.editing) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }
}

/** The error a batch gets in cell-edit mode without `delayForCellEdit`. */
export const waitForCellEdit = {
  refusal: (): FakeOfficeError =>
    new FakeOfficeError(
      "InvalidOperationInCellEditMode",
      "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
    ),
};
