/** The languages BAR speaks; Danish first. */
export type Language = "da" | "en";

/**
 * Maps an Office display language such as `da-DK` or `en-US` to a BAR language: Danish
 * when Office is Danish or does not say, English for every other language.
 */
export function toLanguage(officeLocale: string | undefined | null): Language {
  if (!officeLocale) return "da";
  return officeLocale.toLowerCase().startsWith("da") ? "da" : "en";
}

let current: Language = "da";

/** The language custom-function messages are written in; set once Office tells the display language. */
export function currentLanguage(): Language {
  return current;
}

/** Sets the language for custom-function messages (the runtime calls this from Office.onReady). */
export function setCurrentLanguage(language: Language): void {
  current = language;
}
