import { calendarDateOf, nextMilestone, type CalendarEntry } from "../engine/budgetCalendar";
import type { SurplusRule } from "../engine/carryForward";
import { toDateSerial } from "../engine/excelDate";
import { effectIn, type Initiative, type Status } from "../engine/initiative";
import type { ReductionTarget } from "../engine/overview";
import { CERTAINTIES, toReportLines, type Certainty, type ReportLine } from "../engine/reportLines";
import { columnLetters } from "./a1";
import { AMOUNT_FORMAT, NOT_ESTIMATED_CELL, TEXT_FORMAT, encodeText } from "./cells";
import { strategyRows, type StrategyTexts } from "./reportStrategy";
import type { WorkbookData } from "./toWorkbookData";

/** The words of the report in the user's language, passed in so this layer stays free of i18n. */
export type StatusReportTexts = StrategyTexts & {
  sheetTitle: string;
  /** The first cell of the row of years under the title, e.g. "Beløb i 1.000 kr.". */
  unit: string;
  /** Before the report's date, e.g. "Opgjort pr.". */
  dateLabel: string;
  /** Excel's number format for that date (format codes in English, as `Range.numberFormat` takes them). */
  dateFormat: string;
  /** Beside the date: the milestone the report is for, e.g. "Til: Økonomiudvalget, 1. behandling". */
  milestoneFor: (entry: CalendarEntry) => string;
  targetRow: string;
  achievedRow: string;
  netWithoutCarry: string;
  netWithCarry: string;
  /** Net outstanding with carry-forward counting only what is decided or realised. */
  netWithCarryFirm: string;
  /** The rows splitting what is achieved, e.g. "heraf idéer (ikke besluttet)". */
  certainties: Record<Certainty, string>;
  statusColumn: string;
  statuses: Record<Status, string>;
  /** A grouped line's Status cell: its certainty in a word. */
  certaintyWords: Record<Certainty, string>;
  /** A grouped line: `count` initiatives of `area` (null: the other areas together). */
  others: (area: string | null, count: number) => string;
  chartTitle: string;
};

/** How a row is formatted: the title, a heading with a rule below, a total in bold with a rule above. */
export type ReportRowStyle = "title" | "header" | "total" | "plain";

/** One cell of the report: a value or a formula, and its number format. */
export type ReportCell = { value: string | number; numberFormat: string; bold?: boolean };

/** The report as a grid from its origin, each row's style, and where each target's chart takes its data. */
export type StatusReport = {
  rows: ReportCell[][];
  styles: ReportRowStyle[];
  /** Rows (0-based, within the report) repeated at the top of every printed page. */
  titleRows: { first: number; count: number };
  /** A1 ranges of (years, target, achieved, net with carry-forward) rows, one per target, for the charts. */
  chartSources: string[];
};

/** Where the report's top-left cell is on its sheet (0-based), so its formulas point at its own cells. */
export type ReportOrigin = { row: number; column: number };

const text = (value: string): ReportCell => ({ value, numberFormat: TEXT_FORMAT });
const amount = (value: number | string): ReportCell => ({ value, numberFormat: AMOUNT_FORMAT });
// Names are user text: text format keeps "=HYPERLINK(…)" as typed (see encodeText).
const label = (value: string): ReportCell => ({
  ...encodeText(value),
  value: encodeText(value).value as string,
});

function boundTo(target: ReductionTarget, initiatives: readonly Initiative[]): Initiative[] {
  const area = target.authorityArea?.trim().toLocaleLowerCase("da");
  return area
    ? initiatives.filter((initiative) => initiative.authorityArea.trim().toLocaleLowerCase("da") === area)
    : [...initiatives];
}

/**
 * Lays the status report out as the documents' "Økonomioversigt": dated, the strategy's
 * verdict per year, then per target its yearly target, what is achieved, net outstanding
 * with and without carry-forward (and counting only what is decided), what is achieved split
 * by certainty, and the lines (grouped per authority area when there are many). Every total
 * is a live native Excel formula (`netFormula`).
 */
export function toStatusReport(
  data: WorkbookData,
  texts: StatusReportTexts,
  origin: ReportOrigin = { row: 0, column: 0 },
  now: Date = new Date(),
): StatusReport {
  const years = data.years;
  const letter = (offset: number) => columnLetters(origin.column + offset);
  const last = letter(years.length); // Years run from the second column, the status after them.
  const width = years.length + 2;
  const pad = (cells: ReportCell[]) => [
    ...cells,
    ...Array.from({ length: width - cells.length }, () => text("")),
  ];
  const rows: ReportCell[][] = [];
  const styles: ReportRowStyle[] = [];
  const push = (cells: ReportCell[], style: ReportRowStyle = "plain") => {
    rows.push(pad(cells));
    styles.push(style);
    return origin.row + rows.length; // The row's number in A1 terms.
  };
  const yearCells = () => years.map((year) => text(String(year)));
  const date = toDateSerial({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
  push([{ ...label(texts.sheetTitle), bold: true }], "title");
  // The report is for the next milestone of the budget calendar on its date (BAR_Calendar).
  const next = nextMilestone(data.calendar, calendarDateOf(now));
  push([
    label(texts.dateLabel),
    { value: date ?? "", numberFormat: texts.dateFormat },
    ...(next.kind === "next" ? [label(texts.milestoneFor(next.entry))] : []),
  ]);
  push([label(texts.unit), ...yearCells()], "header");
  const strategy = strategyRows(
    data.strategy,
    data.measures,
    years,
    texts,
    origin.row + rows.length + 2,
    origin.column,
    width,
  );
  if (strategy.length > 0) push([]);
  for (const row of strategy) push(row.cells, row.style);

  const chartSources: string[] = [];
  for (const target of data.targets) {
    push([]);
    const headerRow = push(
      [{ ...label(target.name), bold: true }, ...yearCells(), text(texts.statusColumn)],
      "header",
    );
    const targetRow = headerRow + 1;
    const achievedRow = targetRow + 1;
    const netRow = achievedRow + 1;
    const splitRow = netRow + 3;
    const lines = toReportLines(boundTo(target, data.initiatives), years);
    const firstLine = splitRow + CERTAINTIES.length;
    push([label(texts.targetRow), ...years.map((year) => amount(target.amounts[year] ?? ""))]);
    push(
      [
        label(texts.achievedRow),
        ...years.map((_, index) => {
          const column = letter(index + 1);
          return amount(`=SUM(${column}${splitRow}:${column}${splitRow + CERTAINTIES.length - 1})`);
        }),
      ],
      "total",
    );
    // A year without a target has no net figure, and nothing carries past it (as the overview).
    const known = years.map((year) => typeof target.amounts[year] === "number");
    const firstUnknown = known.indexOf(false);
    const net = (title: string, rule: SurplusRule, row: number, from: number) => [
      label(title),
      ...years.map((_, index) => {
        const blank = rule === "none" ? !known[index] : firstUnknown !== -1 && index >= firstUnknown;
        const at = { targetRow, achievedRow: from, row, firstColumn: origin.column + 1, lastColumn: last };
        return amount(blank ? "" : netFormula(index, rule, at));
      }),
    ];
    push(net(texts.netWithCarry, data.settings.surplusRule, netRow, achievedRow), "total");
    push(net(texts.netWithoutCarry, "none", netRow + 1, achievedRow));
    push(net(texts.netWithCarryFirm, data.settings.surplusRule, netRow + 2, splitRow));
    chartSources.push(`${letter(0)}${headerRow}:${last}${netRow}`);
    let next = firstLine;
    for (const certainty of CERTAINTIES) {
      const count = lines.filter((line) => line.certainty === certainty).length;
      const from = next;
      next += count;
      push([
        label(texts.certainties[certainty]),
        ...years.map((_, index) => {
          const column = letter(index + 1);
          return amount(count === 0 ? 0 : `=SUM(${column}${from}:${column}${from + count - 1})`);
        }),
      ]);
    }
    for (const line of lines) push(lineCells(line, years, texts));
  }
  return { rows, styles, titleRows: { first: 0, count: 3 }, chartSources };
}

function lineCells(line: ReportLine, years: readonly number[], texts: StatusReportTexts): ReportCell[] {
  const effects =
    line.kind === "initiative"
      ? (year: number) => effectIn(line.initiative, year)
      : (year: number) => line.effects[year];
  return [
    label(line.kind === "initiative" ? line.initiative.name : texts.others(line.area, line.count)),
    ...years.map((year) => {
      const effect = effects(year);
      return typeof effect === "number" ? amount(effect) : text(NOT_ESTIMATED_CELL);
    }),
    label(
      line.kind === "initiative" && line.initiative.kind === "initiative"
        ? texts.statuses[line.initiative.status]
        : texts.certaintyWords[line.certainty],
    ),
  ];
}

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
