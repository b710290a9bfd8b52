import { execSync } from "node:child_process";
import type { Frame } from "playwright-core";
import { startPreviewServer } from "../scripts/previewServer";
import { launchBrowser } from "../test/support/browser";
import { keystrokeInPane, measurePaneScale, type PaneScale } from "./paneScale.bench";

const INITIATIVES = 5000;
const RUNS = 9;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * The production pane in the preview, in headless Chromium, with the seed plus 5,000
 * initiatives: from navigation until the initiatives list answers, and from a keystroke in
 * the filter box until the list shows the new count.
 */
export async function runPreviewBench(): Promise<void> {
  execSync("node scripts/ensureChromium.mjs", { stdio: "inherit" });
  execSync("npm run --silent build:preview", { stdio: ["ignore", "ignore", "inherit"] });
  const server = await startPreviewServer({ port: 0 });
  const browser = await launchBrowser(server.url);
  const { page } = browser;
  const toList: number[] = [];
  const toFiltered: number[] = [];
  const inPane: number[] = [];
  const scales: PaneScale[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const start = Date.now();
      await page.goto(`${server.url}/?initiatives=${INITIATIVES}`);
      const pane = page.frameLocator('iframe[title="BAR"]');
      await pane.getByRole("tab", { name: "Initiativer" }).click();
      await pane
        .getByRole("button", { name: /^Rediger / })
        .first()
        .waitFor();
      toList.push(Date.now() - start);

      const frame = page.frame({ url: /taskpane\.html/ }) as Frame;
      const statusText = () =>
        [...document.querySelectorAll('[role="status"]')].map((element) => element.textContent).join("|");
      const count = () => frame.evaluate(statusText);
      const before = await count();
      const typed = Date.now();
      const measuring = frame.evaluate(keystrokeInPane, before);
      await pane.getByRole("searchbox").press("7");
      inPane.push(await measuring);
      toFiltered.push(Date.now() - typed);
    }
    scales.push(await measurePaneScale(page, server.url, 5_000, 5));
    scales.push(await measurePaneScale(page, server.url, 50_000, 3));
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(
    `\nThe pane in the preview (issue 3): headless Chromium, seed + ${INITIATIVES.toLocaleString("en")} initiatives, ${RUNS} runs`,
  );
  const line = (name: string, value: number, goal: number) =>
    console.log(
      `${name.padEnd(58)} ${value.toFixed(0).padStart(9)} ms  (goal ≤ ${goal} ms: ${value <= goal ? "met" : "NOT met"})`,
    );
  line("navigation → interactive initiatives list (median)", median(toList), 500);
  line("keystroke in the filter box → updated list (median)", median(toFiltered), 100);
  line("  of which in the pane: keydown → list painted (median)", median(inPane), 100);
  console.log("\nThe pane's own time and memory (issue 12), apart from the preview's workbook generation");
  const goals: Record<number, { overview: number; keystroke: number; heap?: number }> = {
    5000: { overview: 300, keystroke: 50 },
    50000: { overview: 1000, keystroke: 100, heap: 100 },
  };
  for (const scale of scales) {
    const goal = goals[scale.initiatives];
    const size = scale.initiatives.toLocaleString("en");
    line(`workbook ready → overview usable, ${size} initiatives`, scale.overviewMs, goal.overview);
    line(`keystroke → filtered list painted (in the pane), ${size}`, scale.keystrokeMs, goal.keystroke);
    const heapGoal =
      goal.heap === undefined
        ? "no goal"
        : `goal ≤ ${goal.heap} MB: ${scale.heapMb <= goal.heap ? "met" : "NOT met"}`;
    console.log(
      `${`heap the pane adds, ${size} initiatives`.padEnd(58)} ${scale.heapMb.toFixed(0).padStart(9)} MB  (${heapGoal})`,
    );
    line(`save one edit: the pane's own work, ${size}`, scale.savePaneMs, 150);
    console.log(
      `${"  click → saved and shown, the workbook's work included".padEnd(58)} ${scale.saveMs.toFixed(0).padStart(9)} ms`,
    );
    const after = scale.afterSave.map((run) => `${run.syncs} sync, ${(run.response / 1024).toFixed(1)} KB`);
    console.log(
      `${"  then, on its change events: Excel.run".padEnd(58)} ${String(after.length).padStart(9)}     (${after.join("; ") || "none"}; a full read: ${scale.fullRead.syncs} syncs, ${(scale.fullRead.response / 1024).toFixed(0)} KB)`,
    );
  }
}
