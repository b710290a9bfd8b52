import { Body1, Caption1, Link, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatNumber } from "../../i18n/formatNumber";
import type { UiTexts } from "../../i18n/uiTexts";
import type { FunctionSummary } from "../toFunctionSummaries";

/** Props of {@link FunctionList}. */
export type FunctionListProps = {
  functions: FunctionSummary[];
  texts: UiTexts;
};

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: "12px",
  },
  item: { display: "flex", flexDirection: "column", rowGap: "2px" },
  name: { fontFamily: tokens.fontFamilyMonospace },
  // Blocks with a gap: Fluent's text is inline, so the heading ran into the count
  // ("Funktioner i Excel8 funktioner") on screen and in the text a screen reader reads.
  heading: { display: "block", margin: 0 },
  count: { display: "block", marginBlock: "4px 12px" },
});

/** The BAR functions available in Excel, each with its one-line explanation and a help link. */
export function FunctionList({ functions, texts }: FunctionListProps) {
  const styles = useStyles();
  return (
    <section aria-labelledby="bar-functions-heading">
      <Subtitle2 as="h2" id="bar-functions-heading" className={styles.heading}>
        {texts.functionsHeading}
      </Subtitle2>
      <Caption1 as="p" className={styles.count}>
        {texts.functionCount(formatNumber(functions.length))}
      </Caption1>
      <ul className={styles.list}>
        {functions.map((fn) => (
          <li key={fn.id} className={styles.item}>
            <Text weight="semibold" className={styles.name}>
              {fn.name}
            </Text>
            <Body1>{fn.description}</Body1>
            {fn.helpUrl && (
              <Link href={fn.helpUrl} target="_blank" rel="noreferrer" aria-label={texts.helpFor(fn.name)}>
                {texts.help}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
