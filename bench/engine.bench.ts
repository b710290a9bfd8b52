import { calculateCarryForward, sumLinesPerYear } from "../src/engine/carryForward";
import { carryForward } from "../src/functions/functions";
import { installCustomFunctionsStandIn } from "../src/preview/hyperformula/customFunctionsStandIn";
import { measure, report, reportGoal, type Timing } from "./measure";

const LINES = 100_000;
const YEARS = 10;

/** Deterministic pseudo-random effects (1.000 kr.), so every run measures the same numbers. */
function initiativeCells(): Float64Array {
  const cells = new Float64Array(LINES * YEARS);
  let seed = 42;
  for (let i = 0; i < cells.length; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    cells[i] = -Math.round((seed / 2147483648) * 2000);
  }
  return cells;
}

/** The floor every carry-forward must pay: reading each cell once. */
function plainSum(cells: Float64Array): number {
  let total = 0;
  for (let i = 0; i < cells.length; i++) total += cells[i];
  return total;
}

/** Runs the foundation benchmark; returns the baseline so other benchmarks can print ratios to it. */
export function runEngineBench(): Timing {
  installCustomFunctionsStandIn();
  const cells = initiativeCells();
  const targets = Array.from({ length: YEARS }, (_, year) => -1_000_000 * (year + 1));
  const baseline = measure(
    `plain loop summing ${LINES.toLocaleString("en")} × ${YEARS} Float64Array cells`,
    () => plainSum(cells),
  );
  const engine = measure(`engine carry-forward, ${LINES.toLocaleString("en")} lines × ${YEARS} years`, () => {
    const result = calculateCarryForward(targets, sumLinesPerYear(cells, YEARS), "release");
    return result.outstanding[YEARS - 1];
  });
  const grown = Array.from({ length: LINES }, (_, line) =>
    Array.from(cells.subarray(line * YEARS, (line + 1) * YEARS)),
  );
  // The custom-functions runtime receives a call's arguments as a message and parses them, so
  // each row is allocated at its length, one after the other. Rows grown by Array.from over a
  // typed array (the range of earlier runs, kept below for comparison) hold 23 slots for 10 cells, apart.
  const parsed = JSON.parse(JSON.stringify(grown)) as unknown[][];
  const wrapper = measure(
    "BAR.CARRYFORWARD as Excel calls it (2-D array in)",
    () => carryForward([targets], parsed, null, null)[0][0],
  );
  const wrapperGrown = measure(
    "  the same, rows grown by Array.from",
    () => carryForward([targets], grown, null, null)[0][0],
  );
  console.log("\nFoundation (issue 2): carry-forward against the floor of reading every cell once");
  report(baseline, baseline);
  report(engine, baseline, 2);
  report(wrapper, baseline);
  report(wrapperGrown, baseline);
  reportGoal("CARRYFORWARD as Excel calls it / plain sum", wrapper, baseline, 4);
  return baseline;
}
