import type { UiTexts } from "../uiTexts";

/** The task pane in English. */
export const ENGLISH_UI_TEXTS: UiTexts = {
  intro:
    "Balance between activities and frames: functions for budget balance, reduction targets and the economic strategy.",
  functionsHeading: "Functions in Excel",
  functionCount: (count) => `${count} functions. Type =BAR. in a cell to use them.`,
  loadingFunctions: "Loading the functions …",
  functionsFailed: (detail) => `Could not load the list of functions: ${detail}`,
  help: "Help",
  helpFor: (functionName) => `Help for ${functionName}`,
  officeMissing: (detail) =>
    `BAR is running outside Office, so language and theme follow the browser. (${detail})`,
};
