import type { NewYearTexts } from "../newYearTexts";

/** English texts for a new budget year. */
export const NEW_YEAR_EN: NewYearTexts = {
  button: "New budget year",
  close: "Close new budget year",
  budgetYear: "New budget year",
  estimateYears: "Estimate years",
  carry: "The new years of the initiatives",
  carryOptions: {
    none: "Empty (-, not estimated)",
    lastYear: "Carry the last year's amount",
    fullYearEffect: "Carry the full-year effect (FullYearEffect)",
  },
  targets: "Reduction targets for the new years",
  targetsHint: "Amounts in DKK 1,000 (reductions negative); blank: no target yet",
  noTargets: "There are no reduction targets.",
  summary: (history, added) =>
    `${history ? `The columns ${history} stay as history (still readable in the tables, not counted in the overview); ` : ""}${added} are added to BAR_Initiatives, BAR_Targets and BAR_Measures, right after the other years. BudgetYear and EstimateYears are updated, and everything is written to the change log. Colleagues who have the workbook open may be asked to refresh.`,
  confirm: (year) => `Move to budget ${year}`,
  notLater: (current) => `The new budget year must come after ${current}.`,
  invalidYears: "Enter a budget year (e.g. 2025) and 0–12 estimate years.",
  notAnAmount: (found) => `"${found}" is not an amount. Write e.g. -7,000 or -7,000.5.`,
  done: (span, carried) =>
    `The budget year has moved: ${span}.${carried > 0 ? ` ${carried} amounts were carried and logged.` : ""}`,
  stale:
    "The budget year was changed in the workbook since it was read. Nothing was changed; look again and retry.",
};
