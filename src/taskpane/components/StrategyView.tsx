import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { LinkMeasures, type LinkMeasuresProps } from "./LinkMeasures";
import { SimpleTable } from "./SimpleTable";
import { useId, useMemo } from "react";
import { InputError } from "../../engine/inputError";
import { checkStrategy, type YearCheck } from "../../engine/strategy";
import type { WorkbookData } from "../../excel/toWorkbookData";
import { formatNumber } from "../../i18n/formatNumber";
import type { PaneTexts } from "../../i18n/paneTexts";

/** Props of {@link StrategyView}. */
export type StrategyViewProps = {
  data: WorkbookData;
  texts: PaneTexts;
  onLink: LinkMeasuresProps["onLink"];
  onUseSelection?: LinkMeasuresProps["onUseSelection"];
};

const useStyles = makeStyles({
  status: { fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap" },
  BREACH: { color: tokens.colorPaletteRedForeground1 },
  BELOW_OPTIMAL: { color: tokens.colorPaletteDarkOrangeForeground1 },
  OK: { color: tokens.colorPaletteGreenForeground1 },
  MISSING: { color: tokens.colorNeutralForeground3 },
});

/** The economic strategy year by year, each status explained in words. */
export function StrategyView({ data, texts, onLink, onUseSelection }: StrategyViewProps) {
  const styles = useStyles();
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
          rule.severity,
        ),
      )
      .join("; ");
  };
  const links = (
    <LinkMeasures
      measures={[...new Set(data.strategy.rules.map((rule) => rule.measure))]}
      texts={texts}
      onLink={onLink}
      onUseSelection={onUseSelection}
    />
  );
  return (
    <section aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {t.strategyHeading(data.strategy.name)}
      </Subtitle2>
      {checks === null || checks.length === 0 ? (
        <Caption1 as="p">{t.strategyLinkHint}</Caption1>
      ) : (
        <SimpleTable labelledBy={headingId}>
          <thead>
            <tr>
              <th scope="col">{t.strategyColumns.year}</th>
              <th scope="col">{t.strategyColumns.status}</th>
              <th scope="col">{t.strategyColumns.why}</th>
            </tr>
          </thead>
          <tbody>
            {checks.map((check, index) => (
              <tr key={data.years[index]}>
                <td>{data.years[index]}</td>
                <td>
                  <span className={`${styles.status} ${styles[check.status]}`}>
                    {check.status === "MISSING" ? t.strategyMissing : t.strategyStatus[check.status]}
                  </span>
                </td>
                <td>{explain(check, data.years[index])}</td>
              </tr>
            ))}
          </tbody>
        </SimpleTable>
      )}
      {checks === null || checks.some((check) => check.status === "MISSING") ? (
        links
      ) : (
        // Every measure has figures: the links can still be re-pointed, on request.
        <details>
          <summary>{t.link.relink}</summary>
          {links}
        </details>
      )}
    </section>
  );
}
