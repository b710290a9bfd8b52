import { mkdirSync } from "node:fs";
import path from "node:path";
import type { FrameLocator, Page } from "playwright-core";
import { startPreviewServer } from "../../scripts/previewServer";
import { launchBrowser, type Browser } from "./browser";

/** Screenshots of the main views land here, as test artifacts. */
export const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts");

/** The preview server and one Chromium for a test file; `open` loads a fresh preview page. */
export type PreviewSession = {
  url: string;
  browser: Browser;
  page: Page;
  /** The task pane inside the preview (the production bundle in its iframe). */
  pane: FrameLocator;
  /** Loads the preview afresh (a new in-memory workbook) with the given query, and waits until it is ready. */
  open(query?: string): Promise<void>;
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
};

/** Starts the preview server on a free port and a headless Chromium that may reach nothing else. */
export async function startPreviewSession(locale = "da-DK"): Promise<PreviewSession> {
  const server = await startPreviewServer({ port: 0 });
  const browser = await launchBrowser(server.url, locale);
  mkdirSync(ARTIFACTS, { recursive: true });
  const page = browser.page;
  return {
    url: server.url,
    browser,
    page,
    pane: page.frameLocator('iframe[title="BAR"]'),
    async open(query = "") {
      await page.goto(`${server.url}/${query}`);
      await page.waitForFunction(() => "barPreview" in window);
      await page.evaluate(
        () => (window as unknown as { barPreview: { ready: Promise<void> } }).barPreview.ready,
      );
    },
    async screenshot(name) {
      await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** The cell texts of the overview table row whose first cell is `label`. */
export async function rowTexts(pane: FrameLocator, label: string): Promise<string[]> {
  const row = pane.locator("tr", { has: pane.locator("td", { hasText: new RegExp(`^${label}$`) }) }).first();
  return (await row.locator("td").allInnerTexts()).slice(1);
}

/** Evaluated values of a range in the preview's workbook, as Excel would show them. */
export function workbookValues(page: Page, sheet: string, range: string): Promise<unknown[][]> {
  return page.evaluate(
    ([sheetName, a1]) =>
      (window as unknown as { barPreview: { values(s: string, r: string): unknown[][] } }).barPreview.values(
        sheetName,
        a1,
      ),
    [sheet, range] as const,
  );
}
