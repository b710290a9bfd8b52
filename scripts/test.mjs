// The whole test suite, as README and CI run it: type-check, lint, then every jest suite, each
// counted (passed, failed, skipped) and each in a random order (the seed is printed), ending with
// one "jest: N passed, N failed, N skipped" line. It fails when anything fails, when a suite ran
// no test, and when any test was skipped or left as a todo: it cannot pass by skipping.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";

const ARTIFACTS = "test-artifacts";

const run = (command, args) =>
  spawnSync(command, args, { stdio: "inherit", shell: process.platform === "win32" }).status === 0;
const step = (title, command, args) => {
  console.log(`\n▶ ${title}`);
  if (!run(command, args)) {
    console.error(`✖ ${title} failed`);
    process.exit(1);
  }
};

// A run's artifacts (results, screenshots) are its own: nothing left from an earlier run.
rmSync(ARTIFACTS, { recursive: true, force: true });
mkdirSync(ARTIFACTS, { recursive: true });

step("Type-check (tsc --noEmit)", "npx", ["tsc", "--noEmit", "-p", "."]);
step("Lint (ESLint with the office-addins and jest rules)", "npx", [
  "eslint",
  "--max-warnings",
  "0",
  "src",
  "test",
  "bench",
  "scripts",
]);

// No test may depend on another's order: jest shuffles the tests of each file. BAR_TEST_SEED repeats an order.
const seed = Number.parseInt(process.env.BAR_TEST_SEED ?? "", 10);
const order = Number.isInteger(seed) ? seed : Math.floor(Math.random() * 2 ** 31);

const suites = [
  {
    title: "Unit, spreadsheet and store tests (jest)",
    config: "jest.config.js",
    output: `${ARTIFACTS}/jest-unit.json`,
  },
  {
    title:
      "Browser tests: the production pane in the preview and under Microsoft's Office.js, in headless Chromium",
    config: "jest.browser.config.js",
    output: `${ARTIFACTS}/jest-browser.json`,
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

/** The counts of one suite's jest JSON results, and the names of the tests that did not run. */
function countsOf(result) {
  const notRun = result.testResults.flatMap((file) =>
    file.assertionResults
      .filter((test) => test.status === "pending" || test.status === "todo" || test.status === "skipped")
      .map((test) => `${test.status}: ${test.fullName} (${file.name})`),
  );
  return {
    passed: result.numPassedTests,
    failed: result.numFailedTests + result.numRuntimeErrorTestSuites,
    skipped: result.numPendingTests + result.numTodoTests,
    total: result.numTotalTests,
    files: result.numTotalTestSuites,
    notRun,
  };
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];
const lines = [];
for (const suite of suites) {
  suite.prepare?.();
  console.log(`\n▶ ${suite.title} (order: --seed=${order})`);
  const green = run("npx", [
    "jest",
    "--config",
    suite.config,
    "--ci",
    "--randomize",
    `--seed=${order}`,
    "--json",
    `--outputFile=${suite.output}`,
  ]);
  let counts;
  try {
    counts = countsOf(JSON.parse(readFileSync(suite.output, "utf8")));
  } catch {
    problems.push(`${suite.title} wrote no results`);
    continue;
  }
  for (const key of Object.keys(totals)) totals[key] += counts[key];
  lines.push(
    `  ${suite.config}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped` +
      ` (${counts.total} tests in ${counts.files} files)`,
  );
  if (!green || counts.failed > 0) problems.push(`${suite.title}: failed`);
  if (counts.total === 0) problems.push(`${suite.title}: ran no test`);
  if (counts.skipped > 0)
    problems.push(
      `${suite.title}: skipped or todo tests do not count as passing\n    ${counts.notRun.join("\n    ")}`,
    );
}

console.log("\n▶ Counts per suite");
for (const line of lines) console.log(line);
for (const problem of problems) console.error(`✖ ${problem}`);
if (problems.length > 0) console.error(`✖ to repeat this order: BAR_TEST_SEED=${order} npm test`);
console.log(`\njest: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
if (problems.length > 0) process.exit(1);
