import type { CellValue } from "../../engine/workbookProblem";
import type { ChartModel } from "../officeFake/workbookModel";

/** One series of a chart: its name and one value per category (null where a cell holds no number). */
export type ChartSeries = { name: string; values: (number | null)[] };

/** What a column chart draws. */
export type ChartData = { title: string; categories: string[]; series: ChartSeries[] };

/**
 * Reads a chart's source cells as Excel does for a clustered column chart: a first row or
 * column that holds anything but numbers gives the category labels and series names;
 * series run along rows or columns (`Auto`: along the longer side, as Excel picks).
 */
export function toChartData(
  chart: Pick<ChartModel, "title" | "seriesBy" | "source">,
  cells: CellValue[][],
): ChartData {
  const { rows, columns } = chart.source;
  const byRows = chart.seriesBy === "Rows" || (chart.seriesBy === "Auto" && columns >= rows);
  // Lay the grid out so that series run along rows.
  const grid = byRows ? cells : Array.from({ length: columns }, (_, c) => cells.map((row) => row[c]));
  const notNumber = (cell: CellValue | undefined) => typeof cell !== "number";
  const headerRow = grid.length > 1 && grid[0].slice(1).some(notNumber);
  const headerColumn = grid[0].length > 1 && grid.slice(1).some((row) => notNumber(row[0]));
  const body = grid.slice(headerRow ? 1 : 0);
  const first = headerColumn ? 1 : 0;
  const width = (grid[0]?.length ?? 0) - first;
  return {
    title: chart.title,
    categories: Array.from({ length: width }, (_, index) =>
      headerRow ? String(grid[0][first + index]) : String(index + 1),
    ),
    series: body.map((row, index) => ({
      name: headerColumn ? String(row[0]) : `Series ${index + 1}`,
      values: row.slice(first).map((cell) => (typeof cell === "number" ? cell : null)),
    })),
  };
}

/** Round axis ticks from `min` to `max` (zero always included), about `count` of them. */
export function toAxisTicks(min: number, max: number, count = 5): number[] {
  const low = Math.min(0, min);
  const high = Math.max(0, max);
  if (low === high) return [0];
  const rough = (high - low) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step =
    [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? power * 10;
  const ticks: number[] = [];
  for (let tick = Math.floor(low / step) * step; tick <= high + step / 2; tick += step) {
    ticks.push(Math.round(tick / step) * step);
    if (tick >= high) break;
  }
  return ticks;
}
