import { HyperFormula, type RawCellContent } from "hyperformula";
import daDK from "hyperformula/i18n/languages/daDK";
import {
  registerBarFunctions,
  setEmptyCellStyle,
  type EmptyCellStyle,
} from "../../src/preview/hyperformula/barFunctionPlugin";
import { BAR_FUNCTIONS, BAR_FUNCTION_TRANSLATIONS } from "../../src/preview/hyperformula/barFunctions";
import { setCurrentLanguage } from "../../src/i18n/language";

let registered = false;

/** Registers the BAR functions and HyperFormula's Danish language once per test file. */
function registerOnce(): void {
  if (registered) return;
  // Danish must be registered before the plugin, or the plugin's Danish names are not picked up.
  if (!HyperFormula.getRegisteredLanguagesCodes().includes("daDK"))
    HyperFormula.registerLanguage("daDK", daDK);
  registerBarFunctions(BAR_FUNCTIONS, BAR_FUNCTION_TRANSLATIONS);
  registered = true;
}

/** Options for a test sheet: Danish function names with `;` and `,` as Excel in Danish uses them. */
export type SheetOptions = { language?: "enGB" | "daDK"; emptyCells?: EmptyCellStyle };

/**
 * A HyperFormula workbook with one sheet ("Ark1") holding `rows`, the BAR functions
 * registered, and BAR's messages in the sheet's language (as Office's display language would set them).
 */
export function buildSheet(rows: RawCellContent[][], options: SheetOptions = {}): HyperFormula {
  registerOnce();
  const danish = options.language === "daDK";
  setCurrentLanguage(danish ? "da" : "en");
  setEmptyCellStyle(options.emptyCells ?? "web");
  return HyperFormula.buildFromSheets(
    { Ark1: rows },
    {
      licenseKey: "gpl-v3",
      language: options.language ?? "enGB",
      functionArgSeparator: danish ? ";" : ",",
      decimalSeparator: danish ? "," : ".",
      thousandSeparator: danish ? "." : "",
    },
  );
}

/** The value of one cell by A1 address, e.g. `valueAt(hf, "B10")`. */
export function valueAt(hf: HyperFormula, a1: string): unknown {
  const address = hf.simpleCellAddressFromString(a1, 0);
  if (!address) throw new Error(`Not an address: ${a1}`);
  return hf.getCellValue(address);
}

/** The values of a rectangle, e.g. `valuesAt(hf, "B10:E10")`. */
export function valuesAt(hf: HyperFormula, a1Range: string): unknown[][] {
  const range = hf.simpleCellRangeFromString(a1Range, 0);
  if (!range) throw new Error(`Not a range: ${a1Range}`);
  return hf.getRangeValues(range);
}
