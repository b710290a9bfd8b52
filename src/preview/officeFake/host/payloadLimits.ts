import { FakeOfficeError } from "../fakeOfficeError";
import type { HostProfile } from "./hostProfile";

/**
 * Excel's payload limits, as docs/excel/performance.md ("Payload size limit best practices")
 * states them: Excel on the web limits requests and responses to 5 MB, and on all platforms
 * a range is limited to five million cells for get operations. The request size "combines
 * the number of API calls, the number of objects and the length of the value to set or
 * get"; the fake counts each command as a small fixed cost plus the UTF-8 JSON of what it
 * sets or gets, which is close to what Office.js sends.
 */
export class PayloadMeter {
  private request = 0;
  private response = 0;

  constructor(private readonly profile: HostProfile) {}

  /** Counts one queued command and the data it sends. */
  addRequest(data?: unknown): void {
    this.request += COMMAND_BYTES + (data === undefined ? 0 : jsonBytes(data));
  }

  /** Counts data a load returns. */
  addResponse(data: unknown): void {
    this.response += jsonBytes(data);
  }

  /** Fails the batch before it runs when what it sends is over the web's limit. */
  checkRequest(): void {
    const limit = this.profile.payloadLimitBytes;
    if (limit !== null && this.request > limit) {
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${this.request} bytes, limit ${limit}).`,
      );
    }
  }

  /** Fails the batch when what it returns is over the web's limit. */
  checkResponse(): void {
    const limit = this.profile.payloadLimitBytes;
    if (limit !== null && this.response > limit) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size has exceeded the limit (${this.response} bytes, limit ${limit}).`,
      );
    }
  }

  /** What the batch sent and got, in bytes, for tests and benchmarks. */
  get sizes(): { request: number; response: number } {
    return { request: this.request, response: this.response };
  }
}

/** Fails a get of more cells than any host returns. */
export function checkReadCells(profile: HostProfile, rows: number, columns: number): void {
  if (rows * columns > profile.readCellLimit) {
    throw new FakeOfficeError(
      "GeneralException",
      `A range is limited to ${profile.readCellLimit} cells for read operations (${rows}×${columns}).`,
    );
  }
}

/** A command's fixed share of a request: its object path and method name. */
const COMMAND_BYTES = 64;

const encoder = new TextEncoder();

function jsonBytes(data: unknown): number {
  const text = JSON.stringify(data) ?? "";
  // Most payloads are ASCII; count UTF-8 exactly only when they are not.
  return !/[\u0080-\uffff]/.test(text) ? text.length : encoder.encode(text).length;
}
