import { Body1, Button, Subtitle2, makeStyles } from "@fluentui/react-components";
import type { PaneTexts } from "../../i18n/paneTexts";

/** Props of {@link SetUpView}. */
export type SetUpViewProps = { texts: PaneTexts; busy: boolean; onSetUp: (example: boolean) => void };

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: "10px", alignItems: "flex-start" },
});

/** Offered when the workbook has no BAR tables yet: create them, empty or with the seed example. */
export function SetUpView({ texts, busy, onSetUp }: SetUpViewProps) {
  const styles = useStyles();
  return (
    <section className={styles.view} aria-labelledby="setup-heading">
      <Subtitle2 as="h2" id="setup-heading">
        {texts.setUp.heading}
      </Subtitle2>
      <Body1 as="p">{texts.setUp.intro}</Body1>
      <Button appearance="primary" disabledFocusable={busy} onClick={() => onSetUp(true)}>
        {texts.setUp.withExample}
      </Button>
      <Button disabledFocusable={busy} onClick={() => onSetUp(false)}>
        {texts.setUp.empty}
      </Button>
    </section>
  );
}
