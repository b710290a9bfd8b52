import { currentLanguage, toLanguage, type Language } from "../i18n/language";

/**
 * The language of a custom-function message, decided when the function runs: Office's display
 * language (`Office.context.displayLanguage`, "the locale (or language) of the user interface
 * of the Office application", learn.microsoft.com/office/dev/add-ins/develop/localization) when
 * Office can tell it, otherwise the language the task pane cached at start-up. Excel may
 * calculate BAR formulas before the page's Office.onReady has resolved, while the cached
 * language is still the Danish default; asking Office at call time keeps English Excel English.
 */
export function messageLanguage(): Language {
  const displayLanguage = officeDisplayLanguage();
  return displayLanguage ? toLanguage(displayLanguage) : currentLanguage();
}

function officeDisplayLanguage(): string | undefined {
  try {
    return (typeof Office === "undefined" ? undefined : Office.context?.displayLanguage) || undefined;
  } catch {
    // Office.js that has not finished starting may throw on Office.context: use the cached language.
    return undefined;
  }
}
