import { toAddress } from "../../excel/a1";
import type { FakeCell } from "./cellInput";
import type { CellChange } from "./formulaEvaluator";
import { intersect, type SheetBlock } from "./sheetBlock";
import { calculationEvents } from "./host/afterWrite";
import type { SheetModel, WorkbookModel } from "./workbookModel";

/** A change event waiting to be delivered after a batch or a user edit. */
export type PendingEvent =
  | { type: "TableChanged"; tableId: string; worksheetId: string; address: string }
  | { type: "TableAdded"; tableId: string; worksheetId: string }
  | { type: "TableDeleted"; tableId: string; tableName: string; worksheetId: string }
  | { type: "WorksheetCalculated"; worksheetId: string };

/**
 * What a batch's (or a user edit's) changes still owe once it ends: the cell changes the
 * formula evaluator has not seen, and the events to deliver. Excel raises its events after
 * the batch, so they wait here until the workbook is flushed.
 */
export class ChangeQueue {
  private changes: CellChange[] = [];
  private events: PendingEvent[] = [];
  /** Changes went to the evaluator during the batch (a read after a write): the flush still owes onCalculated. */
  private calculatedSinceFlush = false;

  constructor(private readonly workbook: WorkbookModel) {}

  /**
   * Notes that a cell now holds `cell` (or nothing), for the evaluator. The sheet's name is
   * taken now: a rename first hands over the changes made under the old name.
   */
  cellChanged(sheet: SheetModel, row: number, column: number, cell: FakeCell | undefined): void {
    this.changes.push({
      sheet: sheet.name,
      row,
      column,
      value: cell?.value ?? "",
      formula: cell?.formula ?? null,
    });
  }

  /** Queues an event for delivery when the current batch or edit is flushed. */
  queueEvent(event: PendingEvent): void {
    this.events.push(event);
  }

  /** Queues a TableChanged for every table the block overlaps, with the overlap's address (no sheet). */
  queueTableChanges(block: SheetBlock): void {
    for (const table of this.workbook.tables.all()) {
      const overlap = intersect(table.block, block);
      if (!overlap) continue;
      const address = toAddress({ ...overlap, sheet: "" }).split("!")[1];
      this.queueEvent({ type: "TableChanged", tableId: table.id, worksheetId: table.block.sheetId, address });
    }
  }

  /** Takes the events and cell changes gathered since the last flush, telling the evaluator first. */
  flush(): PendingEvent[] {
    // Cells changed since the last flush, whether or not a read in the batch already handed them to the evaluator.
    if (this.changes.length > 0 || this.calculatedSinceFlush)
      this.events.push(...calculationEvents(this.workbook.sheets));
    this.sendChangesToEvaluator();
    this.calculatedSinceFlush = false;
    const events = this.events;
    this.events = [];
    return events;
  }

  /**
   * Hands the evaluator the cell changes it has not seen. Called on flush, on a sheet rename,
   * and before any formula is evaluated, so a batch that writes and then reads sees its own writes.
   */
  sendChangesToEvaluator(): void {
    if (this.changes.length === 0) return;
    const changes = this.changes;
    this.changes = [];
    this.calculatedSinceFlush = true;
    this.workbook.evaluator.cellsChanged?.(changes);
  }
}
