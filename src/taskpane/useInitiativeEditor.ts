import { useRef, useState } from "react";
import type { Initiative } from "../engine/initiative";
import type { BarStore } from "../excel/barStore";
import type { OwnWrite } from "../excel/ownWrite";
import { resolveConflict, type ConflictChoice, type SaveResult } from "../excel/saveInitiative";
import { describeWorkbookProblem } from "../i18n/describeWorkbookProblem";
import type { Language } from "../i18n/language";
import type { PaneTexts } from "../i18n/paneTexts";
import type { WorkbookTexts } from "../i18n/workbookTexts";
import { describeWorkbookCall } from "./describeWorkbookCall";
import { diffInitiative } from "./diffInitiative";
import { newInitiative } from "./newInitiative";
import { whoChanged } from "./whoChanged";

type Conflict = Extract<SaveResult, { status: "conflict" | "overwrote" }>;

/** What the editor shows: nothing, the form, or a co-author conflict to settle. */
export type EditorState =
  | { mode: "closed" }
  | {
      mode: "form";
      base: Initiative;
      isNew: boolean;
      saving: boolean;
      problems: string[];
      /** Why the last save did not reach the workbook (Excel failed or did not answer); the form retries. */
      failure: string | null;
    }
  /**
   * `round` changes with every new conflict, so the view starts its choices afresh. `changedBy`
   * is who made the other side, when the change log names them; null says "a co-author".
   */
  | {
      mode: "conflict";
      conflict: Conflict;
      saving: boolean;
      error: string | null;
      round: number;
      changedBy: string | null;
    };

/**
 * Opening, saving and conflict handling for one initiative at a time. Every outcome of
 * the store is shown: saved, unchanged, a conflict, a vanished row, invalid or blocked.
 */
export function useInitiativeEditor(options: {
  store: BarStore;
  years: number[];
  language: Language;
  texts: PaneTexts;
  workbookTexts: WorkbookTexts;
  /** Says what happened; the pane then reads the workbook again. */
  notify: (message: string) => void;
  /** Shows a saved row without a read and says `message`; false when the pane must read instead (useWorkbook). */
  showSaved?: (write: OwnWrite, message: string) => boolean;
}) {
  const { store, years, language, texts, workbookTexts, notify, showSaved } = options;
  const [state, setState] = useState<EditorState>({ mode: "closed" });
  // Bumped when the editor closes: a save still under way must not reopen what the user closed.
  const request = useRef(0);
  const rounds = useRef(0);

  const initiativeProblems = (problems: Extract<SaveResult, { status: "invalid" }>["problems"]) =>
    problems.map((problem) =>
      (workbookTexts.initiativeProblems[problem.code] as (p: typeof problem) => string)(problem),
    );
  const problemsOf = (result: SaveResult): string[] => {
    if (result.status === "invalid") return initiativeProblems(result.problems);
    if (result.status === "blocked")
      return result.problems.map((problem) => describeWorkbookProblem(problem, language));
    if (result.status === "notFound") return [texts.form.notFound];
    return [];
  };
  const failure = (error: unknown) => describeWorkbookCall(error, texts, language);

  const settle = (result: SaveResult, form: Extract<EditorState, { mode: "form" }>) => {
    if (result.status === "saved") {
      if (!showSaved?.(result.written, texts.form.saved)) notify(texts.form.saved);
      setState({ mode: "closed" });
    } else if (result.status === "unchanged") {
      notify(texts.form.unchanged);
      setState({ mode: "closed" });
    } else if (result.status === "conflict" || result.status === "overwrote") {
      // "overwrote": ours was saved over a co-author's simultaneous save; the user chooses again.
      const round = ++rounds.current;
      setState({ mode: "conflict", conflict: result, saving: false, error: null, round, changedBy: null });
      void nameChangerSafe(result, round);
    } else {
      setState({ ...form, saving: false, problems: problemsOf(result) });
    }
  };

  /**
   * Looks the co-author's change up in the log, to name them. Never throws: while the log is
   * read, and when it cannot be, the view says "a co-author", which is never wrong.
   */
  const nameChangerSafe = async (conflict: Conflict, round: number) => {
    let changedBy: string | null;
    try {
      changedBy = whoChanged(conflict.conflicts, await store.readChangeLog(conflict.theirs.id));
    } catch {
      // Deliberately unnamed rather than an error: the choice the user makes does not depend on it.
      return;
    }
    setState((current) =>
      current.mode === "conflict" && current.round === round ? { ...current, changedBy } : current,
    );
  };

  const save = async (edited: Initiative) => {
    if (state.mode !== "form" || state.saving) return;
    const form = { ...state, problems: [], failure: null };
    const mine = ++request.current;
    setState({ ...form, saving: true });
    try {
      if (form.isNew) {
        // The store gives it the next readable id ("I-0008"), safe against a co-author's add.
        const result = await store.addInitiatives([edited], { readableIds: true });
        if (mine !== request.current) return;
        if (result.status === "added") {
          notify(texts.form.saved);
          setState({ mode: "closed" });
        } else {
          const problems =
            result.status === "invalid"
              ? result.problems.flatMap((entry) => initiativeProblems(entry.problems))
              : result.problems.map((problem) => describeWorkbookProblem(problem, language));
          setState({ ...form, problems });
        }
        return;
      }
      const result = await store.saveInitiative(diffInitiative(form.base, edited, years));
      if (mine === request.current) settle(result, form);
    } catch (error) {
      if (mine === request.current) setState({ ...form, failure: failure(error) });
    }
  };

  const resolve = async (choice: ConflictChoice) => {
    if (state.mode !== "conflict" || state.saving) return;
    const current = state;
    const resolved = resolveConflict(current.conflict, choice, years);
    if (!resolved) {
      // After "overwrote" the user's version is already in the workbook.
      notify(current.conflict.status === "overwrote" ? texts.form.saved : texts.form.unchanged);
      setState({ mode: "closed" });
      return;
    }
    const mine = ++request.current;
    setState({ ...current, saving: true, error: null });
    const form = {
      mode: "form" as const,
      base: current.conflict.theirs,
      isNew: false,
      saving: false,
      problems: [],
      failure: null,
    };
    try {
      const result = await store.saveInitiative(resolved);
      if (mine === request.current) settle(result, form);
    } catch (error) {
      if (mine === request.current) setState({ ...current, saving: false, error: failure(error) });
    }
  };

  const close = () => {
    request.current++;
    if (state.mode === "conflict" && state.conflict.status === "overwrote") notify(texts.form.saved);
    setState({ mode: "closed" });
  };

  return {
    state,
    open: (initiative: Initiative) =>
      setState({ mode: "form", base: initiative, isNew: false, saving: false, problems: [], failure: null }),
    add: () =>
      setState({
        mode: "form",
        base: newInitiative(years),
        isNew: true,
        saving: false,
        problems: [],
        failure: null,
      }),
    close,
    save,
    resolve,
  };
}
