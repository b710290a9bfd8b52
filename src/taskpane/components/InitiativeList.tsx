import { Badge, Button, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { Sort, SortKey } from "../../engine/filterInitiatives";
import { NOT_ESTIMATED, effectIn, expectedEffect, isRange, type Initiative } from "../../engine/initiative";
import type { InitiativeFlags } from "../../engine/overview";
import { formatNumber, formatNumberRange } from "../../i18n/formatNumber";
import type { PaneTexts } from "../../i18n/paneTexts";
import type { WorkbookTexts } from "../../i18n/workbookTexts";
import { formatAmount } from "../formatAmount";

/** Props of {@link InitiativeList}. */
export type InitiativeListProps = {
  initiatives: Initiative[];
  years: number[];
  totals: number[];
  flags: ReadonlyMap<string, InitiativeFlags>;
  sort: Sort;
  onSort: (key: SortKey) => void;
  onEdit: (initiative: Initiative) => void;
  texts: PaneTexts;
  workbookTexts: WorkbookTexts;
  /** Rows in view before the list scrolls. @default 8 */
  maxVisibleRows?: number;
  /** The initiative whose row gets focus when the list appears (the one just edited). */
  focusId?: string | null;
};

/** Rows have one height so the list can render only what is on screen, whatever the count. */
const ROW_HEIGHT = 92;
const OVERSCAN = 6;

// A pane is 320–450 px wide, so a row is a card: the name on its own line, every year's
// amount in equal columns under it, and the status with its flags (room for two lines of
// them) last. The cells stay in the header's order (name, status, years) for screen readers;
// only the grid places them.
const useStyles = makeStyles({
  table: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  scroller: { overflowX: "hidden", overflowY: "auto", position: "relative" },
  row: {
    display: "grid",
    alignContent: "start",
    alignItems: "center",
    columnGap: "4px",
    paddingBlock: "4px",
    paddingInline: "4px",
    boxSizing: "border-box",
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  header: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3 },
  totals: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground2 },
  wide: { gridColumn: "1 / -1", gridRow: "1", minWidth: 0 },
  nameHeader: { gridColumn: "1 / -1", gridRow: "1", justifySelf: "start" },
  statusHeader: { gridColumn: "1 / -1", gridRow: "1", justifySelf: "end" },
  name: {
    maxWidth: "100%",
    minWidth: 0,
    justifyContent: "flex-start",
    textAlign: "left",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    display: "block",
  },
  status: {
    gridColumn: "1 / -1",
    gridRow: "3",
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: "2px 4px",
    minWidth: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  year: { gridRow: "2", minWidth: 0 },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  notEstimated: { textAlign: "right", color: tokens.colorNeutralForeground3 },
  // The year's sort button fills its column, so its label ends where the amounts do.
  yearSort: { minWidth: 0, width: "100%", justifyContent: "flex-end", paddingInline: 0 },
});

/**
 * The initiatives as an accessible table that renders only the rows in view, so thousands
 * of lines stay fast. Arrow keys move between rows; Enter opens the editor.
 */
export function InitiativeList(props: InitiativeListProps) {
  const { initiatives, years, totals, flags, sort, onSort, onEdit, texts, workbookTexts } = props;
  const visibleHeight = Math.max(1, Math.min(initiatives.length, props.maxVisibleRows ?? 8)) * ROW_HEIGHT;
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [active, setActive] = useState(0);
  const focusActive = useRef(false);
  const t = texts.initiatives;
  const columns = `repeat(${Math.max(1, years.length)}, minmax(0, 1fr))`;
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(initiatives.length, Math.ceil((scrollTop + visibleHeight) / ROW_HEIGHT) + OVERSCAN);
  const activeIndex = Math.min(active, Math.max(0, initiatives.length - 1));

  useEffect(() => {
    if (!focusActive.current) return;
    focusActive.current = false;
    scroller.current?.querySelector<HTMLElement>(`[data-row="${activeIndex}"] button`)?.focus();
  });

  // Back from the editor, focus returns to the row that was edited, not to the page.
  useEffect(() => {
    const index = props.focusId ? initiatives.findIndex((initiative) => initiative.id === props.focusId) : -1;
    if (index >= 0) moveTo(index);
    // Only when the list appears (no dependencies): later renders must not pull focus back.
  }, []);

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(initiatives.length - 1, index));
    const element = scroller.current;
    if (element) {
      const top = next * ROW_HEIGHT;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (top + ROW_HEIGHT > element.scrollTop + visibleHeight)
        element.scrollTop = top + ROW_HEIGHT - visibleHeight;
      setScrollTop(element.scrollTop);
    }
    focusActive.current = true;
    setActive(next);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 8, PageUp: -8 };
    if (event.key in step) moveTo(activeIndex + step[event.key]);
    else if (event.key === "Home") moveTo(0);
    else if (event.key === "End") moveTo(initiatives.length - 1);
    else return;
    event.preventDefault();
  };

  const sortHeader = (label: string, key: SortKey, className?: string) => {
    const same = JSON.stringify(sort.key) === JSON.stringify(key);
    return (
      <div role="columnheader" className={className} aria-sort={same ? sort.direction : "none"}>
        <Button
          appearance="transparent"
          size="small"
          className={typeof key === "object" ? styles.yearSort : undefined}
          onClick={() => onSort(key)}
          title={t.sortBy(label)}
        >
          {label}
          {same ? (sort.direction === "ascending" ? " ▲" : " ▼") : ""}
        </Button>
      </div>
    );
  };

  return (
    <div role="table" aria-label={t.heading} aria-rowcount={initiatives.length + 2} className={styles.table}>
      <div role="rowgroup">
        <div
          role="row"
          aria-rowindex={1}
          className={`${styles.row} ${styles.header}`}
          style={{ gridTemplateColumns: columns }}
        >
          {sortHeader(t.name, "name", styles.nameHeader)}
          {sortHeader(t.status, "status", styles.statusHeader)}
          {years.map((year) => sortHeader(String(year), { year }, `${styles.year} ${styles.number}`))}
        </div>
      </div>
      <div
        role="rowgroup"
        ref={scroller}
        className={styles.scroller}
        style={{ height: visibleHeight }}
        onScroll={(event) => {
          const top = event.currentTarget.scrollTop;
          setScrollTop(top);
          // Keep the one tab stop on a row that is rendered, or the list drops out of the tab order.
          const firstVisible = Math.floor(top / ROW_HEIGHT);
          const lastVisible = Math.floor((top + visibleHeight - 1) / ROW_HEIGHT);
          setActive((current) => (current < firstVisible || current > lastVisible ? firstVisible : current));
        }}
        onKeyDown={onKeyDown}
      >
        {initiatives.length === 0 && (
          <div role="row">
            <div role="cell">{t.empty}</div>
          </div>
        )}
        <div style={{ height: initiatives.length * ROW_HEIGHT, position: "relative" }}>
          {initiatives.slice(first, last).map((initiative, offset) => {
            const index = first + offset;
            const flag = flags.get(initiative.id);
            return (
              <div
                key={initiative.id}
                role="row"
                aria-rowindex={index + 2}
                data-row={index}
                className={styles.row}
                style={{
                  gridTemplateColumns: columns,
                  position: "absolute",
                  top: index * ROW_HEIGHT,
                  height: ROW_HEIGHT,
                  insetInline: 0,
                }}
              >
                <div role="cell" className={styles.wide}>
                  <Button
                    appearance="transparent"
                    size="small"
                    className={styles.name}
                    tabIndex={index === activeIndex ? 0 : -1}
                    aria-label={t.edit(initiative.name)}
                    title={initiative.name}
                    onClick={() => onEdit(initiative)}
                    onFocus={() => setActive(index)}
                  >
                    {initiative.name}
                  </Button>
                </div>
                <div role="cell" className={styles.status}>
                  <span>{workbookTexts.statuses[initiative.status] ?? initiative.status}</span>
                  {flag?.noEstimate && (
                    <Badge size="small" appearance="tint" color="informative">
                      {t.noEstimateFlag}
                    </Badge>
                  )}
                  {flag?.stale && (
                    <Badge size="small" appearance="tint" color="warning">
                      {flag.daysSinceChange === null
                        ? t.neverStamped
                        : t.staleFlag(formatNumber(flag.daysSinceChange))}
                    </Badge>
                  )}
                </div>
                {years.map((year) => {
                  const effect = effectIn(initiative, year);
                  return effect === NOT_ESTIMATED ? (
                    <div
                      role="cell"
                      key={year}
                      className={`${styles.year} ${styles.notEstimated}`}
                      title={workbookTexts.notEstimated}
                    >
                      -
                    </div>
                  ) : isRange(effect) ? (
                    <div
                      role="cell"
                      key={year}
                      className={`${styles.year} ${styles.number}`}
                      title={t.rangeTitle(formatNumber(expectedEffect(effect) as number))}
                    >
                      {formatNumberRange(effect)}
                    </div>
                  ) : (
                    <div role="cell" key={year} className={`${styles.year} ${styles.number}`}>
                      {formatNumber(effect)}
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
      <div role="rowgroup">
        <div
          role="row"
          aria-rowindex={initiatives.length + 2}
          className={`${styles.row} ${styles.totals}`}
          style={{ gridTemplateColumns: columns }}
        >
          <div role="rowheader" className={styles.wide}>
            {t.totals}
          </div>
          <div role="cell" className={styles.status} />
          {totals.map((total, index) => (
            <div role="cell" key={years[index]} className={`${styles.year} ${styles.number}`}>
              {formatAmount(total)}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
