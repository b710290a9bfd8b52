import { challengeLines } from "../engine/challenges";
import { calendarDateOf, nextMilestone, type CalendarEntry } from "../engine/budgetCalendar";
import type { SurplusRule } from "../engine/carryForward";
import { toDateSerial } from "../engine/excelDate";
import type { Initiative } from "../engine/initiative";
import { calculateOverview, hasBand, type ReductionTarget } from "../engine/overview";
import { CERTAINTIES, toReportLines, type Certainty } from "../engine/reportLines";
import { columnLetters } from "./a1";
import { AMOUNT_FORMAT, TEXT_FORMAT } from "./cells";
import { caseRows, notEstimatedRow, type BandTexts } from "./reportBands";
import { lineRows, reportLabel, type LineTexts } from "./reportLineRows";
import { strategyRows, type StrategyTexts } from "./reportStrategy";
import type { WorkbookData } from "./toWorkbookData";

/** The words of the report in the user's language, passed in so this layer stays free of i18n. */
export type StatusReportTexts = StrategyTexts &
  BandTexts &
  LineTexts & {
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
  /**
   * A1 ranges of (years, target, achieved, net with carry-forward) rows, one per target, for
   * the charts; with the pessimistic and optimistic rows below when the target has a range.
   */
  chartSources: string[];
};

/** Where the report's top-left cell is on its sheet (0-based), so its formulas point at its own cells. */
export type ReportOrigin = { row: number; column: number };

const text = (value: string): ReportCell => ({ value, numberFormat: TEXT_FORMAT });
const amount = (value: number | string): ReportCell => ({ value, numberFormat: AMOUNT_FORMAT });

function boundTo(target: ReductionTarget, initiatives: readonly Initiative[]): Initiative[] {
  const area = target.authorityArea?.trim().toLocaleLowerCase("da");
  return area
    ? initiatives.filter((initiative) => initiative.authorityArea.trim().toLocaleLowerCase("da") === area)
    : [...initiatives];
}

/**
 * Lays the status report out as the documents' "Økonomioversigt": dated, the strategy's
 * verdict per year, then per target its yearly target, what is achieved, net outstanding
 * with carry-forward (the expected case; when an effect is a range, the pessimistic and
 * optimistic case under it, reportBands.ts), without it, and counting only what is decided,
 * how many initiatives are not estimated, what is achieved split by certainty, and the lines
 * (grouped per authority area when there are many; a range as its midpoint, its ends on the
 * row under it). Every total is a live native Excel formula (`netFormula`); the two cases
 * and the count are the engine's numbers as of the report.
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
  // With the text prefix, as names: "2021" in a text cell is not documented to stay text, and
  // the chart takes its first row as categories only while it is text.
  const yearCells = () => years.map((year) => reportLabel(String(year)));
  const date = toDateSerial({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
  push([{ ...reportLabel(texts.sheetTitle), bold: true }], "title");
  // The report is for the next milestone of the budget calendar on its date (BAR_Calendar).
  const next = nextMilestone(data.calendar, calendarDateOf(now));
  push([
    reportLabel(texts.dateLabel),
    { value: date ?? "", numberFormat: texts.dateFormat },
    ...(next.kind === "next" ? [reportLabel(texts.milestoneFor(next.entry))] : []),
  ]);
  push([reportLabel(texts.unit), ...yearCells()], "header");
  const strategy = strategyRows(
    data.strategy,
    data.measures,
    years,
    texts,
    origin.row + rows.length + 2,
    origin.column,
    width,
    challengeLines(data.challenges, years),
  );
  if (strategy.length > 0) push([]);
  for (const row of strategy) push(row.cells, row.style);

  const overview = calculateOverview({
    years,
    targets: data.targets,
    initiatives: data.initiatives,
    surplusRule: data.settings.surplusRule,
    staleAfterDays: data.settings.staleAfterDays,
    now,
  });
  const chartSources: string[] = [];
  data.targets.forEach((target, targetIndex) => {
    const course = overview.targets[targetIndex];
    const band = caseRows(course, texts);
    push([]);
    const headerRow = push(
      [{ ...reportLabel(target.name), bold: true }, ...yearCells(), text(texts.statusColumn)],
      "header",
    );
    const targetRow = headerRow + 1;
    const achievedRow = targetRow + 1;
    const netRow = achievedRow + 1;
    // The band sits right under the net row, so one block holds every series of the chart.
    const withoutRow = netRow + 1 + band.length;
    const firmRow = withoutRow + 1;
    const splitRow = firmRow + 2; // After the count of initiatives not estimated.
    const lines = toReportLines(boundTo(target, data.initiatives), years).map((line) => ({
      line,
      rows: lineRows(line, years, texts),
    }));
    const firstLine = splitRow + CERTAINTIES.length;
    push([reportLabel(texts.targetRow), ...years.map((year) => amount(target.amounts[year] ?? ""))]);
    push(
      [
        reportLabel(texts.achievedRow),
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
      reportLabel(title),
      ...years.map((_, index) => {
        const blank = rule === "none" ? !known[index] : firstUnknown !== -1 && index >= firstUnknown;
        const at = { targetRow, achievedRow: from, row, firstColumn: origin.column + 1, lastColumn: last };
        return amount(blank ? "" : netFormula(index, rule, at));
      }),
    ];
    const withCarry = net(texts.netWithCarry, data.settings.surplusRule, netRow, achievedRow);
    push(hasBand(course) ? [...withCarry, reportLabel(texts.expectedCase)] : withCarry, "total");
    for (const row of band) push(row);
    push(net(texts.netWithoutCarry, "none", withoutRow, achievedRow));
    push(net(texts.netWithCarryFirm, data.settings.surplusRule, firmRow, splitRow));
    push(notEstimatedRow(course, texts));
    chartSources.push(`${letter(0)}${headerRow}:${last}${netRow + band.length}`);
    let next = firstLine;
    for (const certainty of CERTAINTIES) {
      const count = lines
        .filter(({ line }) => line.certainty === certainty)
        .reduce((sum, { rows }) => sum + rows.length, 0);
      const from = next;
      next += count;
      push([
        reportLabel(texts.certainties[certainty]),
        ...years.map((_, index) => {
          const column = letter(index + 1);
          return amount(count === 0 ? 0 : `=SUM(${column}${from}:${column}${from + count - 1})`);
        }),
      ]);
    }
    for (const { rows: cells } of lines) for (const row of cells) push(row);
  });
  return { rows, styles, titleRows: { first: 0, count: 3 }, chartSources };
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
