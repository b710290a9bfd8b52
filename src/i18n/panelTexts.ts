import { DANISH_PANEL_TEXTS } from "./da/panel";
import { ENGLISH_PANEL_TEXTS } from "./en/panel";
import type { Language } from "./language";
import type { NewYearTexts } from "./newYearTexts";
import type { PaneTexts } from "./paneTexts";

/**
 * The words of the panels that load on demand (targets and strategy, the change log, a new
 * budget year): kept out of PaneTexts so they load with those panels, not with the pane.
 */
export type PanelWords = {
  newYear: NewYearTexts;
  /** Editing the reduction targets and the strategy's rules in the pane. */
  goals: {
    editTargets: string;
    editStrategy: string;
    close: string;
    name: string;
    area: string;
    /** The area choice of a target that binds every initiative. */
    overall: string;
    save: string;
    saved: string;
    unchanged: string;
    remove: string;
    removeTitle: (name: string) => string;
    removeBody: (table: string) => string;
    removed: (name: string) => string;
    addTarget: string;
    newTarget: string;
    added: (name: string) => string;
    taken: (id: string) => string;
    /** Someone changed it since it was shown: nothing written. */
    changed: string;
    yearHint: string;
    notAnAmount: (found: string) => string;
    measure: string;
    comparison: string;
    comparisons: { atLeast: string; atMost: string };
    threshold: string;
    severity: string;
    severities: { BREACH: string; BELOW_OPTIMAL: string };
    addRule: string;
    newMeasureHint: string;
  };
  /** Delete, restore and undo, all worked from BAR_ChangeLog. */
  changes: {
    /** Who made a change the log records without a name (seen by a pane, typed by a co-author). */
    coAuthor: string;
    deleteButton: string;
    deleteTitle: (name: string) => string;
    deleteBody: string;
    deleteConfirm: string;
    keep: string;
    deleted: (name: string) => string;
    /** Nothing deleted: someone changed these fields (in words) since the user opened it. */
    deleteChanged: (fields: string) => string;
    deleteMoved: string;
    historyHeading: string;
    historyEmpty: string;
    /** One line of history: when and who (`when` arrives formatted). */
    historyLine: (when: string, who: string) => string;
    /** One changed cell, e.g. "Status: Idé → Besluttet". */
    cellChange: (field: string, from: string, to: string) => string;
    events: { created: string; deleted: string; restored: string; deleteUndone: string; other: string };
    revertButton: string;
    reverted: string;
    revertUnchanged: string;
    /** Nothing undone: someone changed these fields (in words) since. */
    revertConflict: (fields: string) => string;
    showDeleted: string;
    deletedHeading: string;
    noDeleted: string;
    /** A deleted initiative in the list: its name, when and who deleted it. */
    deletedLine: (name: string, when: string, who: string) => string;
    restoreButton: (name: string) => string;
    restored: (name: string) => string;
    restoreTaken: (id: string) => string;
    notDeleted: string;
    undoLast: string;
    undoNothing: string;
    undoTitle: string;
    /** What the undo will do: `what` describes the change, `when` arrives formatted. */
    undoBody: (what: string, when: string) => string;
    undoConfirm: string;
    notUndoable: string;
  };
};

/** The pane's words and the panels' words together, as the panels use them. */
export type PanelTexts = PaneTexts & PanelWords;

/** The panels' words in `language`, added to the pane's. */
export function panelTexts(texts: PaneTexts, language: Language): PanelTexts {
  return { ...texts, ...(language === "da" ? DANISH_PANEL_TEXTS : ENGLISH_PANEL_TEXTS) };
}
