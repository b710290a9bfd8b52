import type { Initiative } from "../engine/initiative";
import type { BarStore } from "../excel/barStore";
import type { ChangeGroup } from "../excel/changeGroups";
import type { AddResult } from "../excel/addInitiatives";
import type { DeleteResult } from "../excel/deleteInitiative";
import type { RowEditOutcome } from "../excel/editRow";
import { describeWorkbookProblem } from "../i18n/describeWorkbookProblem";
import type { Language } from "../i18n/language";
import type { PanelTexts } from "../i18n/panelTexts";
import { fieldList } from "./describeChange";

/**
 * Delete, restore and undo as the pane runs them: each resolves to the message to show,
 * or throws an Error worded for the user when the store refused (nothing was changed).
 */
export function changeActions(
  store: BarStore,
  initiatives: readonly Initiative[],
  texts: PanelTexts,
  language: Language,
) {
  const t = texts.changes;
  const refuse = (message: string): never => {
    throw new Error(message);
  };
  const blocked = (problems: Parameters<typeof describeWorkbookProblem>[0][]) =>
    refuse(problems.map((problem) => describeWorkbookProblem(problem, language)).join(" "));
  const nameOf = (id: string, fallback = id) =>
    initiatives.find((initiative) => initiative.id.toLowerCase() === id.toLowerCase())?.name ?? fallback;

  const added = (result: AddResult | { status: "notDeleted"; id: string }, name: string): string => {
    if (result.status === "notDeleted") return refuse(t.notDeleted);
    if (result.status === "blocked") return blocked(result.problems);
    if (result.status === "invalid") return refuse(result.problems.map((entry) => entry.id).join(", "));
    if (result.added.length === 0) return refuse(t.restoreTaken(result.skipped[0]?.id ?? ""));
    return t.restored(name);
  };
  const edited = (outcome: RowEditOutcome): string => {
    if (outcome.status === "saved" || outcome.status === "overwrote") return t.reverted;
    if (outcome.status === "unchanged") return t.revertUnchanged;
    if (outcome.status === "conflict")
      return refuse(
        t.revertConflict(
          fieldList(
            outcome.conflicts.map((conflict) => conflict.column),
            texts,
          ),
        ),
      );
    if (outcome.status === "notFound") return refuse(texts.form.notFound);
    return blocked(outcome.problems);
  };

  const removed = (result: DeleteResult, name: string): string => {
    if (result.status === "deleted") return t.deleted(name);
    if (result.status === "changed") return refuse(t.deleteChanged(fieldList(result.columns, texts)));
    if (result.status === "moved") return refuse(t.deleteMoved);
    if (result.status === "notFound") return refuse(texts.form.notFound);
    return blocked(result.problems);
  };

  const deleteInitiative = async (base: Initiative): Promise<string> =>
    removed(await store.deleteInitiative(base), base.name);
  const restore = async (group: ChangeGroup): Promise<string> =>
    added(await store.restoreInitiative(group.id), deletedName(group));
  const revert = async (group: ChangeGroup): Promise<string> => {
    const current = initiatives.find((initiative) => initiative.id.toLowerCase() === group.id.toLowerCase());
    const result = await store.revertChange(group, current);
    if (result.kind === "cells") return edited(result.outcome);
    if (result.kind === "restore") return added(result.outcome, deletedName(group));
    if (result.kind === "delete") return removed(result.outcome, nameOf(group.id));
    return refuse(t.notUndoable);
  };
  return { deleteInitiative, restore, revert, nameOf };
}

/** The name a delete logged for its row (the "(deleted)" entry's old value is the name too). */
export function deletedName(group: ChangeGroup): string {
  return group.cells.find((entry) => entry.field.toLowerCase() === "name")?.oldValue ?? group.id;
}
