/** The pane's texts for "Nyt budgetår" (src/taskpane/components/NewBudgetYearPanel.tsx). */
export type NewYearTexts = {
  button: string;
  close: string;
  budgetYear: string;
  estimateYears: string;
  carry: string;
  /** By the store's CarryOption. */
  carryOptions: Record<"none" | "lastYear" | "fullYearEffect", string>;
  targets: string;
  /** Under the targets: what a blank field means and the unit. */
  targetsHint: string;
  noTargets: string;
  /** The confirmation: what happens to the columns; `history` is "" when no year becomes history. */
  summary: (history: string, added: string) => string;
  confirm: (budgetYear: number) => string;
  notLater: (current: number) => string;
  invalidYears: string;
  notAnAmount: (found: string) => string;
  done: (span: string, carried: number) => string;
  /** The budget year was changed meanwhile (by a co-author): nothing written. */
  stale: string;
};
