import { useCallback, useEffect, useRef, useState } from "react";
import type { BarStore } from "../excel/barStore";
import type { WorkbookData } from "../excel/toWorkbookData";

/** The workbook as the pane sees it: loading, read, or why reading failed. */
export type WorkbookState =
  | { status: "loading" }
  | { status: "ready"; data: WorkbookData; remoteChange: boolean }
  | { status: "failed"; error: Error };

/**
 * Reads the BAR tables and reads them again whenever they change — edits typed into the
 * tables, the pane's own saves and co-authors' edits — so the pane never needs a reload.
 */
export function useWorkbook(store: BarStore): { state: WorkbookState; reload: () => Promise<void> } {
  const [state, setState] = useState<WorkbookState>({ status: "loading" });
  const generation = useRef(0);
  // A watch covers the tables there when it starts: after set-up or a table's return, watch anew.
  const [watchRound, setWatchRound] = useState(0);

  const reload = useCallback(
    async (remoteChange = false) => {
      // A slow read must not overwrite a newer one that finished first.
      const mine = ++generation.current;
      try {
        const data = await store.read();
        if (mine === generation.current) setState({ status: "ready", data, remoteChange });
      } catch (error) {
        if (mine === generation.current) setState({ status: "failed", error: error as Error });
      }
    },
    [store],
  );

  useEffect(() => {
    let stopped = false;
    let stop: (() => Promise<void>) | undefined;
    void reload();
    store
      .watch(
        (change) => {
          if (change.structure) setWatchRound((round) => round + 1);
          else void reload(change.sources.includes("Remote"));
        },
        {
          onError: (error) => setState({ status: "failed", error: error as Error }),
        },
      )
      .then(
        (watch) => {
          if (stopped) void watch.stop();
          else stop = watch.stop;
        },
        (error: Error) => setState({ status: "failed", error }),
      );
    return () => {
      stopped = true;
      void stop?.();
    };
  }, [store, reload, watchRound]);

  return { state, reload: () => reload() };
}
