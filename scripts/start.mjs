// `npm start`: serves a development build of BAR on https://localhost:3000 (rebuilt on save)
// and sideloads it into desktop Excel where office-addin-debugging can: Windows and macOS.
// Elsewhere it says so and how to try BAR instead, and keeps serving.
// `npm start -- --no-sideload` only serves.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { request } from "node:https";
import { createRequire } from "node:module";

const DEV_URL = "https://localhost:3000/";
const MANIFEST = "manifest.xml";
const canSideload = process.platform === "win32" || process.platform === "darwin";
const wantsSideload = !process.argv.includes("--no-sideload");

// Windows runs npx through a .cmd file, which Node spawns only through a shell.
const run = (args, options = {}) =>
  spawn("npx", args, { stdio: "inherit", shell: process.platform === "win32", ...options });

if (await answers(new URL("taskpane.html", DEV_URL))) {
  console.error(`[BAR] Something already serves ${DEV_URL} (another npm start?). Stop it first.`);
  process.exit(1);
}

console.log(`[BAR] Building and serving BAR on ${DEV_URL} …`);
// The webpack CLI runs directly, not through npx, so stopping it here stops the server itself.
const webpackCli = createRequire(import.meta.url).resolve("webpack-cli/bin/cli.js");
const devServer = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
  stdio: "inherit",
});
let sideloaded = false;
let stopping = null;
devServer.on("exit", async (code, signal) => {
  if (stopping) return stopping.then(() => process.exit(0));
  console.log(`[BAR] The dev server stopped (${signal ?? `exit code ${code}`}).`);
  process.exit(code ?? 1);
});

// Ctrl+C reaches the dev server too; on Windows and macOS the add-in is first unregistered
// from desktop Excel, as `office-addin-debugging stop` does.
process.on("SIGINT", () => {
  stopping ??= sideloaded
    ? new Promise((resolve) => run(["office-addin-debugging", "stop", MANIFEST]).on("exit", resolve))
    : Promise.resolve();
  stopping.then(() => devServer.kill("SIGINT"));
});

await waitUntilServing(new URL("taskpane.html", DEV_URL));
if (!wantsSideload) {
  console.log(`[BAR] Serving ${DEV_URL} without sideloading. Press Ctrl+C to stop.`);
} else if (canSideload) {
  sideload();
} else {
  explainNoSideloading();
}

function sideload() {
  console.log("[BAR] Sideloading manifest.xml into desktop Excel with office-addin-debugging …");
  sideloaded = true;
  const debugging = run([
    "office-addin-debugging",
    "start",
    MANIFEST,
    "desktop",
    "--no-debug",
    "--dev-server-port",
    new URL(DEV_URL).port,
  ]);
  debugging.on("exit", (code) => {
    if (code !== 0) {
      console.error(
        `[BAR] Sideloading failed (exit code ${code}). BAR is still served on ${DEV_URL}: ` +
          `in Excel choose Home → Add-ins → More Add-ins → Upload My Add-in and pick ${MANIFEST}.`,
      );
    }
  });
}

function explainNoSideloading() {
  const scripts = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).scripts ?? {};
  const preview = scripts.preview
    ? "Without Excel: in another terminal, `npm run preview` serves the production task pane beside\n" +
      "        an in-memory copy of the seed workbook, its formulas evaluated, on http://127.0.0.1:3001/."
    : "Without Excel: `npm run preview` (coming in a later version) will show the pane beside an in-memory workbook.";
  console.log(
    [
      "",
      `[BAR] BAR is served on ${DEV_URL}, but it has NOT been loaded into Excel:`,
      `      desktop sideloading is not supported on ${process.platform}: office-addin-debugging sideloads`,
      "      only into desktop Excel, which exists for Windows and macOS.",
      "      To try BAR:",
      "      • Excel on the web: open a workbook, choose Insert → Add-ins → Upload My Add-in",
      `        (or Home → Add-ins → More Add-ins → Upload My Add-in) and upload ${MANIFEST} from this`,
      `        folder. Your browser must trust the certificate of ${DEV_URL} (see the [BAR] line above).`,
      `      • ${preview}`,
      "      The server keeps running and rebuilds on save. Press Ctrl+C to stop.",
      "",
    ].join("\n"),
  );
}

// Polls until the dev server answers.
async function waitUntilServing(url) {
  while (!(await answers(url))) await new Promise((resolve) => setTimeout(resolve, 1000));
}

// Whether anything answers HTTPS at the URL; the certificate may not be trusted yet, so it is not checked.
function answers(url) {
  return new Promise((resolve) => {
    const probe = request(url, { rejectUnauthorized: false, method: "HEAD" }, (response) => {
      response.resume();
      resolve(true);
    });
    probe.on("error", () => resolve(false));
    probe.end();
  });
}
