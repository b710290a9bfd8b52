import { OfficeJsMissingError, type OfficeContext } from "../excel/officeContext";

/** Where the pane's start stands while it waits for Office. */
export type StartState =
  /** Office has not answered within the time limit; the pane still listens for its answer. */
  | { status: "silent"; waitedMs: number }
  | { status: "ready"; office: OfficeContext }
  /** Office.js is not on the page (blocked or not loaded): the pane runs as a web page. */
  | { status: "withoutOffice" }
  /** Office.js failed in a way it should not (its promise rejected). */
  | { status: "failed"; error: Error };

/**
 * Follows Office's answer to the pane's start: "silent" once `limitMs` has passed without
 * one, then "ready" whenever it comes — even after "silent", so a slow host still gets a
 * working pane. Returns a function that stops following (no state is reported after it).
 */
export function followStart(
  officeReady: Promise<OfficeContext>,
  limitMs: number,
  onState: (state: StartState) => void,
): () => void {
  let stopped = false;
  let answered = false;
  const timer = setTimeout(() => {
    if (!stopped && !answered) onState({ status: "silent", waitedMs: limitMs });
  }, limitMs);
  const answer = (state: StartState) => {
    answered = true;
    clearTimeout(timer);
    if (!stopped) onState(state);
  };
  officeReady.then(
    (office) => answer({ status: "ready", office }),
    (error: unknown) =>
      answer(
        error instanceof OfficeJsMissingError
          ? { status: "withoutOffice" }
          : { status: "failed", error: error instanceof Error ? error : new Error(String(error)) },
      ),
  );
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
