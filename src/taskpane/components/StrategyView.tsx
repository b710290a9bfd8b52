import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { LinkMeasures, type LinkMeasuresProps } from "./LinkMeasures";
import { SimpleTable } from "./SimpleTable";
import { useId, useMemo } from "react";
import type { WorkbookData } from "../../excel/toWorkbookData";
import { toStrategyRows } from "../strategyRows";
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
  const rows = useMemo(() => toStrategyRows(data, texts), [data, texts]);
  const ruleMeasures = [...new Set(data.strategy.rules.map((rule) => rule.measure))];
  const links = (
    <LinkMeasures measures={ruleMeasures} texts={texts} onLink={onLink} onUseSelection={onUseSelection} />
  );
  return (
    <section aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {t.strategyHeading(data.strategy.name)}
      </Subtitle2>
      {rows === null || rows.length === 0 ? (
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
            {rows.map((row) => (
              <tr key={row.year}>
                <td>{row.year}</td>
                <td>
                  <span className={`${styles.status} ${styles[row.status]}`}>
                    {row.status === "MISSING" ? t.strategyMissing : t.strategyStatus[row.status]}
                  </span>
                </td>
                <td>{row.why}</td>
              </tr>
            ))}
          </tbody>
        </SimpleTable>
      )}
      {data.challenges.length > 0 && rows !== null && rows.length > 0 && (
        <Caption1 as="p">{t.challengesNote(formatNumber(data.challenges.length))}</Caption1>
      )}
      {rows === null || ruleMeasures.some((measure) => data.measures[measure]?.includes(null) ?? true) ? (
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
