import {
  Body1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Title2,
  makeStyles,
} from "@fluentui/react-components";
import type { ThemeKind } from "../excel/officeContext";
import type { Language } from "../i18n/language";
import { uiTexts } from "../i18n/uiTexts";
import { FunctionList } from "./components/FunctionList";
import { toFluentTheme } from "./fluentTheme";
import { useFunctionList } from "./useFunctionList";

/** Props of {@link App}. */
export type AppProps = {
  language: Language;
  theme: ThemeKind;
  /** Why the pane started without Office, if it did. */
  startupProblem?: string;
};

const useStyles = makeStyles({
  provider: { minHeight: "100vh" },
  main: { display: "flex", flexDirection: "column", rowGap: "16px", padding: "16px" },
});

/** The BAR task pane: a short introduction and the list of BAR functions. */
export function App({ language, theme, startupProblem }: AppProps) {
  const styles = useStyles();
  const texts = uiTexts(language);
  const list = useFunctionList(language);
  return (
    <FluentProvider theme={toFluentTheme(theme)} className={styles.provider}>
      <main className={styles.main} lang={language}>
        <Title2 as="h1">BAR</Title2>
        <Body1 as="p">{texts.intro}</Body1>
        {startupProblem && (
          <MessageBar intent="warning">
            <MessageBarBody>{texts.officeMissing(startupProblem)}</MessageBarBody>
          </MessageBar>
        )}
        {list.status === "loading" && <Spinner size="small" label={texts.loadingFunctions} />}
        {list.status === "failed" && (
          <MessageBar intent="error">
            <MessageBarBody>{texts.functionsFailed(list.message)}</MessageBarBody>
          </MessageBar>
        )}
        {list.status === "loaded" && <FunctionList functions={list.functions} texts={texts} />}
      </main>
    </FluentProvider>
  );
}
