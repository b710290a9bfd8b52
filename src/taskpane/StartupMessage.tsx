import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  webLightTheme,
} from "@fluentui/react-components";
import type { RequirementSet } from "../excel/requirements";
import { formatNumber } from "../i18n/formatNumber";
import type { Language } from "../i18n/language";
import { paneTexts } from "../i18n/paneTexts";
import { uiTexts } from "../i18n/uiTexts";

/** Why the pane runs without the workbook, shown above the function list. */
export type StartupNotice =
  /** Office.js is missing (or broke): the pane is a web page. */
  | { kind: "withoutOffice"; detail?: string }
  /** Office did not answer within the time limit; the pane starts if it answers later. */
  | { kind: "silent"; waitedMs: number }
  /** Excel answered but lacks requirement sets BAR needs. */
  | { kind: "unsupported"; sets: RequirementSet[] };

/** The sets as words, in the pane's language: "ExcelApi 1.13 og SharedRuntime 1.1". */
export function listSets(sets: readonly RequirementSet[], language: Language): string {
  const names = sets.map((set) => `${set.name} ${set.version}`);
  return new Intl.ListFormat(language, { type: "conjunction" }).format(names);
}

/** The notice as a message bar; "silent" offers to load the pane again. */
export function StartupMessage({ notice, language }: { notice: StartupNotice; language: Language }) {
  const t = paneTexts(language).start;
  switch (notice.kind) {
    case "withoutOffice":
      return (
        <MessageBar intent="warning">
          <MessageBarBody>
            {uiTexts(language).officeMissing(notice.detail ?? t.officeJsMissing)}
          </MessageBarBody>
        </MessageBar>
      );
    case "silent":
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.silentTitle}</MessageBarTitle>
            {t.silent(formatNumber(Math.round(notice.waitedMs / 1000), language))}{" "}
            <Button size="small" onClick={() => window.location.reload()}>
              {t.reload}
            </Button>
          </MessageBarBody>
        </MessageBar>
      );
    case "unsupported":
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.unsupportedTitle}</MessageBarTitle>
            {t.unsupported(listSets(notice.sets, language))}
          </MessageBarBody>
        </MessageBar>
      );
  }
}

const useStyles = makeStyles({
  provider: { minHeight: "100vh" },
  main: { padding: "24px 16px" },
});

/** What the pane shows from its first moment until Office answers (or is given up on). */
export function WaitingForOffice({ language }: { language: Language }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} className={styles.provider}>
      <main className={styles.main} lang={language}>
        <Spinner label={paneTexts(language).start.waiting} />
      </main>
    </FluentProvider>
  );
}
