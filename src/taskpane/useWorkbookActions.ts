import { useState } from "react";
import type { Language } from "../i18n/language";
import type { PaneTexts } from "../i18n/paneTexts";
import { describeWorkbookCall } from "./describeWorkbookCall";
import { WorkbookCallError } from "./workbookCalls";

/** What failed last, and the same work again for its retry button (workbook calls only). */
export type ActionFailure = { message: string; retry: (() => void) | null };

/**
 * Runs the pane's changes to the workbook one at a time: busy while one is under way, its
 * message when it is done, and, when it fails, why and a retry. After every change the
 * workbook is read again (`afterOwnChange`: what changed is in the log already).
 */
export function useWorkbookActions(options: {
  texts: PaneTexts;
  language: Language;
  notify: (message: string) => void;
  reload: (options?: { afterOwnChange?: boolean }) => Promise<boolean>;
}) {
  const { texts, language, notify, reload } = options;
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ActionFailure | null>(null);

  // Workbook calls fail as WorkbookCallError (worded here, with a retry); the pane's own
  // refusals (a blocked repair, a setting changed meanwhile) are worded already.
  const showFailure = (error: unknown, retry: () => void) =>
    setFailure(
      error instanceof WorkbookCallError
        ? { message: describeWorkbookCall(error, texts, language), retry }
        : { message: (error as Error).message, retry: null },
    );
  const act = async (work: () => Promise<string | null>): Promise<void> => {
    setBusy(true);
    setFailure(null);
    try {
      const message = await work();
      if (message) notify(message);
    } catch (error) {
      showFailure(error, () => void act(work));
    } finally {
      setBusy(false);
      void reload({ afterOwnChange: true });
    }
  };
  // A read of the change log for a panel: a failure is shown like any other, and nothing changes.
  const read = async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    setFailure(null);
    try {
      return await work();
    } catch (error) {
      showFailure(error, () => void read(work));
      return undefined;
    }
  };
  // Reads the tables and the linked model cells again, for a change the pane could not hear.
  // A failed read says so itself (the pane's warning with its retry), so only success is told here.
  const refresh = async () => {
    setBusy(true);
    setFailure(null);
    try {
      if (await reload()) notify(texts.refresh.done);
    } finally {
      setBusy(false);
    }
  };
  return { busy, failure, act, read, refresh };
}
