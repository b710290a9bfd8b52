import { hasBand, type TargetOverview } from "../engine/overview";
import type { Case } from "../engine/scenarioCases";
import { AMOUNT_FORMAT } from "./cells";
import { reportLabel } from "./reportLineRows";
import type { ReportCell } from "./toStatusReport";

/** A count of initiatives: a whole number, never a "-". */
export const COUNT_FORMAT = "#,##0";

/** The words of the band rows. */
export type BandTexts = {
  /** The rows of outstanding with carry-forward in the worse and the better case. */
  caseRows: Record<Exclude<Case, "expected">, string>;
  /** Beside the net row when some effect is a range: that row is the expected case. */
  expectedCase: string;
  /** The row counting, per year, the initiatives not estimated yet. */
  notEstimatedRow: string;
};

/**
 * The band around the net row (the expected case): outstanding with carry-forward in the
 * pessimistic and the optimistic case, as `calculateOverview` carries each case forward on
 * its own, exact and rounded once. Blank where the target (or an earlier one) is missing.
 * None when no effect is a range: the three cases are then the net row itself.
 */
export function caseRows(course: TargetOverview, texts: BandTexts): ReportCell[][] {
  if (!hasBand(course)) return [];
  return (["pessimistic", "optimistic"] as const).map((scenario) => [
    reportLabel(texts.caseRows[scenario]),
    ...course.years.map((year) => {
      const outstanding = year.cases[scenario].outstanding;
      return { value: outstanding ?? "", numberFormat: AMOUNT_FORMAT };
    }),
  ]);
}

/** Per year how many initiatives (not dropped) of the target have no estimate: what the outstanding leaves out. */
export function notEstimatedRow(course: TargetOverview, texts: BandTexts): ReportCell[] {
  return [
    reportLabel(texts.notEstimatedRow),
    ...course.years.map((year) => ({ value: year.notEstimated, numberFormat: COUNT_FORMAT })),
  ];
}
