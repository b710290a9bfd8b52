/** The error codes Office.js uses that the fake raises (OfficeExtension.ErrorCodes). */
export type FakeErrorCode =
  | "PropertyNotLoaded"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "ApiNotFound"
  | "GeneralException"
  | "InvalidOperationInCellEditMode"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "UndoNotSupported"
  | "InvalidSelection";

/** An error shaped like OfficeExtension.Error: a `code` to branch on and a message for people. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: FakeErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}
