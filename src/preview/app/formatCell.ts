import type { CellValue } from "../../engine/workbookProblem";
import type { PreviewLanguage } from "./previewOptions";

const BOOLEANS: Record<PreviewLanguage, [string, string]> = {
  "da-DK": ["SAND", "FALSK"],
  "en-US": ["TRUE", "FALSE"],
};

/** How a number format section shows a number: decimals, thousands grouping, percent. */
type NumberLayout = { decimals: number; grouping: boolean; percent: boolean; prefix: string; suffix: string };

/** The sections of a format ("pos;neg;zero;text"), ignoring ";" inside quotes. */
function sectionsOf(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (const character of format) {
    if (character === '"') quoted = !quoted;
    if (character === ";" && !quoted) {
      sections.push(current);
      current = "";
    } else current += character;
  }
  return [...sections, current];
}

/** One piece of a format section: a digit placeholder ("0", "#", "?", ".", ",") or literal text. */
type Token = { placeholder: boolean; text: string };

/** Splits a section into placeholders and literal text ("…" quoted, \x escaped, _x a space, *x dropped). */
function tokensOf(section: string): Token[] {
  const tokens: Token[] = [];
  for (let index = 0; index < section.length; index++) {
    const character = section[index];
    if (character === '"') {
      const end = section.indexOf('"', index + 1);
      const close = end === -1 ? section.length : end;
      tokens.push({ placeholder: false, text: section.slice(index + 1, close) });
      index = close;
    } else if (character === "\\") tokens.push({ placeholder: false, text: section[++index] ?? "" });
    else if (character === "_") {
      // "_x" leaves the width of x: a space is close enough here.
      index++;
      tokens.push({ placeholder: false, text: " " });
    } else if (character === "*") index++;
    else tokens.push({ placeholder: /[0#?.,]/.test(character), text: character });
  }
  return tokens;
}

/** The layout of one section, or null when it has no digit placeholders (General, text). */
function layoutOf(section: string): NumberLayout | null {
  const tokens = tokensOf(section);
  const first = tokens.findIndex((token) => token.placeholder && /[0#?]/.test(token.text));
  if (first === -1) return null;
  let last = first;
  tokens.forEach((token, index) => {
    if (token.placeholder) last = index;
  });
  const digits = tokens
    .slice(first, last + 1)
    .map((token) => (token.placeholder ? token.text : ""))
    .join("");
  const point = digits.indexOf(".");
  const literal = (part: Token[]) => part.map((token) => token.text).join("");
  return {
    decimals: point === -1 ? 0 : digits.slice(point + 1).replace(/[^0#?]/g, "").length,
    grouping: digits.includes(","),
    percent: tokens.some((token) => !token.placeholder && token.text === "%"),
    prefix: literal(tokens.slice(0, first)),
    suffix: literal(tokens.slice(last + 1)),
  };
}

/**
 * A cell as Excel shows it, in the preview's language: numbers by their number format
 * (`#,##0` gives Danish "-1.257"), General without grouping, text as it is, booleans and
 * errors in capitals. Covers the formats BAR writes, not Excel's whole format language.
 */
export function formatCell(value: CellValue, numberFormat: string, language: PreviewLanguage): string {
  if (typeof value === "boolean") return BOOLEANS[language][value ? 0 : 1];
  if (typeof value !== "number") return value;
  // The store's date-time format (TIME_FORMAT, "yyyy-mm-dd hh:mm:ss"): the serial is local time.
  if (numberFormat === "yyyy-mm-dd hh:mm:ss") {
    return new Date(Math.round((value - 25569) * 86400000)).toISOString().slice(0, 19).replace("T", " ");
  }
  const sections = sectionsOf(numberFormat);
  const index = value < 0 && sections.length > 1 ? 1 : value === 0 && sections.length > 2 ? 2 : 0;
  const layout = layoutOf(sections[index]);
  const locale = language === "da-DK" ? "da-DK" : "en-US";
  if (!layout || numberFormat === "@") {
    return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 10 }).format(value);
  }
  const shown = Math.abs(value) * (layout.percent ? 100 : 1);
  const digits = new Intl.NumberFormat(locale, {
    useGrouping: layout.grouping,
    minimumFractionDigits: layout.decimals,
    maximumFractionDigits: layout.decimals,
  }).format(shown);
  // A negative section of its own says how to show the sign ("-#,##0"); otherwise Excel puts "-" first.
  const sign = value < 0 && index === 0 ? "-" : "";
  return `${sign}${layout.prefix}${digits}${layout.suffix}`;
}
