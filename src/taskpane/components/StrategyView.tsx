import {
  Badge,
  Caption1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { useId, useMemo } from "react";
import { InputError } from "../../engine/inputError";
import { checkStrategy, type YearCheck } from "../../engine/strategy";
import type { WorkbookData } from "../../excel/toWorkbookData";
import { formatNumber } from "../../i18n/formatNumber";
import type { PaneTexts } from "../../i18n/paneTexts";

/** Props of {@link StrategyView}. */
export type StrategyViewProps = { data: WorkbookData; texts: PaneTexts };

const BADGE_COLOR = {
  BREACH: "danger",
  BELOW_OPTIMAL: "warning",
  OK: "success",
  MISSING: "informative",
} as const;

/** The economic strategy year by year, each status explained in words. */
export function StrategyView({ data, texts }: StrategyViewProps) {
  const headingId = useId();
  const t = texts.overview;
  const checks = useMemo((): YearCheck[] | null => {
    try {
      return checkStrategy(data.measures, data.strategy);
    } catch (error) {
      // A measure without figures is the normal state before the user points BAR at them.
      if (error instanceof InputError) return null;
      throw error;
    }
  }, [data]);
  const measureName = (measure: string) => t.measureNames[measure] ?? measure;
  const explain = (check: YearCheck, year: number) => {
    if (check.status === "MISSING") return check.missingMeasures.map(measureName).join(", ");
    return check.failedRules
      .map((rule) =>
        t.ruleFailed(
          measureName(rule.measure),
          formatNumber(data.measures[rule.measure][data.years.indexOf(year)] as number),
          rule.comparison,
          formatNumber(rule.threshold),
        ),
      )
      .join("; ");
  };
  return (
    <section aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {t.strategyHeading(data.strategy.name)}
      </Subtitle2>
      {checks === null || checks.length === 0 ? (
        <Caption1 as="p">{t.strategyLinkHint}</Caption1>
      ) : (
        <Table size="small" aria-labelledby={headingId}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.strategyColumns.year}</TableHeaderCell>
              <TableHeaderCell>{t.strategyColumns.status}</TableHeaderCell>
              <TableHeaderCell>{t.strategyColumns.why}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {checks.map((check, index) => (
              <TableRow key={data.years[index]}>
                <TableCell>{data.years[index]}</TableCell>
                <TableCell>
                  <Badge appearance="tint" color={BADGE_COLOR[check.status]}>
                    {check.status === "MISSING" ? t.strategyMissing : t.strategyStatus[check.status]}
                  </Badge>
                </TableCell>
                <TableCell>{explain(check, data.years[index])}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
