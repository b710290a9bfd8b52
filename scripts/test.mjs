// The whole test suite, as README and CI run it: type-check, lint, then every jest suite,
// ending with one "N passed, N failed" line. Fails when anything fails or no test ran.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";

const run = (command, args) =>
  spawnSync(command, args, { stdio: "inherit", shell: process.platform === "win32" }).status === 0;
const step = (title, command, args) => {
  console.log(`\n▶ ${title}`);
  if (!run(command, args)) {
    console.error(`✖ ${title} failed`);
    process.exit(1);
  }
};

step("Type-check (tsc --noEmit)", "npx", ["tsc", "--noEmit", "-p", "."]);
step("Lint (ESLint with the office-addins rules)", "npx", [
  "eslint",
  "--max-warnings",
  "0",
  "src",
  "test",
  "bench",
  "scripts",
]);

mkdirSync("test-artifacts", { recursive: true });
const suites = [
  {
    title: "Unit, spreadsheet and store tests (jest)",
    config: "jest.config.js",
    output: "test-artifacts/jest-unit.json",
  },
  {
    title: "Browser tests: the production pane in the preview, in headless Chromium",
    config: "jest.browser.config.js",
    output: "test-artifacts/jest-browser.json",
    // The browser suite needs Chromium and the production and preview bundles.
    prepare: () => {
      step("Chromium for the browser tests", "node", ["scripts/ensureChromium.mjs"]);
      step("Build the add-in and the preview (npm run build:preview)", "npm", [
        "run",
        "--silent",
        "build:preview",
      ]);
    },
  },
];
let passed = 0;
let failed = 0;
let allGreen = true;
for (const suite of suites) {
  suite.prepare?.();
  console.log(`\n▶ ${suite.title}`);
  allGreen =
    run("npx", ["jest", "--config", suite.config, "--ci", "--json", `--outputFile=${suite.output}`]) &&
    allGreen;
  try {
    const result = JSON.parse(readFileSync(suite.output, "utf8"));
    passed += result.numPassedTests;
    failed += result.numFailedTests + result.numRuntimeErrorTestSuites;
  } catch {
    console.error(`✖ ${suite.title} wrote no results`);
    allGreen = false;
  }
}
console.log(`\njest: ${passed} passed, ${failed} failed`);
if (!allGreen || failed > 0) process.exit(1);
if (passed === 0) {
  console.error("✖ no test ran");
  process.exit(1);
}
