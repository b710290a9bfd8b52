import type { Frame, Page } from "playwright-core";

/** The pane's own figures at one size, medians over the runs. */
export type PaneScale = { initiatives: number; overviewMs: number; keystrokeMs: number; heapMb: number };

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

/**
 * The pane's own time and memory (issue 12), apart from the preview building its workbook:
 * from the moment the workbook is ready (`barPreview.ready`) until the overview shows a
 * target; from a keystroke in the filter box until the list shows the new count; and the
 * JavaScript heap the pane adds once the list is open (after a garbage collection, less the
 * heap with the workbook built and the pane still waiting for it).
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
  };
}
