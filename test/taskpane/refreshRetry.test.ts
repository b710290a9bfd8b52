import { REFRESH_RETRY_DELAYS_MS, nextRefreshRetry } from "../../src/taskpane/useWorkbook";

describe("nextRefreshRetry", () => {
  it("waits longer after each failure, then stops", () => {
    expect([1, 2, 3, 4, 5].map(nextRefreshRetry)).toEqual([2_000, 10_000, 30_000, null, null]);
  });

  it("is bounded: a minute or less of retries in all", () => {
    expect(REFRESH_RETRY_DELAYS_MS.reduce((sum, delay) => sum + delay, 0)).toBeLessThanOrEqual(60_000);
  });

  it("does not wait before anything failed", () => {
    expect(nextRefreshRetry(0)).toBeNull();
  });
});
