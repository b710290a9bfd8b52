/** The display language the preview gives Office (and so the pane). */
export type PreviewLanguage = "da-DK" | "en-US";

/** What the host page's query string chooses. */
export type PreviewOptions = {
  /** `?lang=`: Office's display language. @default "da-DK" */
  language: PreviewLanguage;
  /** `?theme=`: Office's theme. @default "light" */
  theme: "light" | "dark";
  /** `?workbook=`: the seed 002 example set up, or an empty workbook. @default "seed" */
  workbook: "seed" | "empty";
  /** `?initiatives=N`: generated initiatives added to the seed (for the 5,000-row benchmark). @default 0 */
  initiatives: number;
  /** `?user=`: the name the pane writes to the change log; null leaves the pane's own. @default null */
  user: string | null;
  /** `?paneWidth=N`: the task pane's width in pixels, clamped to Excel's 320–450 (e.g. for layout tests). @default 420 */
  paneWidth: number;
};

/** Excel's task pane is between these widths (in CSS pixels). */
export const PANE_WIDTHS = { min: 320, max: 450, default: 420 } as const;

/** More generated initiatives than this are refused; Excel on the web would refuse such a request too. */
export const MAX_GENERATED_INITIATIVES = 100_000;

/** Reads the host page's query string; anything unknown or malformed falls back to the default. */
export function readPreviewOptions(search: string): PreviewOptions {
  const query = new URLSearchParams(search);
  const count = Number(query.get("initiatives") ?? "0");
  const user = query.get("user")?.trim() ?? "";
  const width = Number(query.get("paneWidth") || PANE_WIDTHS.default);
  return {
    language: /^en\b/i.test(query.get("lang") ?? "") ? "en-US" : "da-DK",
    theme: query.get("theme")?.toLowerCase() === "dark" ? "dark" : "light",
    workbook: query.get("workbook")?.toLowerCase() === "empty" ? "empty" : "seed",
    initiatives: Number.isInteger(count) && count > 0 ? Math.min(count, MAX_GENERATED_INITIATIVES) : 0,
    user: user === "" ? null : user,
    paneWidth: Number.isFinite(width)
      ? Math.round(Math.min(PANE_WIDTHS.max, Math.max(PANE_WIDTHS.min, width)))
      : PANE_WIDTHS.default,
  };
}

/** The task pane's query string: what Office would tell it (language and theme). */
export function toPaneQuery(options: PreviewOptions): string {
  return `?${new URLSearchParams({ lang: options.language, theme: options.theme })}`;
}
