import {
  Body1,
  Button,
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
} from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { BarStore } from "../excel/barStore";
import type { Language } from "../i18n/language";
import { paneTexts } from "../i18n/paneTexts";
import { uiTexts } from "../i18n/uiTexts";
import { lazy, Suspense } from "react";
import { useFunctionList } from "./useFunctionList";
import { readUserName, writeUserName } from "./userName";
import { useWorkbook } from "./useWorkbook";
import { Workspace } from "./Workspace";

/** Props of {@link App}. */
export type AppProps = {
  language: Language;
  theme: Theme;
  /** The workbook store; null when the pane runs outside Excel. */
  store: BarStore | null;
  /** Writes the status report sheet in the given language; resolves to the sheet's name. */
  writeReport: (language: Language) => Promise<string>;
  /** Called when the user picks another language (custom-function messages follow it). */
  onLanguageChange?: (language: Language) => void;
  /** Why the pane started without Office, if it did. */
  startupProblem?: string;
};

const useStyles = makeStyles({
  provider: { minHeight: "100vh" },
  main: { display: "flex", flexDirection: "column", rowGap: "12px", padding: "12px 16px" },
  header: { display: "flex", alignItems: "flex-end", justifyContent: "space-between", columnGap: "8px" },
  language: { minWidth: "110px", width: "110px" },
});

/** The BAR task pane: the workbook's targets, initiatives and strategy, and the BAR functions. */
export function App(props: AppProps) {
  const styles = useStyles();
  const [language, setLanguage] = useState(props.language);
  const [notice, setNotice] = useState<string | null>(null);
  const [userName, setUserName] = useState(readUserName);
  const texts = paneTexts(language);
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
        {props.store && (
          <Field label={texts.userNameLabel}>
            <Input
              value={userName}
              onChange={(_, data) => setUserName(data.value)}
              onBlur={() => writeUserName(userName)}
            />
          </Field>
        )}
        {props.startupProblem && (
          <MessageBar intent="warning">
            <MessageBarBody>{uiTexts(language).officeMissing(props.startupProblem)}</MessageBarBody>
          </MessageBar>
        )}
        <div role="status" aria-live="polite">
          {notice && (
            <MessageBar intent="success">
              <MessageBarBody>{notice}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        {props.store ? (
          <WorkbookPane {...props} store={props.store} language={language} notify={setNotice} />
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
  const { state, reload } = useWorkbook(store);
  const report = useCallback(() => writeReport(language), [writeReport, language]);
  useEffect(() => {
    if (state.status === "ready" && state.remoteChange) notify(texts.changedByCoAuthor);
  }, [state, notify, texts]);
  if (state.status === "loading") return <Spinner label={texts.loading} />;
  if (state.status === "failed") {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <Body1>{state.error.message}</Body1>
          <Button size="small" onClick={() => void reload()}>
            {texts.refresh}
          </Button>
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <Workspace
      data={state.data}
      store={store}
      language={language}
      texts={texts}
      functions={<Functions language={language} />}
      writeReport={report}
      notify={notify}
      reload={reload}
    />
  );
}
