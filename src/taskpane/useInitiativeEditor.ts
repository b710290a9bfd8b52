import { useState } from "react";
import type { Initiative } from "../engine/initiative";
import type { BarStore } from "../excel/barStore";
import { resolveConflict, type ConflictChoice, type SaveResult } from "../excel/saveInitiative";
import { describeWorkbookProblem } from "../i18n/describeWorkbookProblem";
import type { Language } from "../i18n/language";
import type { PaneTexts } from "../i18n/paneTexts";
import type { WorkbookTexts } from "../i18n/workbookTexts";
import { diffInitiative } from "./diffInitiative";
import { newInitiative } from "./newInitiative";

type Conflict = Extract<SaveResult, { status: "conflict" | "overwrote" }>;

/** What the editor shows: nothing, the form, or a co-author conflict to settle. */
export type EditorState =
  | { mode: "closed" }
  | { mode: "form"; base: Initiative; isNew: boolean; saving: boolean; problems: string[] }
  | { mode: "conflict"; conflict: Conflict; saving: boolean };

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
  notify: (message: string) => void;
}) {
  const { store, years, language, texts, workbookTexts, notify } = options;
  const [state, setState] = useState<EditorState>({ mode: "closed" });

  const problemsOf = (result: SaveResult): string[] => {
    if (result.status === "invalid") {
      return result.problems.map((problem) =>
        (workbookTexts.initiativeProblems[problem.code] as (p: typeof problem) => string)(problem),
      );
    }
    if (result.status === "blocked")
      return result.problems.map((problem) => describeWorkbookProblem(problem, language));
    if (result.status === "notFound") return [texts.form.notFound];
    return [];
  };

  const settle = (result: SaveResult, reopen: () => EditorState) => {
    if (result.status === "saved") {
      notify(texts.form.saved);
      setState({ mode: "closed" });
    } else if (result.status === "unchanged") {
      notify(texts.form.unchanged);
      setState({ mode: "closed" });
    } else if (result.status === "conflict" || result.status === "overwrote") {
      // "overwrote": ours was saved over a co-author's simultaneous save; they choose again too.
      setState({ mode: "conflict", conflict: result, saving: false });
    } else {
      setState({
        ...(reopen() as Extract<EditorState, { mode: "form" }>),
        saving: false,
        problems: problemsOf(result),
      });
    }
  };

  const save = async (edited: Initiative) => {
    if (state.mode !== "form") return;
    const form = state;
    setState({ ...form, saving: true, problems: [] });
    try {
      if (form.isNew) {
        const result = await store.addInitiatives([edited]);
        if (result.status === "added") {
          notify(texts.form.saved);
          setState({ mode: "closed" });
          return;
        }
        const problems =
          result.status === "invalid"
            ? result.problems.flatMap((entry) =>
                entry.problems.map((problem) =>
                  (workbookTexts.initiativeProblems[problem.code] as (p: typeof problem) => string)(problem),
                ),
              )
            : result.problems.map((problem) => describeWorkbookProblem(problem, language));
        setState({ ...form, saving: false, problems });
        return;
      }
      settle(await store.saveInitiative(diffInitiative(form.base, edited, years)), () => form);
    } catch (error) {
      setState({ ...form, saving: false, problems: [(error as Error).message] });
    }
  };

  const resolve = async (choice: ConflictChoice) => {
    if (state.mode !== "conflict") return;
    const { conflict } = state;
    const resolved = resolveConflict(conflict, choice, years);
    if (!resolved) {
      notify(texts.form.unchanged);
      setState({ mode: "closed" });
      return;
    }
    setState({ ...state, saving: true });
    try {
      const reopen = (): EditorState => ({
        mode: "form",
        base: conflict.theirs,
        isNew: false,
        saving: false,
        problems: [],
      });
      settle(await store.saveInitiative(resolved), reopen);
    } catch (error) {
      notify((error as Error).message);
      setState({ mode: "closed" });
    }
  };

  return {
    state,
    open: (initiative: Initiative) =>
      setState({ mode: "form", base: initiative, isNew: false, saving: false, problems: [] }),
    add: () =>
      setState({ mode: "form", base: newInitiative(years), isNew: true, saving: false, problems: [] }),
    close: () => setState({ mode: "closed" }),
    save,
    resolve,
  };
}
