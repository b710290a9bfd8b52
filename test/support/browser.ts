import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

/** Debian's Chromium; `scripts/ensureChromium.mjs` installs it before the browser suite runs. */
const CHROMIUM = process.env.BAR_CHROMIUM ?? "/usr/bin/chromium";

/** Without these, Chromium keeps trying to reach Google's hosts, which this network refuses. */
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A headless Chromium whose requests may only reach `allowedOrigin`; everything else is aborted. */
export type Browser = {
  context: BrowserContext;
  page: Page;
  blockedRequests: string[];
  close(): Promise<void>;
};

/**
 * Starts Chromium with a fresh profile (and HOME, which Chromium writes into) and aborts
 * every request that does not go to `allowedOrigin`, recording it so tests can assert none
 * was needed.
 */
export async function launchBrowser(allowedOrigin: string, locale = "da-DK"): Promise<Browser> {
  const home = mkdtempSync(path.join(tmpdir(), "bar-chromium-"));
  const context = await chromium.launchPersistentContext(path.join(home, "profile"), {
    executablePath: CHROMIUM,
    args: FLAGS,
    headless: true,
    locale,
    viewport: { width: 1280, height: 800 },
    env: { ...process.env, HOME: home },
  });
  const blockedRequests: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(allowedOrigin) || url.startsWith("data:")) return route.continue();
    blockedRequests.push(url);
    return route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    blockedRequests,
    async close() {
      await context.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
