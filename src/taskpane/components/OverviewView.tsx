import {
  Caption1,
  Dropdown,
  Field,
  Option,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { SURPLUS_RULES, type SurplusRule } from "../../engine/carryForward";
import { calculateOverview, type TargetOverview } from "../../engine/overview";
import type { WorkbookData } from "../../excel/toWorkbookData";
import type { PaneTexts } from "../../i18n/paneTexts";
import type { WorkbookTexts } from "../../i18n/workbookTexts";
import { formatAmount } from "../formatAmount";
import { GroupTotalsTable } from "./GroupTotalsTable";
import { StrategyView } from "./StrategyView";

/** Props of {@link OverviewView}. */
export type OverviewViewProps = {
  data: WorkbookData;
  texts: PaneTexts;
  workbookTexts: WorkbookTexts;
  now: Date;
  onSurplusRuleChange: (rule: SurplusRule) => void;
};

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: "8px" },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  unmet: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  met: { color: tokens.colorPaletteGreenForeground1 },
  scroll: { overflowX: "auto" },
});

/** Per year: the targets, what the initiatives achieve, what is outstanding, and the strategy. */
export function OverviewView({ data, texts, workbookTexts, now, onSurplusRuleChange }: OverviewViewProps) {
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
  const t = texts.overview;
  return (
    <div className={styles.section}>
      <Field label={t.surplusRule}>
        <Dropdown
          value={workbookTexts.surplusRules[data.settings.surplusRule]}
          selectedOptions={[data.settings.surplusRule]}
          onOptionSelect={(_, option) => onSurplusRuleChange(option.optionValue as SurplusRule)}
        >
          {SURPLUS_RULES.map((rule) => (
            <Option key={rule} value={rule}>
              {workbookTexts.surplusRules[rule]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {overview.targets.length === 0 && <Caption1>{t.noTargets}</Caption1>}
      {overview.targets.map((target) => (
        <TargetTable key={target.targetId} target={target} years={overview.years} texts={texts} />
      ))}
      <Caption1>{t.amountsIn}</Caption1>
      {unestimated > 0 && <Caption1>{t.notEstimatedNote(String(unestimated))}</Caption1>}
      <StrategyView data={data} texts={texts} />
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
}: {
  target: TargetOverview;
  years: number[];
  texts: PaneTexts;
}) {
  const styles = useStyles();
  const t = texts.overview;
  const row = (label: string, values: (number | null)[]) => (
    <TableRow>
      <TableCell>{label}</TableCell>
      {values.map((value, index) => (
        <TableCell key={years[index]} className={styles.number}>
          {formatAmount(value)}
        </TableCell>
      ))}
    </TableRow>
  );
  const headingId = `target-${target.targetId}`;
  return (
    <section aria-labelledby={headingId} className={styles.scroll}>
      <Subtitle2 as="h2" id={headingId}>
        {t.heading(target.name)}
      </Subtitle2>
      <Table size="small" aria-labelledby={headingId}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell />
            {years.map((year) => (
              <TableHeaderCell key={year} className={styles.number}>
                {year}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
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
            t.rows.withoutCarry,
            target.years.map((y) => y.outstandingWithoutCarry),
          )}
          {row(
            t.rows.effectiveTarget,
            target.years.map((y) => y.effectiveTarget),
          )}
          {row(
            t.rows.outstanding,
            target.years.map((y) => y.outstanding),
          )}
          <TableRow>
            <TableCell>{t.rows.met}</TableCell>
            {target.years.map((y) => (
              <TableCell
                key={y.year}
                className={y.met === false ? styles.unmet : y.met ? styles.met : undefined}
              >
                {y.met === null ? t.metUnknown : y.met ? t.metYes : t.metNo}
              </TableCell>
            ))}
          </TableRow>
        </TableBody>
      </Table>
    </section>
  );
}
