import {
  Field,
  FluentProvider,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Title2,
  type Theme,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import type { BarStore } from "../excel/barStore";
import type { OwnWrite } from "../excel/ownWrite";
import type { ReportResult } from "../excel/writeStatusReport";
import { formatNumber } from "../i18n/formatNumber";
import type { Language } from "../i18n/language";
import { paneTexts } from "../i18n/paneTexts";
import { uiTexts } from "../i18n/uiTexts";
import { WorkbookCallFailure } from "./components/WorkbookCallFailure";
import { describeFailureReason, describeWorkbookCall } from "./describeWorkbookCall";
import { StartupMessage, type StartupNotice } from "./StartupMessage";
import { useFunctionList } from "./useFunctionList";
import { readUserName, writeUserName } from "./userName";
import { useWorkbook } from "./useWorkbook";
import { limitWorkbookCall, withTimeLimits } from "./workbookCalls";
import { Workspace } from "./Workspace";

/** Props of {@link App}. */
export type AppProps = {
  language: Language;
  theme: Theme;
  /** The workbook store; null when the pane runs without a workbook. The pane puts a time limit on every call. */
  store: BarStore | null;
  /** Writes the status report sheet in the given language; resolves to the sheet's name. */
  writeReport: (language: Language) => Promise<ReportResult>;
  /** Called when the user picks another language (custom-function messages follow it). */
  onLanguageChange?: (language: Language) => void;
  /** Why the pane runs without the workbook, if it does for a reason worth saying. */
  startup?: StartupNotice;
};

const useStyles = makeStyles({
  provider: {
    minHeight: "100vh",
    // A pane is 320–450 px wide. Fluent's Field is a grid whose column grows to its control's
    // own width (an <input size=20>, a <select> as wide as its longest option) and runs off
    // the pane; with these, every field takes the width it is given.
    "& .fui-Field > *": { minWidth: 0 },
    "& .fui-Select__select, & .fui-Combobox__input": { minWidth: 0 },
  },
  main: { display: "flex", flexDirection: "column", rowGap: "12px", padding: "12px 16px" },
  guide: { color: tokens.colorBrandForegroundLink, fontSize: tokens.fontSizeBase300 },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    justifyContent: "space-between",
    gap: "8px",
  },
  language: { minWidth: "110px", width: "110px" },
});

/** How long a success message stays on screen. */
const NOTICE_MS = 8000;

/** The BAR task pane: the workbook's targets, initiatives and strategy, and the BAR functions. */
export function App(props: AppProps) {
  const styles = useStyles();
  const [language, setLanguage] = useState(props.language);
  // Each message is its own (`shown` counts), so a second "Saved." gets its full time on screen.
  const [notice, setNotice] = useState<{ text: string; shown: number } | null>(null);
  const notify = useCallback(
    (text: string) => setNotice((current) => ({ text, shown: (current?.shown ?? 0) + 1 })),
    [],
  );
  // A success message goes after a while, so an old "Saved." is not read as news of a later action.
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  const [userName, setUserName] = useState(readUserName);
  const texts = paneTexts(language);
  const store = useMemo(() => props.store && withTimeLimits(props.store), [props.store]);
  const changeLanguage = (next: Language) => {
    setLanguage(next);
    props.onLanguageChange?.(next);
  };
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <FluentProvider theme={props.theme} className={styles.provider}>
      <main className={styles.main} lang={language}>
        <header className={styles.header}>
          <Title2 as="h1">BAR</Title2>
          {/* Beside taskpane.html on the host the add-in is served from (help/ is built with it). */}
          {/* A plain link: Fluent's Link would add to the pane's first download for one anchor. */}
          <a className={styles.guide} href={`help/guide.${language}.html`} target="_blank" rel="noreferrer">
            {texts.guideLink}
          </a>
          <Field label={texts.languageLabel}>
            <Select
              className={styles.language}
              value={language}
              onChange={(_, data) => changeLanguage(data.value as Language)}
            >
              {(["da", "en"] as const).map((code) => (
                <option key={code} value={code} lang={code}>
                  {texts.languageNames[code]}
                </option>
              ))}
            </Select>
          </Field>
        </header>
        {store && (
          <Field label={texts.userNameLabel}>
            <Input
              value={userName}
              placeholder={texts.userNamePlaceholder}
              onChange={(_, data) => setUserName(data.value)}
              onBlur={() => writeUserName(userName)}
            />
          </Field>
        )}
        {props.startup && <StartupMessage notice={props.startup} language={language} />}
        <div role="status" aria-live="polite">
          {notice && (
            <MessageBar intent="success">
              <MessageBarBody>{notice.text}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        {store ? (
          <WorkbookPane {...props} store={store} language={language} notify={notify} />
        ) : (
          <Functions language={language} />
        )}
      </main>
    </FluentProvider>
  );
}

// Not on screen at start: loaded when first shown, to keep the pane's first download small.
const FunctionList = lazy(() =>
  import("./components/FunctionList").then((module) => ({ default: module.FunctionList })),
);

function Functions({ language }: { language: Language }) {
  const texts = uiTexts(language);
  const list = useFunctionList(language);
  if (list.status === "loading") return <Spinner size="small" label={texts.loadingFunctions} />;
  if (list.status === "failed") {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{texts.functionsFailed(list.message)}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <Suspense fallback={<Spinner size="small" />}>
      <FunctionList functions={list.functions} texts={texts} />
    </Suspense>
  );
}

function WorkbookPane(props: AppProps & { store: BarStore; notify: (message: string) => void }) {
  const { store, language, notify, writeReport } = props;
  const texts = paneTexts(language);
  const { state, watchProblem, logProblem, reload, watchAgain, showOwnWrite } = useWorkbook(store);
  // A save shown from what it read back needs no read of the workbook after it.
  const showSaved = (write: OwnWrite, message: string) => {
    if (!showOwnWrite(write)) return false;
    notify(message);
    return true;
  };
  const report = useCallback(
    () => limitWorkbookCall("writeReport", () => writeReport(language)),
    [writeReport, language],
  );
  useEffect(() => {
    if (state.status === "ready" && state.remoteChange) notify(texts.changedByCoAuthor);
  }, [state, notify, texts]);
  if (state.status === "loading") return <Spinner label={texts.loading} />;
  if (state.status === "failed") {
    return (
      <WorkbookCallFailure
        message={describeWorkbookCall(state.error, texts, language)}
        retryLabel={texts.workbookCall.retry}
        // Watching anew reads anew too.
        onRetry={() => (watchProblem === null ? void reload() : watchAgain())}
      />
    );
  }
  const problem = state.refreshProblem;
  return (
    <>
      {/* Not blocking: the pane (and an open form) stays as it was read last. */}
      {problem && (
        <WorkbookCallFailure
          intent="warning"
          message={
            problem.retryInMs === null
              ? texts.background.gaveUp(describeFailureReason(problem.error, texts, language))
              : texts.background.retrying(
                  describeFailureReason(problem.error, texts, language),
                  formatNumber(Math.round(problem.retryInMs / 1000), language),
                )
          }
          retryLabel={texts.workbookCall.retry}
          onRetry={() => void reload()}
        />
      )}
      {watchProblem !== null && (
        <WorkbookCallFailure
          intent="warning"
          message={texts.background.watchFailed(describeFailureReason(watchProblem, texts, language))}
          retryLabel={texts.workbookCall.retry}
          onRetry={watchAgain}
        />
      )}
      {/* The edit is in the table; only its line in the change log is missing. */}
      {logProblem !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{describeWorkbookCall(logProblem, texts, language)}</MessageBarBody>
        </MessageBar>
      )}
      <Workspace
        data={state.data}
        store={store}
        language={language}
        texts={texts}
        functions={<Functions language={language} />}
        writeReport={report}
        notify={notify}
        reload={reload}
        showSaved={showSaved}
      />
    </>
  );
}
