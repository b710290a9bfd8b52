/** The Office theme family the task pane follows. */
export type ThemeKind = "light" | "dark" | "highContrast";

/** What the task pane needs to know about the Office it runs in. */
export type OfficeContext = {
  /** Office's display language, e.g. "da-DK"; null when nobody says. */
  displayLanguage: string | null;
  theme: ThemeKind;
  /** The Office application, or null in a plain browser (Office.js answers outside Office too). */
  host: string | null;
};

/** The part of Office's theme that tells light from dark. */
export type OfficeThemeColors = Partial<Pick<Office.OfficeTheme, "isDarkTheme" | "bodyBackgroundColor">>;

/**
 * Waits for Office.js, then reads the display language and theme. Throws when Office.js did not
 * load at all (e.g. the CDN was blocked); the caller then starts with {@link readBrowserContext}.
 */
export async function readOfficeContext(): Promise<OfficeContext> {
  if (typeof Office === "undefined") throw new Error("Office.js did not load.");
  const info = await Office.onReady();
  // Outside Office, Office.context has neither a language nor a theme: ask the browser instead.
  const context: Partial<Office.Context> | undefined = Office.context;
  return {
    displayLanguage: context?.displayLanguage || navigator.language || null,
    theme: toThemeKind(context?.officeTheme, prefersHighContrast(), prefersDark()),
    host: info.host ? String(info.host) : null,
  };
}

/** The context of a plain browser page, for when Office.js is missing. */
export function readBrowserContext(): OfficeContext {
  return {
    displayLanguage: navigator.language || null,
    theme: toThemeKind(undefined, prefersHighContrast(), prefersDark()),
    host: null,
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
