/**
 * What the in-memory workbook claims about each Excel host. Every behaviour here cites the
 * Microsoft page or issue it follows; where the docs leave a behaviour open, the profile
 * takes the unkind reading (strict), so the store is proven against the worst case.
 */

/** The Excel hosts BAR runs in. */
export type HostKind = "web" | "windows" | "mac";

/** Every host, for suites that run under each. */
export const HOST_KINDS: readonly HostKind[] = ["web", "windows", "mac"];

/** Excel's display language; custom functions are registered under that language's names. */
export type DisplayLanguage = "en-US" | "da-DK";

/** A host's behaviours, each switchable so a test can show what the store relies on. */
export type HostProfile = {
  kind: HostKind;
  displayLanguage: DisplayLanguage;
  /**
   * Excel expands a table over values set directly below it (docs/excel/co-authoring-in-excel-add-ins.md,
   * "Use Range.values to add rows"; docs/excel/performance.md, "Importing data into tables").
   */
  autoExpandTables: boolean;
  /**
   * A formula written into a cell of an empty table column fills the column (a calculated
   * column), on the desktop with AutoCorrect's default (office-js #2093 "by design", #5909, #6745).
   */
  calculatedColumns: boolean;
  /** Bytes per request and per response; Excel on the web only (docs/concepts/resource-limits-and-performance-optimization.md). */
  payloadLimitBytes: number | null;
  /** Cells one range read may return (same page: "A range is limited to 5,000,000 cells for read operations"). */
  readCellLimit: number;
  /** The requirement sets the host offers; a member above them fails with ApiNotFound. */
  apiVersions: { ExcelApi: string; CustomFunctionsRuntime: string };
  /**
   * Microsoft documents the null object itself (`isNullObject`), not what its children do
   * (docs/develop/application-specific-api-model.md, "*OrNullObject methods and properties").
   * Strict: a call on a child before `isNullObject` is known fails the batch.
   */
  strictNullObjects: boolean;
  /**
   * Whether a text number format ("@") keeps a string set through `Range.values` that starts
   * with "=" as text. The docs say only that such a value is a formula (Excel.Range.values);
   * strict: it becomes a formula whatever the format. Text stays text only by its apostrophe.
   */
  textFormatKeepsFormulaText: boolean;
  /**
   * `DataValidation.type` of a range where only some cells have a rule. Documented as
   * "MixedCriteria" (Excel.DataValidationType); Microsoft's sample said "There is a known issue
   * where `inconsistent` is returned instead of `mixedCriteria`" (office-js-snippets
   * samples/excel/22-data-validation/data-validation-types.yaml, #1093; the note went in #1100 as
   * fixed, but older builds stay in use). Strict: "Inconsistent".
   */
  partialValidationType: "MixedCriteria" | "Inconsistent";
  /** Whether BAR is installed here; without it every BAR.* function is #NAME? (office-js #3740, #2610). */
  barInstalled: boolean;
};

/** The documented behaviours, strict where the docs are silent; `host` picks the platform. */
export function hostProfile(host: HostKind = "web", overrides: Partial<HostProfile> = {}): HostProfile {
  // A kind among the overrides picks that host's defaults, not only its name.
  const kind = overrides.kind ?? host;
  const desktop = kind !== "web";
  return {
    displayLanguage: "en-US",
    autoExpandTables: true,
    calculatedColumns: desktop,
    payloadLimitBytes: desktop ? null : 5 * 1024 * 1024,
    readCellLimit: 5_000_000,
    apiVersions: { ExcelApi: "1.20", CustomFunctionsRuntime: "1.4" },
    strictNullObjects: true,
    textFormatKeepsFormulaText: false,
    partialValidationType: "Inconsistent",
    barInstalled: true,
    ...overrides,
    kind,
  };
}

/** True when `offered` (e.g. "1.12") is at least `needed` ("1.13"), compared as version numbers. */
export function versionAtLeast(offered: string, needed: string): boolean {
  const a = offered.split(".").map(Number);
  const b = needed.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff > 0;
  }
  return true;
}
