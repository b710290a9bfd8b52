import type { Estimate } from "../engine/parseRange";
import { CASES, CHALLENGED_MEASURE, challengeCostsInCase, type Case } from "../engine/scenarioCases";
import type { Strategy, StrategyInput, StrategyStatus } from "../engine/strategy";
import { columnLetters } from "./a1";
import { GENERAL_FORMAT, NOT_ESTIMATED_CELL, TEXT_FORMAT } from "./cells";
import { reportLabel } from "./reportLineRows";
import type { ReportCell, ReportRowStyle } from "./toStatusReport";

/** Measures (mio. kr.) may have decimals, as the strategy's thresholds do. */
export const MEASURE_FORMAT = "#,##0.0;-#,##0.0;0;@";

/** The words of the strategy rows. */
export type StrategyTexts = {
  /** The heading row's first cell, e.g. `Økonomisk strategi: Hedensted 2020 (mio. kr.)`. */
  strategyHeading: (name: string) => string;
  measureNames: Record<string, string>;
  strategyRow: string;
  strategyStatus: Record<StrategyStatus, string>;
  challengesRow: string;
  headroomAfterRow: string;
  caseNames: Record<Case, string>;
};

type Row = { cells: ReportCell[]; style: ReportRowStyle };

/** A text in a formula: in quotes, quotes doubled. */
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * The strategy's rows: a heading with the years, the value of each measure the rules use as
 * the workbook holds it now, and per year the verdict as a native formula over those cells
 * (the worst failed rule decides, as `checkStrategy`; "-" while a value is missing), so an
 * economist can see why and a changed value changes the verdict. Empty without rules.
 * With coming challenges (BAR_Challenges), per case their total cost ("-" while one is not
 * estimated), the headroom after them as a formula, and a verdict per case over it, as the
 * pane's strategy (checkStrategyCases) says it.
 */
export function strategyRows(
  strategy: Strategy,
  measures: StrategyInput,
  years: readonly number[],
  texts: StrategyTexts,
  firstRow: number,
  firstColumn: number,
  width: number,
  challenges: ReadonlyArray<ReadonlyArray<Estimate>> = [],
): Row[] {
  if (strategy.rules.length === 0) return [];
  const used = [...new Set(strategy.rules.map((rule) => rule.measure))];
  const pad = (cells: ReportCell[]) => [
    ...cells,
    ...Array.from({ length: width - cells.length }, () => ({ value: "", numberFormat: TEXT_FORMAT })),
  ];
  const rows: Row[] = [
    {
      cells: pad([
        reportLabel(texts.strategyHeading(strategy.name)),
        ...years.map((year) => ({ value: String(year), numberFormat: TEXT_FORMAT })),
      ]),
      style: "header",
    },
  ];
  const rowOf = new Map(used.map((measure, index) => [measure, firstRow + 1 + index]));
  for (const measure of used) {
    const values = measures[measure] ?? [];
    rows.push({
      cells: pad([
        reportLabel(texts.measureNames[measure] ?? measure),
        ...years.map((_, index) => {
          const value = values[index];
          return typeof value === "number"
            ? { value, numberFormat: MEASURE_FORMAT }
            : { value: NOT_ESTIMATED_CELL, numberFormat: TEXT_FORMAT };
        }),
      ]),
      style: "plain",
    });
  }
  const inCase = (text: string, scenario: Case) => `${text}, ${texts.caseNames[scenario]}`;
  const columnOf = (index: number) => columnLetters(firstColumn + 1 + index);
  // The headroom after the challenges, per case: the row each case's verdict reads it from.
  const afterRow = new Map<Case, number>();
  if (challenges.length > 0 && rowOf.has(CHALLENGED_MEASURE)) {
    const costRow = new Map<Case, number>();
    for (const scenario of CASES) {
      costRow.set(scenario, firstRow + rows.length);
      const costs = challengeCostsInCase(challenges, years.length, scenario);
      rows.push({
        cells: pad([
          reportLabel(inCase(texts.challengesRow, scenario)),
          ...costs.map((cost) =>
            cost === null
              ? { value: NOT_ESTIMATED_CELL, numberFormat: TEXT_FORMAT }
              : { value: cost, numberFormat: MEASURE_FORMAT },
          ),
        ]),
        style: "plain",
      });
    }
    for (const scenario of CASES) {
      afterRow.set(scenario, firstRow + rows.length);
      rows.push({
        cells: pad([
          reportLabel(inCase(texts.headroomAfterRow, scenario)),
          ...years.map((_, index) => {
            const headroom = `${columnOf(index)}${rowOf.get(CHALLENGED_MEASURE)}`;
            const cost = `${columnOf(index)}${costRow.get(scenario)}`;
            // Rounded to well below the measures' decimals: in binary 128,2 - 58,2 is just
            // under 70, and a comparison inside a formula sees that, not the 70 shown.
            const formula = `=IF(COUNT(${headroom},${cost})<2,${quoted(NOT_ESTIMATED_CELL)},ROUND(${headroom}-${cost},9))`;
            return { value: formula, numberFormat: MEASURE_FORMAT };
          }),
        ]),
        style: "plain",
      });
    }
  }
  const verdict = (index: number, scenario?: Case): string => {
    const column = columnOf(index);
    const cell = (measure: string) =>
      `${column}${(scenario && measure === CHALLENGED_MEASURE && afterRow.get(scenario)) || rowOf.get(measure)}`;
    const failed = (severity: StrategyStatus) => {
      const conditions = strategy.rules
        .filter((rule) => rule.severity === severity)
        .map((rule) => `${cell(rule.measure)}${rule.comparison === "atLeast" ? "<" : ">"}${rule.threshold}`);
      return conditions.length === 0 ? "FALSE" : `OR(${conditions.join(",")})`;
    };
    const words = texts.strategyStatus;
    return (
      `=IF(COUNT(${used.map(cell).join(",")})<${used.length},${quoted(NOT_ESTIMATED_CELL)},` +
      `IF(${failed("BREACH")},${quoted(words.BREACH)},` +
      `IF(${failed("BELOW_OPTIMAL")},${quoted(words.BELOW_OPTIMAL)},${quoted(words.OK)})))`
    );
  };
  const cases = afterRow.size > 0 ? CASES : [undefined];
  for (const scenario of cases) {
    rows.push({
      cells: pad([
        reportLabel(scenario ? inCase(texts.strategyRow, scenario) : texts.strategyRow),
        // General, not text: a formula put into a text-formatted cell can stay text (as typing one does).
        ...years.map((_, index) => ({ value: verdict(index, scenario), numberFormat: GENERAL_FORMAT })),
      ]),
      style: "total",
    });
  }
  return rows;
}
