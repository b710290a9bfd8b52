import type { UiTexts } from "../uiTexts";

/** The task pane in Danish. */
export const DANISH_UI_TEXTS: UiTexts = {
  intro:
    "Balance mellem Aktiviteter og Rammer: funktioner til budgetbalance, reduktionsmål og den økonomiske strategi.",
  functionsHeading: "Funktioner i Excel",
  functionCount: (count) => `${count} funktioner. Skriv =BAR. i en celle for at bruge dem.`,
  loadingFunctions: "Henter funktionerne …",
  functionsFailed: (detail) => `Listen over funktioner kunne ikke hentes: ${detail}`,
  help: "Hjælp",
  helpFor: (functionName) => `Hjælp til ${functionName}`,
  officeMissing: (detail) => `BAR kører uden for Office, så sprog og tema følger browseren. (${detail})`,
};
