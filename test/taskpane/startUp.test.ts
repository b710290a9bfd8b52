import { OfficeJsMissingError, type OfficeContext } from "../../src/excel/officeContext";
import { followStart, type StartState } from "../../src/taskpane/startUp";

const OFFICE: OfficeContext = {
  displayLanguage: "da-DK",
  theme: "light",
  host: "Excel",
  unsupportedSets: [],
};
const LIMIT = 15_000;

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("followStart", () => {
  it("says nothing before the limit", async () => {
    const states: StartState[] = [];
    followStart(new Promise<never>(() => undefined), LIMIT, (state) => states.push(state));
    await jest.advanceTimersByTimeAsync(LIMIT - 1);
    expect(states).toEqual([]);
  });

  it("reports silence at the limit", async () => {
    const states: StartState[] = [];
    followStart(new Promise<never>(() => undefined), LIMIT, (state) => states.push(state));
    await jest.advanceTimersByTimeAsync(LIMIT);
    expect(states).toEqual([{ status: "silent", waitedMs: LIMIT }]);
  });

  it("still starts when Office answers after the limit", async () => {
    const office = deferred<OfficeContext>();
    const states: StartState[] = [];
    followStart(office.promise, LIMIT, (state) => states.push(state));
    await jest.advanceTimersByTimeAsync(LIMIT * 3);
    office.resolve(OFFICE);
    await jest.advanceTimersByTimeAsync(0);
    expect(states).toEqual([
      { status: "silent", waitedMs: LIMIT },
      { status: "ready", office: OFFICE },
    ]);
  });

  it("never reports silence once Office has answered", async () => {
    const states: StartState[] = [];
    followStart(Promise.resolve(OFFICE), LIMIT, (state) => states.push(state));
    await jest.advanceTimersByTimeAsync(LIMIT * 2);
    expect(states).toEqual([{ status: "ready", office: OFFICE }]);
  });

  it("tells a missing Office.js from a failing one", async () => {
    const states: StartState[] = [];
    followStart(Promise.reject(new OfficeJsMissingError()), LIMIT, (state) => states.push(state));
    followStart(Promise.reject(new Error("broken")), LIMIT, (state) => states.push(state));
    await jest.advanceTimersByTimeAsync(LIMIT);
    expect(states).toEqual([{ status: "withoutOffice" }, { status: "failed", error: new Error("broken") }]);
  });

  it("reports nothing after it was stopped", async () => {
    const office = deferred<OfficeContext>();
    const states: StartState[] = [];
    const stop = followStart(office.promise, LIMIT, (state) => states.push(state));
    stop();
    office.resolve(OFFICE);
    await jest.advanceTimersByTimeAsync(LIMIT);
    expect(states).toEqual([]);
  });
});
