import {
  memo,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from "react";
import { columnLetters } from "../../excel/a1";
import type { SheetModel, WorkbookModel } from "../officeFake/workbookModel";
import { ColumnChart } from "./ColumnChart";
import { formatCell } from "./formatCell";
import type { PreviewLanguage } from "./previewOptions";
import { ROW_HEIGHT, chartPosition, columnWidth, rowTop, tallRows } from "./sheetLayout";
import { toChartData } from "./toChartData";

/** The selected cell, 0-based. */
export type CellPosition = { row: number; column: number };

type SheetGridProps = {
  model: WorkbookModel;
  sheet: SheetModel;
  /** Changes whenever the workbook does, so the grid redraws. */
  revision: number;
  rows: number;
  columns: number;
  selected: CellPosition;
  language: PreviewLanguage;
  label: string;
  onSelect: (cell: CellPosition) => void;
  /** Start editing the selected cell, optionally with a first character typed. */
  onEdit: (firstCharacter?: string) => void;
  onClear: () => void;
};

const HEADER = { width: 44, height: ROW_HEIGHT } as const;
/** Rows drawn above and below the visible ones, so scrolling and keyboard moves find them drawn. */
const BUFFER_ROWS = 12;
const ERROR = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|CYCLE!|ERROR!)$/;

/**
 * One sheet as Excel shows it: column letters, row numbers, formatted values, and charts
 * over the cells. Only the rows in view (and a few around them) are drawn, so a sheet of
 * 5,000 initiatives costs what a screenful does.
 */
export const SheetGrid = memo(function SheetGrid(props: SheetGridProps) {
  const { model, sheet, revision, rows, columns, selected, language } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 800 });
  const tall = useMemo(() => tallRows(sheet), [sheet, revision]);
  const widths = Array.from({ length: columns }, (_, column) => columnWidth(sheet, column));

  useLayoutEffect(() => {
    const element = scroller.current;
    if (element) setView({ top: element.scrollTop, height: element.clientHeight });
  }, [sheet]);
  useEffect(() => {
    const target = scroller.current?.querySelector<HTMLElement>(
      `td[data-row="${selected.row}"][data-column="${selected.column}"]`,
    );
    if (target) target.scrollIntoView({ block: "nearest", inline: "nearest" });
    else if (scroller.current) scroller.current.scrollTop = rowTop(selected.row, tall);
  }, [selected, tall]);

  const first = Math.max(0, Math.floor(view.top / ROW_HEIGHT) - BUFFER_ROWS);
  const last = Math.min(rows, Math.ceil((view.top + view.height) / ROW_HEIGHT) + BUFFER_ROWS);
  const body = [];
  for (let row = first; row < last; row++) {
    const cells = widths.map((_, column) => {
      const cell = model.cell(sheet.id, row, column);
      const value = model.valueAt(sheet.id, row, column);
      const kind =
        typeof value === "number"
          ? "number"
          : typeof value === "boolean" || (typeof value === "string" && ERROR.test(value) && cell?.formula)
            ? "centre"
            : "";
      const isSelected = row === selected.row && column === selected.column;
      return (
        <td
          key={column}
          data-row={row}
          data-column={column}
          className={`${kind}${isSelected ? " selected" : ""}`}
          style={
            cell?.bold || cell?.fontSize || cell?.horizontalAlignment || cell?.borders
              ? {
                  fontWeight: cell.bold ? 700 : undefined,
                  fontSize: cell.fontSize ? `${cell.fontSize}pt` : undefined,
                  textAlign: cssAlignment(cell.horizontalAlignment),
                  borderTop: cssBorder(cell.borders?.top?.style),
                  borderBottom: cssBorder(cell.borders?.bottom?.style),
                }
              : undefined
          }
        >
          {value === "" ? "" : formatCell(value, cell?.numberFormat ?? "General", language)}
        </td>
      );
    });
    const height = tall.get(row);
    body.push(
      <tr key={row} aria-rowindex={row + 2} style={height ? { height } : undefined}>
        <th scope="row">{row + 1}</th>
        {cells}
      </tr>,
    );
  }
  const spacer = (key: string, height: number) =>
    height > 0 ? (
      <tr key={key} className="spacer" aria-hidden="true" style={{ height }}>
        <td colSpan={columns + 1} />
      </tr>
    ) : null;

  const cellOf = (event: MouseEvent): CellPosition | null => {
    const target = (event.target as HTMLElement).closest("td");
    if (!target?.dataset.row) return null;
    return { row: Number(target.dataset.row), column: Number(target.dataset.column) };
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Tab: [0, event.shiftKey ? -1 : 1],
    };
    const move = moves[event.key];
    if (move) {
      const row = Math.min(rows - 1, Math.max(0, selected.row + move[0]));
      const column = Math.min(columns - 1, Math.max(0, selected.column + move[1]));
      // Tab leaves the grid at its edges, so keyboard users are never trapped.
      if (event.key === "Tab" && row === selected.row && column === selected.column) return;
      event.preventDefault();
      props.onSelect({ row, column });
    } else if (event.key === "Enter" || event.key === "F2") {
      event.preventDefault();
      props.onEdit();
    } else if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      props.onClear();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      props.onEdit(event.key);
    }
  };

  return (
    <div
      ref={scroller}
      className="grid"
      role="region"
      aria-label={props.label}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onScroll={(event) => {
        const element = event.currentTarget;
        setView({ top: element.scrollTop, height: element.clientHeight });
      }}
      onClick={(event) => {
        const cell = cellOf(event);
        if (cell) props.onSelect(cell);
      }}
      onDoubleClick={(event) => {
        const cell = cellOf(event);
        if (cell) {
          props.onSelect(cell);
          props.onEdit();
        }
      }}
    >
      <table
        aria-rowcount={rows + 1}
        style={{ width: HEADER.width + widths.reduce((sum, width) => sum + width, 0) }}
      >
        <colgroup>
          <col style={{ width: HEADER.width }} />
          {widths.map((width, column) => (
            <col key={column} style={{ width }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <td className="corner" />
            {widths.map((_, column) => (
              <th key={column} scope="col">
                {columnLetters(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spacer("above", rowTop(first, tall))}
          {body}
          {spacer("below", rowTop(rows, tall) - rowTop(last, tall))}
        </tbody>
      </table>
      {sheet.charts.map((chart) => {
        const { left, top } = chartPosition(sheet, chart.anchor, HEADER, tall);
        const cells = model.readBlock(chart.source, (row, column) =>
          model.valueAt(chart.source.sheetId, row, column),
        );
        return (
          <div key={chart.id} className="chart-frame" style={{ left, top }}>
            <ColumnChart data={toChartData(chart, cells)} language={language} />
          </div>
        );
      })}
    </div>
  );
});

/** Range.format.horizontalAlignment as CSS; the rest ("General", "Fill", …) as the grid's default. */
function cssAlignment(alignment: string | undefined): "left" | "center" | "right" | undefined {
  if (alignment === "Left" || alignment === "Right") return alignment === "Left" ? "left" : "right";
  return alignment === "Center" ? "center" : undefined;
}

/** A border line's style as CSS: a thin line, doubled for "Double", none for "None". */
function cssBorder(style: string | undefined): string | undefined {
  if (style === undefined || style === "None") return undefined;
  return style === "Double" ? "3px double currentColor" : "1px solid currentColor";
}
