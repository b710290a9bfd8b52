import { createRoot } from "react-dom/client";
import { readBrowserContext, readOfficeContext, type OfficeContext } from "../excel/officeContext";
import { setCurrentLanguage, toLanguage } from "../i18n/language";
import { App } from "./App";

// The shared runtime loads this page for the pane, the ribbon and the custom functions alike;
// setting the language here is what makes custom-function messages follow Office's language.
function start(office: OfficeContext, startupProblem?: string): void {
  const language = toLanguage(office.displayLanguage);
  setCurrentLanguage(language);
  document.documentElement.lang = language;
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element.");
  createRoot(container).render(
    <App language={language} theme={office.theme} startupProblem={startupProblem} />,
  );
}

readOfficeContext().then(
  (office) => start(office),
  (error: Error) => start(readBrowserContext(), error.message),
);
