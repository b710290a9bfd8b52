import { Button, Caption1, Field, SearchBox, Select, makeStyles } from "@fluentui/react-components";
import { useMemo } from "react";
import {
  filterInitiatives,
  filterPrepared,
  prepareList,
  reprepareList,
  type InitiativeFilter,
  type PreparedList,
  type Sort,
  type SortKey,
} from "../../engine/filterInitiatives";
import { FOCUS_AREAS, STATUSES, type Initiative } from "../../engine/initiative";
import { calculateOverview } from "../../engine/overview";
import type { WorkbookData } from "../../excel/toWorkbookData";
import { formatNumber } from "../../i18n/formatNumber";
import type { PaneTexts } from "../../i18n/paneTexts";
import type { WorkbookTexts } from "../../i18n/workbookTexts";
import { InitiativeList } from "./InitiativeList";

/** Props of {@link InitiativesView}. */
export type InitiativesViewProps = {
  data: WorkbookData;
  texts: PaneTexts;
  workbookTexts: WorkbookTexts;
  now: Date;
  onEdit: (initiative: Initiative) => void;
  onAdd: () => void;
  /** Opens "Import from sheet"; without it there is no import button. */
  onImport?: () => void;
  /** Kept by the caller, so the analyst's filter and sort survive opening the editor. */
  filter: InitiativeFilter;
  sort: Sort;
  onFilterChange: (update: (current: InitiativeFilter) => InitiativeFilter) => void;
  onSortChange: (update: (current: Sort) => Sort) => void;
  /** The initiative just edited, whose row gets focus again. */
  focusId: string | null;
};

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: "8px" },
  filters: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 130px), 1fr))",
    gap: "8px",
  },
  reset: { alignSelf: "end", justifySelf: "start" },
  bar: { display: "flex", justifyContent: "space-between", alignItems: "center" },
  buttons: { display: "flex", flexWrap: "wrap", gap: "8px" },
});

const distinct = (values: string[]) =>
  [...new Set(values.filter((value) => value.trim() !== ""))].sort((a, b) => a.localeCompare(b, "da"));

/**
 * The list last prepared, kept across the view's mounts: the edit form takes the view's place,
 * and closing it after a save must move the saved line into place (reprepareList), not sort
 * and fold 50,000 lines again. reprepareList checks line by line, so any list is safe here.
 */
let lastPrepared: { lines: readonly Initiative[]; sort: Sort; prepared: PreparedList } | null = null;

function preparedList(lines: readonly Initiative[], sort: Sort): PreparedList {
  const previous = lastPrepared;
  const same = previous !== null && JSON.stringify(previous.sort) === JSON.stringify(sort);
  const prepared = same
    ? reprepareList(previous.lines, previous.prepared, lines, sort)
    : prepareList(lines, sort);
  lastPrepared = { lines, sort, prepared };
  return prepared;
}

/** Filters, sorts and lists the initiatives, with the unallocated placeholder lines shown apart. */
export function InitiativesView(props: InitiativesViewProps) {
  const { data, texts, workbookTexts, now, onEdit, onAdd, filter, sort } = props;
  const setFilter = props.onFilterChange;
  const setSort = props.onSortChange;
  const styles = useStyles();
  const t = texts.initiatives;
  const lines = useMemo(() => data.initiatives.filter((i) => i.kind === "initiative"), [data]);
  const unallocated = useMemo(() => data.initiatives.filter((i) => i.kind === "unallocated"), [data]);
  // Sorted and folded once per list and sort, so a keystroke only filters (issue 12).
  const prepared = useMemo(() => preparedList(lines, sort), [lines, sort]);
  const filtered = useMemo(
    () => filterPrepared(prepared, filter, data.years),
    [prepared, filter, data.years],
  );
  const flags = useMemo(() => {
    const overview = calculateOverview({
      years: data.years,
      targets: [],
      initiatives: data.initiatives,
      surplusRule: data.settings.surplusRule,
      staleAfterDays: data.settings.staleAfterDays,
      now,
    });
    return new Map(overview.flags.map((flag) => [flag.id, flag]));
  }, [data, now]);
  const authorityAreas = useMemo(() => distinct(lines.map((i) => i.authorityArea)), [lines]);
  const coreAreas = useMemo(() => distinct(lines.map((i) => i.coreArea)), [lines]);

  const onSort = (key: SortKey) =>
    setSort((current) =>
      JSON.stringify(current.key) === JSON.stringify(key)
        ? { key, direction: current.direction === "ascending" ? "descending" : "ascending" }
        : { key, direction: "ascending" },
    );
  const choice = <K extends keyof InitiativeFilter>(
    key: K,
    label: string,
    options: { value: string; text: string }[],
  ) => (
    <Field label={label}>
      <Select
        value={String(filter[key] ?? "")}
        onChange={(_, data) => setFilter((current) => ({ ...current, [key]: data.value || undefined }))}
      >
        <option value="">{t.all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </Select>
    </Field>
  );

  return (
    <div className={styles.view}>
      <div className={styles.bar}>
        <Caption1 role="status">
          {t.shownOf(formatNumber(filtered.shown.length), formatNumber(lines.length))}
        </Caption1>
        <div className={styles.buttons}>
          {props.onImport && <Button onClick={props.onImport}>{texts.importFromSheet}</Button>}
          <Button appearance="primary" onClick={onAdd}>
            {t.add}
          </Button>
        </div>
      </div>
      <div role="search" aria-label={t.filters} className={styles.filters}>
        <Field label={t.search}>
          <SearchBox
            value={filter.text ?? ""}
            onChange={(_, data) => setFilter((current) => ({ ...current, text: data.value }))}
          />
        </Field>
        {choice(
          "authorityArea",
          t.authorityArea,
          authorityAreas.map((area) => ({ value: area, text: area })),
        )}
        {choice(
          "coreArea",
          t.coreArea,
          coreAreas.map((area) => ({ value: area, text: area })),
        )}
        {choice("focusArea", t.focusArea, [
          ...FOCUS_AREAS.map((area) => ({ value: area, text: workbookTexts.focusAreas[area] })),
          { value: "none", text: texts.overview.noFocusArea },
        ])}
        {choice(
          "status",
          t.status,
          STATUSES.map((status) => ({ value: status, text: workbookTexts.statuses[status] })),
        )}
        {Object.values(filter).some((value) => value !== undefined && value.trim() !== "") && (
          <Button className={styles.reset} onClick={() => setFilter(() => ({}))}>
            {t.resetFilters}
          </Button>
        )}
      </div>
      <InitiativeList
        initiatives={filtered.shown}
        years={data.years}
        totals={filtered.totals}
        flags={flags}
        sort={sort}
        onSort={onSort}
        onEdit={onEdit}
        texts={texts}
        workbookTexts={workbookTexts}
        focusId={props.focusId}
      />
      {unallocated.length > 0 && (
        <section aria-label={t.unallocatedHeading}>
          <InitiativeList
            initiatives={unallocated}
            years={data.years}
            totals={filterInitiatives(unallocated, {}, sort, data.years).totals}
            flags={new Map()}
            sort={sort}
            onSort={onSort}
            onEdit={onEdit}
            texts={{ ...texts, initiatives: { ...t, heading: t.unallocatedHeading } }}
            workbookTexts={workbookTexts}
          />
        </section>
      )}
    </div>
  );
}
