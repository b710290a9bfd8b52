import { createRoot } from "react-dom/client";
import { connectWorkbook } from "../excel/connectWorkbook";
import {
  OFFICE_START_TIME_LIMIT_MS,
  readBrowserContext,
  readOfficeContext,
  type OfficeContext,
} from "../excel/officeContext";
import { currentLanguage, setCurrentLanguage, toLanguage, type Language } from "../i18n/language";
import { paneTexts } from "../i18n/paneTexts";
import { App, type AppProps } from "./App";
import { loadFluentTheme } from "./fluentTheme";
import { followStart } from "./startUp";
import { WaitingForOffice, type StartupNotice } from "./StartupMessage";
import { readUserName, toLogName } from "./userName";

// The shared runtime loads this page for the pane, the ribbon and the custom functions alike;
// setting the language here is what makes custom-function messages follow Office's language.
const container = document.getElementById("container");
if (!container) throw new Error("taskpane.html has no #container element.");
const root = createRoot(container);
const browser = readBrowserContext();
setCurrentLanguage(toLanguage(browser.displayLanguage));

/** What the pane gets besides its language and theme. */
type PaneProps = Omit<AppProps, "language" | "theme">;

// Renders are asynchronous (a theme may load first): only the latest request may land.
let latest = 0;
async function show(key: string, office: OfficeContext, props: PaneProps): Promise<void> {
  const mine = ++latest;
  const language = toLanguage(office.displayLanguage);
  try {
    const theme = await loadFluentTheme(office.theme);
    if (mine !== latest) return;
    setCurrentLanguage(language);
    // A new key remounts the pane: a late answer from Office starts it afresh, in Office's language.
    root.render(<App key={key} language={language} theme={theme} {...props} />);
  } catch (error) {
    // Nothing rendered: say so on the page rather than leave the pane blank.
    document.body.textContent = paneTexts(language).start.couldNotStart((error as Error).message);
    throw error;
  }
}

const noWorkbook = () => Promise.reject(new Error("No workbook"));

/** The pane without a workbook (the function list) and why. */
const withoutWorkbook = (startup: StartupNotice): PaneProps => ({
  store: null,
  writeReport: noWorkbook,
  onLanguageChange: setCurrentLanguage,
  startup,
});

function start(office: OfficeContext): void {
  if (office.unsupportedSets.length > 0) {
    void show("office", office, withoutWorkbook({ kind: "unsupported", sets: office.unsupportedSets }));
    return;
  }
  const logName = () => toLogName(readUserName(), paneTexts(currentLanguage()).unnamedUser);
  const connection = office.host === "Excel" ? connectWorkbook(logName) : null;
  void show("office", office, {
    store: connection?.store ?? null,
    // The report's words load with the report, on demand (the first download's budget).
    writeReport: async (chosen: Language) =>
      connection
        ? connection.writeReport((await import("./toReportTexts")).toReportTexts(chosen))
        : noWorkbook(),
    onLanguageChange: setCurrentLanguage,
  });
}

// Something on screen at once (Microsoft's advice for a progress indicator: render it before
// Office.onReady and let the callback replace it, office-js-docs-pr docs/develop/initialize-add-in.md).
root.render(<WaitingForOffice language={toLanguage(browser.displayLanguage)} />);
followStart(readOfficeContext(), OFFICE_START_TIME_LIMIT_MS, (state) => {
  switch (state.status) {
    case "ready":
      return start(state.office);
    case "silent":
      return void show("silent", browser, withoutWorkbook({ kind: "silent", waitedMs: state.waitedMs }));
    case "withoutOffice":
      return void show("browser", browser, withoutWorkbook({ kind: "withoutOffice" }));
    case "failed":
      return void show(
        "browser",
        browser,
        withoutWorkbook({ kind: "withoutOffice", detail: state.error.message }),
      );
  }
});
