import { useCallback, useEffect, useRef, useState } from "react";
import type { BarStore } from "../excel/barStore";
import { isOwnBurst, type OwnWrite } from "../excel/ownWrite";
import type { WorkbookChange } from "../excel/watchWorkbook";
import type { WorkbookData } from "../excel/toWorkbookData";
import { withOwnWrite } from "../excel/withOwnWrite";

/**
 * When a read after a change in the workbook fails, the pane tries again after each of these
 * waits, then stops and leaves it to the user (the message has a button). Four reads in about
 * 45 s: enough for Excel to get over a moment's trouble, not so many that a broken connection
 * is hammered.
 */
export const REFRESH_RETRY_DELAYS_MS: readonly number[] = [2_000, 10_000, 30_000];

/** A read the pane did after the workbook was first read, and that failed. */
export type RefreshProblem = {
  error: unknown;
  /** When the pane tries again by itself, or null when it has stopped trying. */
  retryInMs: number | null;
};

/** The workbook as the pane sees it: loading, read, or why the first read failed. */
export type WorkbookState =
  | { status: "loading" }
  | {
      status: "ready";
      data: WorkbookData;
      remoteChange: boolean;
      /** The latest read again failed: `data` is what the pane read before. */
      refreshProblem: RefreshProblem | null;
    }
  | { status: "failed"; error: unknown };

/** What {@link useWorkbook} gives the pane. */
export type WorkbookHook = {
  state: WorkbookState;
  /** Why the pane does not hear changes in the workbook, if it does not. */
  watchProblem: unknown;
  /**
   * Reads again now (a user's retry, or after the pane's own change: `afterOwnChange`, whose
   * changes are logged already); restarts the retries. Resolves to whether it read.
   */
  reload: (options?: { afterOwnChange?: boolean }) => Promise<boolean>;
  /** Why a change typed into the tables could not be written to the change log, if it could not. */
  logProblem: unknown;
  /** Starts watching the workbook again after the watch could not start. */
  watchAgain: () => void;
  /**
   * Shows a saved initiative at once, as the save read it back, instead of reading the whole
   * workbook again; the change events of that write then read nothing (ownWrite.ts). False
   * when it cannot be shown so exactly: then the pane must read again.
   */
  showOwnWrite: (write: OwnWrite) => boolean;
};

/** The next wait after `failures` failed refreshes in a row, or null when the pane stops trying. */
export function nextRefreshRetry(failures: number): number | null {
  return failures >= 1 && failures <= REFRESH_RETRY_DELAYS_MS.length
    ? REFRESH_RETRY_DELAYS_MS[failures - 1]
    : null;
}

/** What the pane does on a change the watch reports: watch anew (tables came or went), or read again. */
export type WatchAction = { kind: "watchAgain" } | { kind: "read"; remoteChange: boolean };

/**
 * The pane's answer to a reported change. Every change that is not structural reads again —
 * a recalculation (`calculated`, no table and no source) included, since a linked model
 * cell changes the strategy's verdict without any BAR table changing.
 */
export function toWatchAction(change: WorkbookChange): WatchAction {
  if (change.structure) return { kind: "watchAgain" };
  return { kind: "read", remoteChange: change.sources.includes("Remote") };
}

/**
 * Reads the BAR tables and reads them again whenever they change — edits typed into the
 * tables, the pane's own saves, co-authors' edits, and a recalculation of the BAR sheet (a
 * linked measure's model cell changed: `calculated`) — so the pane never needs a reload.
 * Only the first read can put the pane into the failed state: once it has shown the
 * workbook, a failed read again keeps what it shows (and an open edit form), says so and
 * retries ({@link REFRESH_RETRY_DELAYS_MS}).
 */
export function useWorkbook(store: BarStore): WorkbookHook {
  const [state, setState] = useState<WorkbookState>({ status: "loading" });
  const [watchProblem, setWatchProblem] = useState<unknown>(null);
  const [logProblem, setLogProblem] = useState<unknown>(null);
  // The last read and when it started, and who changed the workbook since (the watch's sources).
  const lastRead = useRef<{ data: WorkbookData; at: Date } | null>(null);
  const heard = useRef(new Set<"Local" | "Remote">());
  const generation = useRef(0);
  const hasData = useRef(false);
  const failures = useRef(0);
  // The pane's own saves shown without a read, until the change events they raise have come.
  const ownWrites = useRef<OwnWrite[]>([]);
  const reading = useRef(0);
  // Only a running watch hears a save's change events, and only they confirm what was patched in.
  const watching = useRef(false);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // A watch covers the tables there when it starts: after set-up or a table's return, watch anew.
  const [watchRound, setWatchRound] = useState(0);

  const cancelRetry = () => {
    clearTimeout(retryTimer.current);
    retryTimer.current = undefined;
  };

  const read = useCallback(
    async (
      options: { remoteChange?: boolean; byUser?: boolean; afterOwnChange?: boolean } = {},
    ): Promise<boolean> => {
      // A slow read must not overwrite a newer one that finished first.
      const mine = ++generation.current;
      const started = new Date();
      cancelRetry();
      if (options.byUser) failures.current = 0;
      if (!hasData.current) setState({ status: "loading" });
      reading.current++;
      // What the read gets includes every write so far: nothing patched in is left to confirm.
      ownWrites.current = [];
      try {
        const data = await store.read().finally(() => reading.current--);
        // A newer read is under way: it decides what is shown.
        if (mine !== generation.current) return true;
        hasData.current = true;
        failures.current = 0;
        const previous = lastRead.current;
        const sources = heard.current;
        heard.current = new Set();
        lastRead.current = { data, at: started };
        if (previous && !options.afterOwnChange) {
          // Only this user's Excel changed the tables: the edit is theirs; otherwise no name is guessed.
          const byUser = sources.size === 1 && sources.has("Local");
          store
            .logObservedChanges(previous.data.initiatives, data.initiatives, { since: previous.at, byUser })
            .then(
              () => setLogProblem(null),
              (error: unknown) => setLogProblem(error),
            );
        }
        setState({
          status: "ready",
          data,
          remoteChange: options.remoteChange ?? false,
          refreshProblem: null,
        });
        return true;
      } catch (error) {
        if (mine !== generation.current) return false;
        if (!hasData.current) {
          setState({ status: "failed", error });
          return false;
        }
        failures.current++;
        const retryInMs = nextRefreshRetry(failures.current);
        setState((current) =>
          current.status === "ready"
            ? { ...current, remoteChange: false, refreshProblem: { error, retryInMs } }
            : current,
        );
        if (retryInMs !== null) {
          retryTimer.current = setTimeout(() => void read({ remoteChange: options.remoteChange }), retryInMs);
        }
        return false;
      }
    },
    [store],
  );

  /** Keeps what was patched in when the rows read back unchanged; anything else reads again. */
  const settleOwnWrites = useCallback(
    async (writes: OwnWrite[], change: WorkbookChange) => {
      const shown = lastRead.current;
      const mine = generation.current;
      try {
        const settled = shown && (await store.settleOwnWrites(writes, shown.data, change.calculated));
        // Confirmed as shown; or a read since has shown something newer still.
        if (shown && settled && (settled === shown.data || mine !== generation.current)) return;
        // Read again around the initiatives: shown unless another save was patched in meanwhile (then read everything).
        if (shown && settled && lastRead.current === shown) {
          lastRead.current = { data: settled, at: shown.at };
          setState((current) =>
            current.status === "ready" ? { ...current, data: settled, remoteChange: false } : current,
          );
          return;
        }
      } catch {
        // Not settled: the full read below decides, and says so if it fails too.
      }
      for (const source of change.sources) heard.current.add(source);
      void read();
    },
    [store, read],
  );

  const showOwnWrite = (write: OwnWrite): boolean => {
    const shown = lastRead.current;
    // Patched onto the last read only when that is all there is to know: no read under way (it
    // may have started before the write), none failed since (what it missed is still unknown),
    // no change heard and not yet read, and a watch running to hear the write's events.
    const upToDate =
      reading.current === 0 && failures.current === 0 && heard.current.size === 0 && watching.current;
    const patched = shown && upToDate ? withOwnWrite(shown.data, write) : null;
    if (!shown || !patched) return false;
    // The observed-change log goes on comparing from the start of the read the patch is based on.
    lastRead.current = { data: patched, at: shown.at };
    ownWrites.current = [...ownWrites.current, write];
    // The pane's own change: no co-author's note is due for it (App says "changed by a co-author" on remoteChange).
    setState((current) =>
      current.status === "ready" ? { ...current, data: patched, remoteChange: false } : current,
    );
    return true;
  };

  useEffect(() => {
    let stopped = false;
    let stop: (() => Promise<void>) | undefined;
    setWatchProblem(null);
    void read();
    store
      .watch(
        (change) => {
          const writes = ownWrites.current;
          ownWrites.current = [];
          if (isOwnBurst(change, writes)) {
            void settleOwnWrites(writes, change);
            return;
          }
          for (const source of change.sources) heard.current.add(source);
          const action = toWatchAction(change);
          if (action.kind === "watchAgain") setWatchRound((round) => round + 1);
          else void read({ remoteChange: action.remoteChange });
        },
        {
          onError: (error) => {
            watching.current = false;
            if (!stopped) setWatchProblem(error);
          },
        },
      )
      .then(
        (watch) => {
          if (stopped) void watch.stop();
          else {
            stop = watch.stop;
            watching.current = true;
          }
        },
        (error: unknown) => !stopped && setWatchProblem(error),
      );
    return () => {
      stopped = true;
      watching.current = false;
      cancelRetry();
      void stop?.();
    };
  }, [store, read, settleOwnWrites, watchRound]);

  // A new store is a new workbook: nothing read from the old one counts.
  useEffect(
    () => () => {
      hasData.current = false;
      failures.current = 0;
      lastRead.current = null;
    },
    [store],
  );

  return {
    state,
    watchProblem,
    reload: (options) => read({ byUser: true, afterOwnChange: options?.afterOwnChange }),
    logProblem,
    watchAgain: () => setWatchRound((round) => round + 1),
    showOwnWrite,
  };
}
