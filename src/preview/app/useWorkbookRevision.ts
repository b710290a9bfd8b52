import { useEffect, useState } from "react";
import type { FakeWorkbook } from "../officeFake/fakeExcel";

/** The longest a redraw waits for the page to be idle. */
const MAX_WAIT_MS = 1000;

/**
 * The workbook's revision, updated after a change once the page is idle (or after a second
 * at most), so a view redraws. Idle, because the task pane shares this page's thread: the
 * pane answering the user comes first, the view of the workbook follows.
 */
export function useWorkbookRevision(workbook: FakeWorkbook): number {
  const [revision, setRevision] = useState(workbook.model.revision);
  useEffect(() => {
    let pending: number | null = null;
    const unsubscribe = workbook.onChange(() => {
      if (pending !== null) return;
      pending = requestIdleCallback(
        () => {
          pending = null;
          setRevision(workbook.model.revision);
        },
        { timeout: MAX_WAIT_MS },
      );
    });
    setRevision(workbook.model.revision);
    return () => {
      unsubscribe();
      if (pending !== null) cancelIdleCallback(pending);
    };
  }, [workbook]);
  return revision;
}
