import { useId } from "react";
import type { PreviewLanguage } from "./previewOptions";
import { CHART_SIZE } from "./sheetLayout";
import { toAxisTicks, type ChartData } from "./toChartData";

/** Office's first chart colours. */
const COLOURS = ["#4472c4", "#ed7d31", "#a5a5a5", "#ffc000", "#5b9bd5", "#70ad47"];

const PLOT = { left: 64, right: 16, top: 44, bottom: 64 } as const;

/** A clustered column chart as Excel draws one: title, value axis with gridlines, categories, legend. */
export function ColumnChart({ data, language }: { data: ChartData; language: PreviewLanguage }) {
  const titleId = useId();
  const { width, height } = CHART_SIZE;
  const values = data.series.flatMap((series) =>
    series.values.filter((value): value is number => value !== null),
  );
  const ticks = toAxisTicks(Math.min(0, ...values), Math.max(0, ...values));
  const low = ticks[0];
  const high = ticks[ticks.length - 1];
  const plotHeight = height - PLOT.top - PLOT.bottom;
  const plotWidth = width - PLOT.left - PLOT.right;
  const y = (value: number) => PLOT.top + ((high - value) / (high - low || 1)) * plotHeight;
  const group = plotWidth / Math.max(1, data.categories.length);
  const bar = (group * 0.7) / Math.max(1, data.series.length);
  const format = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  // Legend entries side by side, centred; text widths estimated from the name's length.
  const entryWidths = data.series.map((series) => 24 + series.name.length * 6.5);
  const legendStart = Math.max(8, (width - entryWidths.reduce((sum, entry) => sum + entry, 0)) / 2);
  const legendX = entryWidths.map((_, index) =>
    entryWidths.slice(0, index).reduce((sum, entry) => sum + entry, legendStart),
  );
  return (
    <svg
      className="chart"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={titleId}
    >
      <title id={titleId}>{data.title || data.series.map((series) => series.name).join(", ")}</title>
      <rect className="chart-area" x={0.5} y={0.5} width={width - 1} height={height - 1} />
      <text className="chart-title" x={width / 2} y={26} textAnchor="middle">
        {data.title}
      </text>
      {ticks.map((tick) => (
        <g key={tick}>
          <line
            className={tick === 0 ? "chart-zero" : "chart-grid"}
            x1={PLOT.left}
            x2={width - PLOT.right}
            y1={y(tick)}
            y2={y(tick)}
          />
          <text className="chart-label" x={PLOT.left - 6} y={y(tick) + 4} textAnchor="end">
            {format.format(tick)}
          </text>
        </g>
      ))}
      {data.categories.map((category, index) => (
        <g key={`${category}-${index}`}>
          {data.series.map((series, seriesIndex) => {
            const value = series.values[index];
            if (value === null || value === undefined) return null;
            const top = Math.min(y(value), y(0));
            return (
              <rect
                key={series.name + seriesIndex}
                x={PLOT.left + index * group + group * 0.15 + seriesIndex * bar}
                y={top}
                width={bar}
                height={Math.abs(y(value) - y(0))}
                fill={COLOURS[seriesIndex % COLOURS.length]}
              >
                <title>{`${series.name}, ${category}: ${format.format(value)}`}</title>
              </rect>
            );
          })}
          <text
            className="chart-label"
            x={PLOT.left + (index + 0.5) * group}
            y={height - PLOT.bottom + 18}
            textAnchor="middle"
          >
            {category}
          </text>
        </g>
      ))}
      {data.series.map((series, index) => (
        <g key={series.name + index}>
          <rect
            x={legendX[index]}
            y={height - 24}
            width={10}
            height={10}
            fill={COLOURS[index % COLOURS.length]}
          />
          <text className="chart-label" x={legendX[index] + 14} y={height - 15}>
            {series.name}
          </text>
        </g>
      ))}
    </svg>
  );
}
