import type { Frame, Page } from "playwright-core";

/** The pane's own figures at one size, medians over the runs. */
export type PaneScale = {
  initiatives: number;
  overviewMs: number;
  keystrokeMs: number;
  heapMb: number;
  /** Click on "Gem" → "Gemt." painted with the saved row in the pane's data. */
  saveMs: number;
  /** The same less the in-memory workbook's time running the save's batches: the pane's own work. */
  savePaneMs: number;
  /** What the pane asked of Excel after the save's change events, the last run: syncs and answer bytes per Excel.run. */
  afterSave: { syncs: number; response: number; hostMs: number }[];
  /** The pane's first read of the workbook, for comparison. */
  fullRead: { syncs: number; response: number; hostMs: number };
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Runs in the pane's frame: from the keydown in the search box until the list's count has
 * changed and the browser has painted it, on the page's own clock, so the browser driver's
 * round trips (tens of ms on this machine) are not counted as the pane's time.
 */
export function keystrokeInPane(previous: string): Promise<number> {
  const statusText = () =>
    [...document.querySelectorAll('[role="status"]')].map((element) => element.textContent).join("|");
  return new Promise((resolve) => {
    let typedAt: number | null = null;
    const box = document.querySelector('input[type="search"], [role="searchbox"]');
    box?.addEventListener("keydown", (event) => (typedAt = event.timeStamp), { once: true, capture: true });
    const observer = new MutationObserver(() => {
      if (typedAt === null || statusText() === previous) return;
      observer.disconnect();
      // The next frame's callback runs after the changed list is laid out for painting.
      requestAnimationFrame(() => resolve(performance.now() - (typedAt as number)));
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/** Runs in the pane's frame: from the click on "Gem" until "Gemt." is shown and the next frame laid out. */
export function saveInPane(): Promise<number> {
  return new Promise((resolve) => {
    let clickedAt: number | null = null;
    const button = [...document.querySelectorAll("button")].find((element) => element.textContent === "Gem");
    button?.addEventListener("click", (event) => (clickedAt = event.timeStamp), {
      once: true,
      capture: true,
    });
    const observer = new MutationObserver(() => {
      if (clickedAt === null || !document.body.textContent?.includes("Gemt.")) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - (clickedAt as number)));
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/** Each Excel.run the pane made, from the preview's in-memory workbook: syncs, answer bytes, and its time in the workbook (Excel's, in a host). */
function paneRuns(page: Page): Promise<{ syncs: number; response: number; hostMs: number }[]> {
  return page.evaluate(() => {
    type Context = { syncCount: number; hostMs: number; batch: { payloads: { response: number }[] } };
    const preview = window as unknown as { barPreview: { paneClient(): { contexts: Context[] } } };
    return preview.barPreview.paneClient().contexts.map((context) => ({
      syncs: context.syncCount,
      response: context.batch.payloads.reduce((sum, payload) => sum + payload.response, 0),
      hostMs: context.hostMs,
    }));
  });
}

/**
 * Saves one edit in the pane's form and times it in the pane; then waits (real time: this
 * is a benchmark) for the save's change events and what the pane asks of Excel after them.
 */
async function measureSave(page: Page, run: number) {
  const pane = page.frameLocator('iframe[title="BAR"]');
  const frame = page.frame({ url: /taskpane\.html/ }) as Frame;
  await pane.getByRole("searchbox").fill("Kontraktgrundlag");
  await pane.getByRole("button", { name: "Rediger Kontraktgrundlag" }).click();
  await pane.getByRole("textbox", { name: "Ansvarlig" }).fill(`Bench ${run}`);
  // The form reads the initiative's history when it opens; the save is the run after it.
  await page.waitForTimeout(500);
  const before = (await paneRuns(page)).length;
  const measuring = frame.evaluate(saveInPane);
  await pane.getByRole("button", { name: "Gem" }).click();
  const saveMs = await measuring;
  // The watch's quiet time is 300 ms; a full read at 50,000 takes seconds.
  await page.waitForTimeout(5_000);
  const runs = await paneRuns(page);
  return {
    saveMs,
    paneMs: saveMs - runs[before].hostMs,
    afterSave: runs.slice(before + 1),
    fullRead: runs[0],
  };
}

/**
 * The pane's own time and memory (issue 12), apart from the preview building its workbook:
 * from the moment the workbook is ready (`barPreview.ready`) until the overview shows a
 * target; from a keystroke in the filter box until the list shows the new count; the
 * JavaScript heap the pane adds once the list is open (after a garbage collection, less the
 * heap with the workbook built and the pane still waiting for it); and one saved edit.
 */
export async function measurePaneScale(
  page: Page,
  url: string,
  initiatives: number,
  runs: number,
): Promise<PaneScale> {
  const overview: number[] = [];
  const keystroke: number[] = [];
  const heap: number[] = [];
  const saves: number[] = [];
  const savePane: number[] = [];
  let afterSave: PaneScale["afterSave"] = [];
  let fullRead: PaneScale["fullRead"] = { syncs: 0, response: 0, hostMs: 0 };
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const heapMb = async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    const { metrics } = await cdp.send("Performance.getMetrics");
    return (metrics.find((metric) => metric.name === "JSHeapUsedSize")?.value ?? 0) / 2 ** 20;
  };
  for (let run = 0; run < runs; run++) {
    await page.goto(`${url}/?initiatives=${initiatives}`);
    await page.waitForFunction(() => "barPreview" in window);
    // Epoch milliseconds (timeOrigin + now) compare across the page and the pane's frame.
    const readyAt = await page.evaluate(async () => {
      await (window as unknown as { barPreview: { ready: Promise<void> } }).barPreview.ready;
      return performance.timeOrigin + performance.now();
    });
    const frame = () => page.frame({ url: /taskpane\.html/ }) as Frame;
    while (!page.frame({ url: /taskpane\.html/ })) await page.waitForTimeout(5);
    const shownAt = await (
      await frame().waitForFunction(
        () => document.querySelector("h2") !== null && performance.timeOrigin + performance.now(),
        undefined,
        { polling: "raf", timeout: 120_000 },
      )
    ).jsonValue();
    overview.push(Number(shownAt) - readyAt);
    const pane = page.frameLocator('iframe[title="BAR"]');
    await pane.getByRole("tab", { name: "Initiativer" }).click();
    await pane.getByRole("searchbox").waitFor({ timeout: 120_000 });
    const statusText = () =>
      [...document.querySelectorAll('[role="status"]')].map((element) => element.textContent).join("|");
    const before = await frame().evaluate(statusText);
    const measuring = frame().evaluate(keystrokeInPane, before);
    await pane.getByRole("searchbox").press("7");
    keystroke.push(await measuring);
    heap.push(await heapMb());
    const saved = await measureSave(page, run);
    saves.push(saved.saveMs);
    savePane.push(saved.paneMs);
    ({ afterSave, fullRead } = saved);
  }
  // The heap with the workbook built but no pane: the same page with the pane's frame emptied.
  await page.goto(`${url}/?initiatives=${initiatives}`);
  await page.evaluate(async () => {
    await (window as unknown as { barPreview: { ready: Promise<void> } }).barPreview.ready;
    document.querySelector('iframe[title="BAR"]')?.remove();
  });
  const withoutPane = await heapMb();
  await cdp.detach();
  return {
    initiatives,
    overviewMs: median(overview),
    keystrokeMs: median(keystroke),
    heapMb: median(heap) - withoutPane,
    saveMs: median(saves),
    savePaneMs: median(savePane),
    afterSave,
    fullRead,
  };
}
