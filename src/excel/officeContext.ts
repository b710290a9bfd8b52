import { REQUIRED_SETS, type RequirementSet } from "./requirements";

/**
 * How long the pane waits for `Office.onReady()` before it says that Excel is not answering.
 * Office.js resolves it only once the host has answered, and never when the host (or the
 * library's own files) does not: "If the Office JavaScript API library files are blocked …
 * `Office.onReady` will never resolve" (office-js-docs-pr, docs/develop/initialize-add-in.md).
 * Office.js's own call for the add-in's context (Excel on the web) gives up only after 65 s, and
 * even then `Office.onReady()` does not settle.
 * 15 s is well past a normal start, even on a slow network; the pane keeps waiting after it
 * and starts normally if Office answers late.
 */
export const OFFICE_START_TIME_LIMIT_MS = 15_000;

/** The Office theme family the task pane follows. */
export type ThemeKind = "light" | "dark" | "highContrast";

/** What the task pane needs to know about the Office it runs in. */
export type OfficeContext = {
  /** Office's display language, e.g. "da-DK"; null when nobody says. */
  displayLanguage: string | null;
  theme: ThemeKind;
  /** The Office application, or null in a plain browser (Office.js answers outside Office too). */
  host: string | null;
  /** The requirement sets BAR needs that this Office lacks (checked only in Excel). */
  unsupportedSets: RequirementSet[];
};

/** The part of `Office.context.requirements` the pane uses. */
export type RequirementChecker = Pick<Office.RequirementSetSupport, "isSetSupported">;

/** The part of Office's theme that tells light from dark. */
export type OfficeThemeColors = Partial<Pick<Office.OfficeTheme, "isDarkTheme" | "bodyBackgroundColor">>;

/** Thrown by {@link readOfficeContext} when Office.js is not on the page at all. */
export class OfficeJsMissingError extends Error {
  constructor() {
    super("Office.js did not load.");
    this.name = "OfficeJsMissingError";
  }
}

/**
 * Waits for Office.js, then reads the display language and theme, and in Excel which of
 * {@link REQUIRED_SETS} it lacks. Throws {@link OfficeJsMissingError} when Office.js did not
 * load at all (e.g. the CDN was blocked); the caller then starts with {@link readBrowserContext}.
 * It may never settle (see {@link OFFICE_START_TIME_LIMIT_MS}).
 */
export async function readOfficeContext(): Promise<OfficeContext> {
  if (typeof Office === "undefined") throw new OfficeJsMissingError();
  const info = await Office.onReady();
  // Outside Office, Office.context has neither a language nor a theme: ask the browser instead.
  const context: Partial<Office.Context> | undefined = Office.context;
  const host = info.host ? String(info.host) : null;
  return {
    displayLanguage: context?.displayLanguage || navigator.language || null,
    theme: toThemeKind(context?.officeTheme, prefersHighContrast(), prefersDark()),
    host,
    unsupportedSets: host === "Excel" ? findUnsupportedSets(context?.requirements) : [],
  };
}

/**
 * The sets of `sets` that Office says it does not support, asked with
 * `isSetSupported(name, version)` and the version as a string, as Microsoft advises
 * (office-js-docs-pr, docs/develop/specify-api-requirements-runtime.md). Without the
 * `requirements` object (an Office.js too old to have it) nothing can be confirmed: every
 * set counts as unsupported.
 */
export function findUnsupportedSets(
  requirements: RequirementChecker | undefined,
  sets: readonly RequirementSet[] = REQUIRED_SETS,
): RequirementSet[] {
  if (typeof requirements?.isSetSupported !== "function") return [...sets];
  return sets.filter((set) => !requirements.isSetSupported(set.name, set.version));
}

/** The context of a plain browser page, for when Office.js is missing. */
export function readBrowserContext(): OfficeContext {
  return {
    displayLanguage: navigator.language || null,
    theme: toThemeKind(undefined, prefersHighContrast(), prefersDark()),
    host: null,
    unsupportedSets: [],
  };
}

/**
 * Picks the theme family: Windows high contrast wins (Office's theme does not report it), then
 * Office's own dark flag or its background colour, then the browser's preference.
 */
export function toThemeKind(
  theme: OfficeThemeColors | undefined,
  highContrast: boolean,
  browserPrefersDark: boolean,
): ThemeKind {
  if (highContrast) return "highContrast";
  if (typeof theme?.isDarkTheme === "boolean") return theme.isDarkTheme ? "dark" : "light";
  const background = theme?.bodyBackgroundColor?.match(/^#?([0-9a-f]{6})$/i)?.[1];
  if (background) return luminance(background) < 0.5 ? "dark" : "light";
  return browserPrefersDark ? "dark" : "light";
}

function luminance(hex: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function prefersHighContrast(): boolean {
  return typeof matchMedia === "function" && matchMedia("(forced-colors: active)").matches;
}

function prefersDark(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
}
