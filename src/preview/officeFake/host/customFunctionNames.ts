import { DANISH_FUNCTION_TEXTS } from "../../../i18n/da/functionTexts";
import type { HostProfile } from "./hostProfile";

/**
 * How Excel resolves BAR's custom functions in a formula written by an add-in. A custom
 * function is registered under the name for Excel's display language (the localized
 * functions metadata): `Range.formulas` takes formulas in English, so a Danish Excel does
 * not know `BAR.CARRYFORWARD` there and shows #NAME?; `Range.formulasLocal` takes the
 * display language's names (office-js #891, #6614; Excel.Range.formulasLocal). Without BAR
 * installed (a co-author who never added it) every BAR.* name is #NAME? (office-js #3740, #2610).
 */
export type FormulaInput = "values" | "formulas" | "formulasLocal";

const CALL = /\bBAR\.([\p{L}\p{N}_.]+)\s*\(/gu;

/** The English id of every BAR function, by the name Danish Excel knows it by. */
const ENGLISH_OF_DANISH = new Map(
  Object.entries(DANISH_FUNCTION_TEXTS).map(([id, text]) => [text.name.toUpperCase(), id.toUpperCase()]),
);
const ENGLISH_IDS = new Set(Object.keys(DANISH_FUNCTION_TEXTS).map((id) => id.toUpperCase()));

/** True when every BAR.* call in `formula`, written through `input`, resolves in this Excel. */
export function customFunctionsResolve(formula: string, input: FormulaInput, profile: HostProfile): boolean {
  const names = [...formula.matchAll(CALL)].map((match) => match[1].toUpperCase());
  if (names.length === 0) return true;
  if (!profile.barInstalled) return false;
  const danish = profile.displayLanguage === "da-DK";
  const known = input === "formulasLocal" && danish ? new Set(ENGLISH_OF_DANISH.keys()) : ENGLISH_IDS;
  if (input !== "formulasLocal" && danish) return false;
  return names.every((name) => known.has(name));
}

/**
 * A formula given in the display language, in English for the evaluator: Danish BAR names
 * and the `;` separator. Excel's own function names are not translated by the fake (BAR
 * writes none through formulasLocal); a formula that uses them stays as given.
 */
export function toEnglishFormula(formula: string, profile: HostProfile): string {
  if (profile.displayLanguage !== "da-DK") return formula;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            .replace(CALL, (match, name: string) => {
              const english = ENGLISH_OF_DANISH.get(name.toUpperCase());
              return english ? `BAR.${english}(` : match;
            })
            .replace(/,/g, ".")
            .replace(/;/g, ","),
    )
    .join("");
}
