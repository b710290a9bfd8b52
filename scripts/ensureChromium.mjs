// The browser tests drive Debian's Chromium; Playwright's own browser downloads cannot
// work here. Installs it when missing and running as root, or fails with one line saying how.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

export const CHROMIUM = process.env.BAR_CHROMIUM ?? "/usr/bin/chromium";

if (!existsSync(CHROMIUM)) {
  if (process.getuid?.() === 0 && process.platform === "linux") {
    console.log(
      `Chromium is missing at ${CHROMIUM}; installing Debian's package (apt-get install chromium)…`,
    );
    execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", {
      stdio: "inherit",
    });
  }
  if (!existsSync(CHROMIUM)) {
    console.error(
      `✖ The browser tests need Chromium at ${CHROMIUM}: run 'sudo apt-get install -y chromium' (or set BAR_CHROMIUM to a Chromium binary).`,
    );
    process.exit(1);
  }
}
