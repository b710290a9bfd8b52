import type { ReductionTarget } from "../engine/overview";
import type { StrategyRule } from "../engine/strategy";
import type { CellValue } from "../engine/workbookProblem";
import type { BarStore, PlainEdit } from "../excel/barStore";
import type { RowAddResult } from "../excel/addRow";
import type { RowDeleteResult } from "../excel/deleteInitiative";
import type { RowEditOutcome } from "../excel/editRow";
import { STRATEGY_COLUMNS as S, TABLE_NAMES, TARGET_COLUMNS as T } from "../excel/schema";
import { describeWorkbookProblem } from "../i18n/describeWorkbookProblem";
import type { Language } from "../i18n/language";
import type { PanelTexts } from "../i18n/panelTexts";

/** A target's cells by column name, as the store takes them. */
export function targetValues(target: ReductionTarget, years: readonly number[]): Record<string, CellValue> {
  return {
    [T.id]: target.id,
    [T.name]: target.name,
    [T.authorityArea]: target.authorityArea ?? "",
    ...Object.fromEntries(years.map((year) => [String(year), target.amounts[year] ?? ""])),
  };
}

/** A rule's cells by column name. */
export function ruleValues(rule: StrategyRule): Record<string, CellValue> {
  return {
    [S.id]: rule.id,
    [S.measure]: rule.measure,
    [S.comparison]: rule.comparison,
    [S.threshold]: rule.threshold,
    [S.severity]: rule.severity,
  };
}

/** The cells that differ between two versions of a row. */
function edits(before: Record<string, CellValue>, after: Record<string, CellValue>): PlainEdit[] {
  return Object.keys(after)
    .filter((column) => before[column] !== after[column])
    .map((column) => ({ column, from: before[column] ?? "", to: after[column] }));
}

/** The next free id with `prefix` ("T-3"), so a new row never reuses one. */
export function nextId(prefix: string, taken: readonly string[]): string {
  const used = new Set(taken.map((id) => id.trim().toLowerCase()));
  for (let n = taken.length + 1; ; n++) if (!used.has(`${prefix}${n}`.toLowerCase())) return `${prefix}${n}`;
}

/**
 * Saving, adding and deleting targets and rules as the pane runs them: each resolves to the
 * message to show, or throws an Error worded for the user when nothing was written.
 */
export function goalActions(
  store: BarStore,
  years: readonly number[],
  texts: PanelTexts,
  language: Language,
) {
  const t = texts.goals;
  const refuse = (message: string): never => {
    throw new Error(message);
  };
  const saved = (outcome: RowEditOutcome): string => {
    if (outcome.status === "saved" || outcome.status === "overwrote") return t.saved;
    if (outcome.status === "unchanged") return t.unchanged;
    if (outcome.status === "conflict" || outcome.status === "notFound") return refuse(t.changed);
    return refuse(outcome.problems.map((problem) => describeWorkbookProblem(problem, language)).join(" "));
  };
  const added = (result: RowAddResult, name: string): string => {
    if (result.status === "added") return t.added(name);
    if (result.status === "taken") return refuse(t.taken(result.id));
    return refuse(result.problems.map((problem) => describeWorkbookProblem(problem, language)).join(" "));
  };
  const removed = (result: RowDeleteResult, name: string): string => {
    if (result.status === "deleted") return t.removed(name);
    if (result.status === "blocked")
      return refuse(result.problems.map((problem) => describeWorkbookProblem(problem, language)).join(" "));
    return refuse(t.changed);
  };
  return {
    saveTarget: async (before: ReductionTarget, after: ReductionTarget) =>
      saved(
        await store.saveCells(
          "targets",
          before.id,
          edits(targetValues(before, years), targetValues(after, years)),
        ),
      ),
    addTarget: async (target: ReductionTarget) =>
      added(await store.addRow("targets", target.id, targetValues(target, years), target.name), target.name),
    removeTarget: async (target: ReductionTarget) =>
      removed(
        await store.deleteRow("targets", target.id, targetValues(target, years), target.name),
        target.name,
      ),
    saveRule: async (before: StrategyRule, after: StrategyRule) =>
      saved(await store.saveCells("strategy", before.id, edits(ruleValues(before), ruleValues(after)))),
    addRule: async (rule: StrategyRule) =>
      added(await store.addRow("strategy", rule.id, ruleValues(rule), rule.id), rule.measure),
    removeRule: async (rule: StrategyRule) =>
      removed(await store.deleteRow("strategy", rule.id, ruleValues(rule), rule.id), rule.measure),
    tables: { targets: TABLE_NAMES.targets, strategy: TABLE_NAMES.strategy },
  };
}
