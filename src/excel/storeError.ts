import { officeCode } from "./tableAccess";

/** An Office failure turned into one typed error at the store's boundary, for the pane to show. */
export class StoreError extends Error {
  constructor(
    readonly operation: string,
    /** Office's error code (e.g. "ItemNotFound", "GeneralException"), or "Unknown". */
    readonly code: string,
    message: string,
    readonly cause?: unknown,
  ) {
    super(`${operation}: ${message}`);
    this.name = "StoreError";
  }
}

/** An Office failure of `operation` as the one typed error the pane handles. */
export function toStoreError(operation: string, error: unknown): StoreError {
  const message = error instanceof Error ? error.message : String(error);
  return new StoreError(operation, officeCode(error) || "Unknown", message, error);
}
