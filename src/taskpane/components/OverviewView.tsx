import { Caption1, Field, Select, Spinner, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, useMemo } from "react";
import { AMOUNT_CELL, SimpleTable } from "./SimpleTable";
import { SURPLUS_RULES, type SurplusRule } from "../../engine/carryForward";
import { calculateOverview, hasBand, type TargetOverview } from "../../engine/overview";
import type { WorkbookData } from "../../excel/toWorkbookData";
import type { PaneTexts } from "../../i18n/paneTexts";
import type { WorkbookTexts } from "../../i18n/workbookTexts";
import { hasRange } from "../../engine/initiative";
import { formatNumber } from "../../i18n/formatNumber";
import { formatAmount } from "../formatAmount";
import { GroupTotalsTable } from "./GroupTotalsTable";
import { NextMilestone } from "./NextMilestone";
import { calendarWords, type CalendarWords } from "../../i18n/calendarTexts";
import { StrategyView } from "../lazyViews";
import type { StrategyViewProps } from "./StrategyView";

/** Props of {@link OverviewView}. */
export type OverviewViewProps = {
  data: WorkbookData;
  texts: PaneTexts;
  workbookTexts: WorkbookTexts;
  now: Date;
  onSurplusRuleChange: (rule: SurplusRule) => void;
  onLinkMeasure: StrategyViewProps["onLink"];
  onUseSelection?: StrategyViewProps["onUseSelection"];
  /** The budget calendar's words in the UI language. @default Danish */
  calendarWords?: CalendarWords;
};

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: "8px" },
  unmet: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  met: { color: tokens.colorPaletteGreenForeground1 },
  scroll: { overflowX: "auto" },
  expected: { fontWeight: tokens.fontWeightSemibold },
});

/** Per year: the targets, what the initiatives achieve, what is outstanding, and the strategy. */
export function OverviewView(props: OverviewViewProps) {
  const { data, texts, workbookTexts, now, onSurplusRuleChange, onLinkMeasure } = props;
  const styles = useStyles();
  const overview = useMemo(
    () =>
      calculateOverview({
        years: data.years,
        targets: data.targets,
        initiatives: data.initiatives,
        surplusRule: data.settings.surplusRule,
        staleAfterDays: data.settings.staleAfterDays,
        now,
      }),
    [data, now],
  );
  const unestimated = overview.flags.filter((flag) => flag.notEstimatedYears.length > 0).length;
  const ranged = useMemo(
    () =>
      data.initiatives.filter(
        (initiative) => initiative.status !== "dropped" && hasRange(initiative, data.years),
      ).length,
    [data],
  );
  const t = texts.overview;
  return (
    <div className={styles.section}>
      <NextMilestone calendar={data.calendar} now={now} words={props.calendarWords ?? calendarWords("da")} />
      <Field label={t.surplusRule}>
        <Select
          value={data.settings.surplusRule}
          onChange={(_, option) => onSurplusRuleChange(option.value as SurplusRule)}
        >
          {SURPLUS_RULES.map((rule) => (
            <option key={rule} value={rule}>
              {workbookTexts.surplusRules[rule]}
            </option>
          ))}
        </Select>
      </Field>
      {overview.targets.length === 0 && <Caption1>{t.noTargets}</Caption1>}
      {overview.targets.map((target) => (
        <TargetTable
          key={target.targetId}
          target={target}
          years={overview.years}
          texts={texts}
          carries={data.settings.surplusRule !== "none"}
        />
      ))}
      <Caption1>{t.amountsIn}</Caption1>
      {unestimated > 0 && <Caption1>{t.notEstimatedNote(String(unestimated))}</Caption1>}
      {ranged > 0 && <Caption1>{t.rangesNote(formatNumber(ranged))}</Caption1>}
      <Suspense fallback={<Spinner size="tiny" label={t.strategyHeading(data.strategy.name)} />}>
        <StrategyView
          data={data}
          texts={texts}
          onLink={onLinkMeasure}
          onUseSelection={props.onUseSelection}
        />
      </Suspense>
      <GroupTotalsTable
        heading={t.byAuthorityArea}
        areaLabel={t.area}
        years={overview.years}
        groups={overview.byAuthorityArea.map((group) => ({ ...group, label: group.key || "–" }))}
      />
      <GroupTotalsTable
        heading={t.byFocusArea}
        areaLabel={t.area}
        years={overview.years}
        groups={overview.byFocusArea.map((group) => ({
          ...group,
          label: group.key ? workbookTexts.focusAreas[group.key] : t.noFocusArea,
        }))}
      />
    </div>
  );
}

function TargetTable({
  target,
  years,
  texts,
  carries,
}: {
  target: TargetOverview;
  years: number[];
  texts: PaneTexts;
  /** False under "Intet overføres": nothing is carried, so no row may say "med overførsel". */
  carries: boolean;
}) {
  const styles = useStyles();
  const t = texts.overview;
  // With a range in some year, what is outstanding is a band: expected (marked), then its ends.
  const banded = hasBand(target);
  const row = (label: string, values: (number | null)[], marked = false) => (
    <tr className={marked ? styles.expected : undefined}>
      <td>{label}</td>
      {values.map((value, index) => (
        <td key={years[index]} className={AMOUNT_CELL}>
          {formatAmount(value)}
        </td>
      ))}
    </tr>
  );
  const headingId = `target-${target.targetId}`;
  return (
    <section aria-labelledby={headingId} className={styles.scroll}>
      <Subtitle2 as="h2" id={headingId}>
        {t.heading(target.name)}
      </Subtitle2>
      <Caption1 as="p" block>
        {texts.overview.targetScope(target.authorityArea)}
        {!carries && ` ${t.nothingCarried}`}
      </Caption1>
      <SimpleTable labelledBy={headingId}>
        <thead>
          <tr>
            <td />
            {years.map((year) => (
              <th scope="col" key={year} className={AMOUNT_CELL}>
                {year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {row(
            t.rows.target,
            target.years.map((y) => y.target),
          )}
          {row(
            t.rows.achieved,
            target.years.map((y) => y.achieved),
          )}
          {row(
            t.rows.unallocated,
            target.years.map((y) => y.unallocated),
          )}
          {row(
            banded && !carries ? t.expected(t.rows.withoutCarry) : t.rows.withoutCarry,
            target.years.map((y) => y.outstandingWithoutCarry),
            banded && !carries,
          )}
          {carries &&
            row(
              t.rows.effectiveTarget,
              target.years.map((y) => y.effectiveTarget),
            )}
          {carries &&
            row(
              banded ? t.expected(t.rows.outstanding) : t.rows.outstanding,
              target.years.map((y) => y.outstanding),
              banded,
            )}
          {banded &&
            row(
              t.rows.pessimistic,
              target.years.map((y) => y.cases.pessimistic.outstanding),
            )}
          {banded &&
            row(
              t.rows.optimistic,
              target.years.map((y) => y.cases.optimistic.outstanding),
            )}
          {target.years.some((y) => y.notEstimated > 0) && (
            <tr>
              <td>{t.rows.notEstimated}</td>
              {target.years.map((y) => (
                <td key={y.year} className={AMOUNT_CELL}>
                  {formatNumber(y.notEstimated)}
                </td>
              ))}
            </tr>
          )}
          <tr>
            <td>{t.rows.met}</td>
            {target.years.map((y) => (
              <td key={y.year} className={y.met === false ? styles.unmet : y.met ? styles.met : undefined}>
                {y.met === null ? t.metUnknown : y.met ? t.metYes : t.metNo}
              </td>
            ))}
          </tr>
        </tbody>
      </SimpleTable>
    </section>
  );
}
