import { createRoot } from "react-dom/client";
import { connectWorkbook } from "../excel/connectWorkbook";
import { readBrowserContext, readOfficeContext, type OfficeContext } from "../excel/officeContext";
import { setCurrentLanguage, toLanguage, type Language } from "../i18n/language";
import { paneTexts } from "../i18n/paneTexts";
import { App } from "./App";
import { loadFluentTheme } from "./fluentTheme";
import { toReportTexts } from "./toReportTexts";
import { readUserName } from "./userName";

// The shared runtime loads this page for the pane, the ribbon and the custom functions alike;
// setting the language here is what makes custom-function messages follow Office's language.
async function start(office: OfficeContext, startupProblem?: string): Promise<void> {
  const language = toLanguage(office.displayLanguage);
  setCurrentLanguage(language);
  const connection = office.host === "Excel" ? connectWorkbook(readUserName) : null;
  const theme = await loadFluentTheme(office.theme);
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element.");
  createRoot(container).render(
    <App
      language={language}
      theme={theme}
      store={connection?.store ?? null}
      writeReport={(chosen: Language) =>
        connection
          ? connection.writeReport(toReportTexts(paneTexts(chosen)))
          : Promise.reject(new Error("No workbook"))
      }
      onLanguageChange={setCurrentLanguage}
      startupProblem={startupProblem}
    />,
  );
}

readOfficeContext()
  .then(
    (office) => start(office),
    (error: Error) => start(readBrowserContext(), error.message),
  )
  .catch((error: Error) => {
    // Nothing rendered: say so on the page rather than leave the pane blank.
    document.body.textContent = `BAR could not start: ${error.message}`;
    throw error;
  });
