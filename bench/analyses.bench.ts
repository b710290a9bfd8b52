import { calculateBenchmarkPotential } from "../src/engine/benchmarkPotential";
import { calculateHeadroomFromBlock } from "../src/engine/headroom";
import { calculateLiquidityAverages, checkLiquidity, toLiquidityLedger } from "../src/engine/liquidity";
import { calculatePriceVolume } from "../src/engine/priceVolume";
import { calculateYearEndForecast } from "../src/engine/yearEndForecast";
import {
  benchmarkPotential,
  headroom,
  liquidityAverage,
  liquidityCheck,
  priceVolume,
  yearEndForecast,
} from "../src/functions/functions";
import { measure, report, reportGoal, type Timing } from "./measure";

const ROWS = 100_000;
const ROWS_TEXT = ROWS.toLocaleString("en");
const BUDGET_YEARS = 4;
const PEERS = 9;
const FIRST_DAY = 45292; // 2024-01-01
// Excel passes an omitted optional argument as null, whatever its declared type.
const OMITTED = null as unknown as unknown[][];
// A seasonal profile: little in January, much in December; sums to 1.
const PROFILE = [0.05, 0.07, 0.08, 0.08, 0.09, 0.08, 0.06, 0.08, 0.09, 0.09, 0.09, 0.14];

/** Deterministic pseudo-random numbers in [0, 1), so every run measures the same inputs. */
function randomNumbers(count: number, seed = 42): Float64Array {
  const numbers = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    numbers[i] = seed / 2147483648;
  }
  return numbers;
}

/** 100,000 account lines × 4 budget years in the budget's sign convention, row by row. */
function budgetBlock(): Float64Array {
  const random = randomNumbers(ROWS * BUDGET_YEARS, 1);
  return random.map((r) => Math.round((r - 0.55) * 20_000));
}

/** 100,000 dated balances, each on its own day, 1 to 3 days apart (as business days fall); mio. kr. */
function ledger(): { dates: number[]; balances: number[] } {
  const random = randomNumbers(ROWS * 2, 2);
  const dates = new Array<number>(ROWS);
  const balances = new Array<number>(ROWS);
  let day = FIRST_DAY;
  for (let row = 0; row < ROWS; row++) {
    day += 1 + Math.floor(random[2 * row] * 3);
    dates[row] = day;
    balances[row] = Math.round((random[2 * row + 1] * 400 - 50) * 100) / 100;
  }
  return { dates, balances };
}

/** Runs the analyses benchmark (issue 4), printing each line as a ratio to the foundation's `baseline`. */
export function runAnalysesBench(baseline: Timing): void {
  const block = budgetBlock();
  const blockRange = Array.from({ length: ROWS }, (_, line) =>
    Array.from(block.subarray(line * BUDGET_YEARS, (line + 1) * BUDGET_YEARS)),
  );

  const { dates, balances } = ledger();
  const datesColumn = dates.map((date) => [date]);
  const balancesColumn = balances.map((balance) => [balance]);

  // Two periods per row: expenditure (mio. kr.) and citizens helped, as in seed 003.
  const random = randomNumbers(ROWS * 4, 3);
  const expenditureRows = Array.from({ length: ROWS }, (_, row) => [
    100 + Math.round(random[4 * row] * 400),
    100 + Math.round(random[4 * row + 1] * 400),
  ]);
  const citizenRows = Array.from({ length: ROWS }, (_, row) => [
    500 + Math.round(random[4 * row + 2] * 1000),
    500 + Math.round(random[4 * row + 3] * 1000),
  ]);

  const spent = Array.from(randomNumbers(ROWS, 4), (r) => Math.round(r * 1_000_000) / 100);
  const budget = spent.map((amount, row) => Math.round(amount * (1.6 + (row % 7) / 20)));
  const spentColumn = spent.map((amount) => [amount]);
  const budgetColumn = budget.map((amount) => [amount]);

  // A key figure per row: the own unit cost, 9 comparable municipalities' costs, the own volume.
  const costs = randomNumbers(ROWS * (PEERS + 2), 5);
  const own = Array.from(
    { length: ROWS },
    (_, row) => 50_000 + Math.round(costs[row * (PEERS + 2)] * 20_000),
  );
  const peers = Array.from({ length: ROWS }, (_, row) =>
    Array.from(
      costs.subarray(row * (PEERS + 2) + 1, row * (PEERS + 2) + 1 + PEERS),
      (r) => 50_000 + Math.round(r * 20_000),
    ),
  );
  const volumes = Array.from(
    { length: ROWS },
    (_, row) => 100 + Math.round(costs[row * (PEERS + 2) + 10] * 2000),
  );
  const peerRows = peers.map((row) => [row]);
  // A column of formulas against one range of peers: Excel hands each call its own copy.
  const samePeers = peerRows.map(() => [[...peers[0]]]);

  const lines: Timing[] = [
    measure(`HEADROOM, block of ${ROWS_TEXT} account lines × ${BUDGET_YEARS} years`, () => {
      return calculateHeadroomFromBlock(block, BUDGET_YEARS)[0];
    }),
    measure(
      "  BAR.HEADROOM as Excel calls it (2-D array in)",
      () => headroom(blockRange, OMITTED, OMITTED, OMITTED)[0][0],
      11,
      3,
    ),
    measure(`LIQUIDITYAVERAGE, ${ROWS_TEXT} dated balances, avg per date`, () => {
      const averages = calculateLiquidityAverages(toLiquidityLedger(dates, balances), dates);
      return averages[ROWS - 1] as number;
    }),
    measure(
      "  BAR.LIQUIDITYAVERAGE as Excel calls it (columns in)",
      () => liquidityAverage(datesColumn, balancesColumn, datesColumn)[ROWS - 1][0] as number,
      11,
      3,
    ),
    measure(`LIQUIDITYCHECK, ${ROWS_TEXT} dated balances, status per date`, () => {
      return checkLiquidity(toLiquidityLedger(dates, balances), 100).length;
    }),
    measure(
      "  BAR.LIQUIDITYCHECK as Excel calls it (columns in)",
      () => liquidityCheck(datesColumn, balancesColumn, 100).length,
      11,
      3,
    ),
    measure(`PRICEVOLUME, ${ROWS_TEXT} rows × 2 periods, a call per row`, () => {
      let total = 0;
      for (let row = 0; row < ROWS; row++) {
        total += calculatePriceVolume(expenditureRows[row], citizenRows[row]).volume[0];
      }
      return total;
    }),
    measure(
      "  BAR.PRICEVOLUME as Excel calls it, a formula per row",
      () => {
        let total = 0;
        for (let row = 0; row < ROWS; row++) {
          total += priceVolume([expenditureRows[row]], [citizenRows[row]], null)[0][0];
        }
        return total;
      },
      11,
      3,
    ),
    measure(`YEARENDFORECAST, ${ROWS_TEXT} accounts, budget, 12-month profile`, () => {
      return calculateYearEndForecast(spent, 7, budget, PROFILE).forecast[ROWS - 1] as number;
    }),
    measure(
      "  BAR.YEARENDFORECAST as Excel calls it (columns in)",
      () => yearEndForecast(spentColumn, 7, budgetColumn, [PROFILE], null)[ROWS - 1][0] as number,
      11,
      3,
    ),
    measure(`BENCHMARKPOTENTIAL, ${ROWS_TEXT} rows × ${PEERS} peers, a call per row`, () => {
      let total = 0;
      for (let row = 0; row < ROWS; row++)
        total += calculateBenchmarkPotential(own[row], peers[row], volumes[row]);
      return total;
    }),
    measure(
      "  BAR.BENCHMARKPOTENTIAL as Excel calls it, per row",
      () => {
        let total = 0;
        for (let row = 0; row < ROWS; row++) {
          total += benchmarkPotential(own[row], peerRows[row], volumes[row], null)[0][0];
        }
        return total;
      },
      11,
      3,
    ),
    measure(
      "  the same, every row against one range of peers",
      () => {
        let total = 0;
        for (let row = 0; row < ROWS; row++) {
          total += benchmarkPotential(own[row], samePeers[row], volumes[row], null)[0][0];
        }
        return total;
      },
      11,
      3,
    ),
  ];
  console.log(
    `\nAnalyses (issue 4): the engine over ${ROWS_TEXT} rows, then (indented) the BAR function as Excel` +
      " calls it; ratios to the foundation's plain loop above",
  );
  for (const timing of lines) report(timing, baseline);
  const byName = (start: string) => lines.find(({ name }) => name.trimStart().startsWith(start)) as Timing;
  console.log("\nThe BAR functions called once per row (issue 12): the function against its engine call");
  const [priceVolumeEngine, benchmarkEngine] = [byName("PRICEVOLUME"), byName("BENCHMARKPOTENTIAL")];
  reportGoal("PRICEVOLUME per row, BAR function / engine", byName("BAR.PRICEVOLUME"), priceVolumeEngine, 20);
  reportGoal("BENCHMARKPOTENTIAL per row, BAR function / engine", byName("BAR.BENCH"), benchmarkEngine, 20);
}
