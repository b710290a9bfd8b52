import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Frame, FrameLocator, Locator, Page } from "playwright-core";
import type { ExcelFaults } from "../../src/preview/officeStandIn/createOfficeStandIn";
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

/** Links a measure to a range through the overview's "Hent tal fra budgetmodellen" (Danish pane). */
export async function linkMeasure(pane: FrameLocator, measure: string, address: string): Promise<void> {
  await pane.getByRole("textbox", { name: `${measure}: område` }).fill(address);
  await pane.getByRole("textbox", { name: `${measure}: område` }).press("Enter");
  await pane.getByText(`${measure} hentes nu fra budgetmodellen.`).waitFor();
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

/** The pane's frame inside the preview, for evaluating in it. */
export function paneFrame(page: Page): Frame {
  const frame = page.frame({ url: /\/addin\/taskpane\.html/ });
  if (!frame) throw new Error("The pane's frame is not in the preview page.");
  return frame;
}

type FaultMethod = Exclude<keyof ExcelFaults, "runs">;

/** Tells the pane's Excel (the Office stand-in) to fail or hang, e.g. `excelFaults(page, "failNext", 1)`. */
export function excelFaults<M extends FaultMethod>(
  page: Page,
  method: M,
  ...args: Parameters<ExcelFaults[M]>
): Promise<void> {
  return paneFrame(page).evaluate(
    ([name, values]) => {
      const faults = (
        window as unknown as { barOfficeStandIn: { faults: Record<string, (...a: unknown[]) => void> } }
      ).barOfficeStandIn.faults;
      faults[name](...values);
    },
    [method, args] as [string, unknown[]],
  );
}

/** How many times the pane has called Excel.run since it loaded. */
export function excelRuns(page: Page): Promise<number> {
  return paneFrame(page).evaluate(
    () =>
      (window as unknown as { barOfficeStandIn: { faults: { runs: number } } }).barOfficeStandIn.faults.runs,
  );
}

/** A co-author (another client on the same workbook) sets one cell (a year, or a column such as FocusArea) of one initiative, by name. */
export async function coAuthorSets(
  page: Page,
  name: string,
  year: string,
  value: number | string,
): Promise<void> {
  await page.evaluate(
    async ([initiative, column, amount]) => {
      type Client = { run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> };
      const preview = (window as unknown as { barPreview: { coAuthor(name: string): Client } }).barPreview;
      await preview.coAuthor("Bo").run(async (context) => {
        const table = context.workbook.tables.getItem("BAR_Initiatives");
        const header = table.getHeaderRowRange().load("values");
        const body = table.getDataBodyRange().load("values");
        await context.sync();
        const names = header.values[0] as string[];
        const row = body.values.findIndex((cells) => cells[names.indexOf("Name")] === initiative);
        body.getCell(row, names.indexOf(column)).values = [[amount]];
        await context.sync();
      });
    },
    [name, year, value] as const,
  );
}

/** Types values into cells of a sheet in the preview, as the user of the pane's Excel would (a Local change). */
export async function typeInto(
  page: Page,
  sheet: string,
  cells: Record<string, number | string>,
): Promise<void> {
  await page.evaluate(
    ([sheetName, entries]) => {
      const preview = (
        window as unknown as { barPreview: { typeInto(s: string, a1: string, v: unknown): void } }
      ).barPreview;
      for (const [a1, value] of entries) preview.typeInto(sheetName, a1, value);
    },
    [sheet, Object.entries(cells)] as const,
  );
}

/** The text of the descriptions (hint, validation message) that a field's control points to. */
export async function descriptionOf(locator: Locator): Promise<string> {
  return locator.evaluate((element) =>
    (element.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .map((id) => element.ownerDocument.getElementById(id)?.textContent ?? "")
      .join(" ")
      .trim(),
  );
}
