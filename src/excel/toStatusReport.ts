import type { SurplusRule } from "../engine/carryForward";
import { effectIn, type Initiative } from "../engine/initiative";
import type { ReductionTarget } from "../engine/overview";
import { columnLetters } from "./a1";
import { AMOUNT_FORMAT, NOT_ESTIMATED_CELL, TEXT_FORMAT, encodeText } from "./cells";
import type { WorkbookData } from "./toWorkbookData";

/** The words of the report in the user's language, passed in so this layer stays free of i18n. */
export type StatusReportTexts = {
  sheetTitle: string;
  unit: string;
  targetRow: string;
  achievedRow: string;
  netWithoutCarry: string;
  netWithCarry: string;
  chartTitle: string;
};

/** One cell of the report: a value or a formula, and its number format. */
export type ReportCell = { value: string | number; numberFormat: string; bold?: boolean };

/** The report as a grid from A1, and where the chart of each target takes its data. */
export type StatusReport = {
  rows: ReportCell[][];
  /** A1 ranges of (years, target, achieved) rows, one per target, for the charts. */
  chartSources: string[];
};

const text = (value: string, bold = false): ReportCell => ({ value, numberFormat: TEXT_FORMAT, bold });
const amount = (value: number | string): ReportCell => ({ value, numberFormat: AMOUNT_FORMAT });
// Names are user text: text format keeps "=HYPERLINK(…)" as typed (see encodeText).
const label = (value: string): ReportCell => ({
  ...encodeText(value),
  value: encodeText(value).value as string,
});

function boundTo(target: ReductionTarget, initiatives: readonly Initiative[]): Initiative[] {
  const area = target.authorityArea?.trim().toLocaleLowerCase("da");
  const counted = initiatives.filter((initiative) => initiative.status !== "dropped");
  return area
    ? counted.filter((initiative) => initiative.authorityArea.trim().toLocaleLowerCase("da") === area)
    : counted;
}

/**
 * Lays the status report out like the seed's overview table: per target its yearly
 * target, the total achieved, one row per initiative, the unallocated lines, and net
 * outstanding without and with carry-forward as live native Excel formulas (`netFormula`).
 */
export function toStatusReport(
  data: WorkbookData,
  texts: StatusReportTexts,
  origin: ReportOrigin = { row: 0, column: 0 },
): StatusReport {
  const years = data.years;
  const letter = (offset: number) => columnLetters(origin.column + offset);
  const last = letter(years.length); // Years run from the second column.
  const width = years.length + 1;
  const pad = (cells: ReportCell[]) => [
    ...cells,
    ...Array.from({ length: width - cells.length }, () => text("")),
  ];
  const rows: ReportCell[][] = [pad([text(texts.sheetTitle, true)]), pad([text(texts.unit)])];
  const chartSources: string[] = [];
  for (const target of data.targets) {
    rows.push(pad([]));
    const headerRow = origin.row + rows.length + 1;
    rows.push([{ ...label(target.name), bold: true }, ...years.map((year) => text(String(year), true))]);
    const targetRow = headerRow + 1;
    rows.push([label(texts.targetRow), ...years.map((year) => amount(target.amounts[year] ?? ""))]);
    const lines = boundTo(target, data.initiatives);
    const ordered = [
      ...lines.filter((i) => i.kind === "initiative"),
      ...lines.filter((i) => i.kind === "unallocated"),
    ];
    const firstLine = targetRow + 2;
    const lastLine = firstLine + ordered.length - 1;
    rows.push([
      label(texts.achievedRow),
      ...years.map((_, index) => {
        const column = letter(index + 1);
        return amount(ordered.length > 0 ? `=SUM(${column}${firstLine}:${column}${lastLine})` : 0);
      }),
    ]);
    chartSources.push(`${letter(0)}${headerRow}:${last}${targetRow + 1}`);
    for (const initiative of ordered) {
      rows.push([
        label(initiative.name),
        ...years.map((year) => {
          const effect = effectIn(initiative, year);
          return typeof effect === "number" ? amount(effect) : text(NOT_ESTIMATED_CELL);
        }),
      ]);
    }
    const netRow = origin.row + rows.length + 1;
    const cellsOf = (row: number) => ({
      targetRow,
      achievedRow: targetRow + 1,
      row,
      firstColumn: origin.column + 1,
      lastColumn: last,
    });
    // A year without a target has no net figure, and nothing carries past it (as the overview).
    const known = years.map((year) => typeof target.amounts[year] === "number");
    const firstUnknown = known.indexOf(false);
    const net = (title: string, rule: SurplusRule, row: number) => [
      label(title),
      ...years.map((_, index) => {
        const blank = rule === "none" ? !known[index] : firstUnknown !== -1 && index >= firstUnknown;
        return amount(blank ? "" : netFormula(index, rule, cellsOf(row)));
      }),
    ];
    rows.push(net(texts.netWithoutCarry, "none", netRow));
    rows.push(net(texts.netWithCarry, data.settings.surplusRule, netRow + 1));
  }
  return { rows, chartSources };
}

/** Where the report's top-left cell is on its sheet (0-based), so its formulas point at its own cells. */
export type ReportOrigin = { row: number; column: number };

/** Where a net row's formula finds its inputs: rows of the report, years from `firstColumn` (0-based). */
type NetCells = {
  targetRow: number;
  achievedRow: number;
  row: number;
  firstColumn: number;
  lastColumn: string;
};

/**
 * One year of a net row as a native Excel formula, the same arithmetic as the engine's
 * `calculateCarryForward`: outstanding = target − achieved, plus what the year before
 * carries (`bank`: all of it; `release`: only a shortfall). Native, not BAR.CARRYFORWARD,
 * so the report is live in Danish Excel (where `Range.formulas` does not know BAR's
 * English names, office-js #891), in English Excel, and for a co-author without BAR
 * (office-js #3740). The direction of the targets (reductions negative or positive) is read
 * live, as the engine decides it: the targets' sign, or the achieved total's when all are 0.
 */
export function netFormula(index: number, rule: SurplusRule, at: NetCells): string {
  const column = columnLetters(at.firstColumn + index);
  const own = `${column}${at.targetRow}-${column}${at.achievedRow}`;
  if (index === 0 || rule === "none") return `=${own}`;
  const previous = `${columnLetters(at.firstColumn + index - 1)}${at.row}`;
  if (rule === "bank") return `=${own}+${previous}`;
  const first = columnLetters(at.firstColumn);
  const total = (row: number) => `SUM($${first}$${row}:$${at.lastColumn}$${row})`;
  const negative = `IF(${total(at.targetRow)}<>0,${total(at.targetRow)},${total(at.achievedRow)})<0`;
  return `=${own}+IF(${negative},MIN(0,${previous}),MAX(0,${previous}))`;
}
