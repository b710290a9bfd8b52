import { DANISH_UI_TEXTS } from "./da/ui";
import { ENGLISH_UI_TEXTS } from "./en/ui";
import type { Language } from "./language";

/** The task pane's words in one language; the compiler checks each language has them all. */
export type UiTexts = {
  intro: string;
  functionsHeading: string;
  /** `count` arrives formatted. */
  functionCount: (count: string) => string;
  loadingFunctions: string;
  functionsFailed: (detail: string) => string;
  help: string;
  /** Accessible name of a function's help link. */
  helpFor: (functionName: string) => string;
  officeMissing: (detail: string) => string;
};

/** The task pane's words in the given language. */
export function uiTexts(language: Language): UiTexts {
  return language === "da" ? DANISH_UI_TEXTS : ENGLISH_UI_TEXTS;
}
