import { RANGE_WORDS } from "../engine/parseRange";
import { currentLanguage, type Language } from "./language";

const FORMATS: Record<Language, Intl.NumberFormat> = {
  da: new Intl.NumberFormat("da-DK", { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }),
};

/**
 * Formats a number for the UI's language: Danish by default (1.234,5), English (1,234.5)
 * when the user works in English. The pane re-renders on a language switch, so every
 * number follows it.
 */
export function formatNumber(value: number, language: Language = currentLanguage()): string {
  return FORMATS[language].format(value);
}

/** A range of amounts as the pane shows it: "-1.500 til -900", "-1,500 to -900". */
export function formatNumberRange(
  range: { low: number; high: number },
  language: Language = currentLanguage(),
): string {
  return `${formatNumber(range.low, language)} ${RANGE_WORDS[language]} ${formatNumber(range.high, language)}`;
}
