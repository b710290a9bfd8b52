import { execSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const DIST = path.resolve(__dirname, "../dist");
const GOAL_KB = 150;

const gzipKb = (file: string) => gzipSync(readFileSync(path.join(DIST, file)), { level: 9 }).length / 1024;

/**
 * The task pane's first download: the scripts taskpane.html loads before anything renders
 * (the shared runtime's functions.js and the pane's taskpane.js), gzip-compressed as a web
 * server sends them. Chunks loaded later (list, editor, dark themes) are listed apart.
 */
export function runBundleBench(): void {
  // Always a fresh production build: a stale dist/ would measure yesterday's code.
  execSync("npm run --silent build", { stdio: ["ignore", "ignore", "inherit"] });
  const html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  // The production HTML is minified: attribute quotes are optional.
  const initial = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+\.js)/g)]
    .map((match) => match[1])
    .filter((src) => !src.startsWith("http"));
  const later = readdirSync(DIST).filter((file) => file.endsWith(".js") && !initial.includes(file));
  const initialKb = initial.reduce((sum, file) => sum + gzipKb(file), 0);
  console.log("\nThe task pane bundle (issue 3): gzip -9 of the production build in dist/");
  for (const file of initial) console.log(`  ${file.padEnd(56)} ${gzipKb(file).toFixed(1).padStart(9)} KB`);
  const verdict = initialKb <= GOAL_KB ? "met" : "NOT met";
  console.log(
    `${"initial task pane JS".padEnd(58)} ${initialKb.toFixed(1).padStart(9)} KB  (goal ≤ ${GOAL_KB} KB: ${verdict})`,
  );
  const laterKb = later.reduce((sum, file) => sum + gzipKb(file), 0);
  console.log(
    `${`loaded on demand (${later.length} chunks)`.padEnd(58)} ${laterKb.toFixed(1).padStart(9)} KB`,
  );
}
