import { LAST_DATE_SERIAL, isDateSerial } from "./excelDate";
import {
  EXACT_INTEGER_LIMIT,
  POWERS_OF_TEN,
  bigPowerOfTen,
  decimalsOf,
  rationalOf,
  toNumber,
} from "./exactDecimal";
import { InputError, checkAmount, checkAmountAt } from "./inputError";

/** The days the 12-month liquidity rule (kassekreditreglen) averages over, the as-of day included. */
export const LIQUIDITY_WINDOW_DAYS = 365;

/**
 * Dated balances as one end-of-day balance per listed day. A balance holds from its day
 * until the day before the next listed day; the last one holds on indefinitely.
 */
export type LiquidityLedger = {
  /** Whole-day date serials, strictly increasing. */
  days: Float64Array;
  /** The end-of-day balance of each listed day. */
  balances: Float64Array;
  /** For each input row, the index of its day in `days`, or −1 for a blank row. */
  dayOfRow: Int32Array;
  /** The balances exactly, as the integers `units` ÷ 10^decimals (the decimals the cells show). */
  decimals: number;
  /**
   * The scaled balances, and `totals[k]`, the sum of scaled end-of-day balances from the
   * first day to the day before `days[k]`: doubles when every such sum, up to 31 December
   * 9999, stays below 2^53 (so all are exact), otherwise BigInt. Flat arrays rather than an
   * object per day, so a long ledger leaves no long-lived objects for the garbage collector.
   */
  units: Float64Array | bigint[];
  /** See `units`. */
  totals: Float64Array | bigint[];
};

/**
 * Reads dated balances (Excel date serials, a time of day ignored). Rows without a date
 * and with a blank or 0 balance are skipped; dates must not decrease, and the last row of
 * a day is its closing balance. A date out of order is an error rather than sorted away:
 * it is usually a typo, and sorting would hide it.
 */
export function toLiquidityLedger(
  dates: ReadonlyArray<number | null>,
  balances: ReadonlyArray<number | null>,
): LiquidityLedger {
  if (balances.length !== dates.length) {
    throw new InputError(
      "invalidValue",
      { argument: "balances" },
      { code: "wrongCount", expected: dates.length, found: balances.length, other: "dates" },
    );
  }
  const days: number[] = [];
  const closing: number[] = [];
  const dayOfRow = new Int32Array(dates.length).fill(-1);
  let previous = -Infinity;
  for (let row = 0; row < dates.length; row++) {
    const date = dates[row];
    const balance = balances[row];
    // Desktop Excel passes an empty cell as 0, so a row without a date and with 0 is a blank row.
    if (date === null && (balance === null || balance === 0)) continue;
    const at = (argument: string) => ({ argument, column: row + 1 });
    if (date === null) {
      throw new InputError("notAvailable", at("dates"), { code: "blankInPair", other: "balances" });
    }
    if (balance === null) {
      throw new InputError("notAvailable", at("balances"), { code: "blankInPair", other: "dates" });
    }
    if (!isDateSerial(date)) throw new InputError("invalidValue", at("dates"), notADate(date));
    // Days are compared, not date-times: a time of day is ignored here as everywhere.
    const day = Math.floor(date);
    if (day < previous) {
      throw new InputError("invalidValue", at("dates"), { code: "notSorted", previous });
    }
    previous = day;
    const amount = checkAmountAt(balance, "balances", row + 1);
    if (days.length > 0 && days[days.length - 1] === day) {
      closing[closing.length - 1] = amount;
    } else {
      days.push(day);
      closing.push(amount);
    }
    dayOfRow[row] = days.length - 1;
  }
  if (days.length === 0) throw new InputError("invalidValue", { argument: "dates" }, { code: "emptyRange" });
  return {
    days: Float64Array.from(days),
    balances: Float64Array.from(closing),
    dayOfRow,
    ...exactTotals(days, closing),
  };
}

/** The exact scaled balances and running totals of a ledger (see LiquidityLedger). */
function exactTotals(
  days: readonly number[],
  closing: readonly number[],
): Pick<LiquidityLedger, "decimals" | "units" | "totals"> {
  let decimals = 0;
  for (const balance of closing) {
    const needed = decimalsOf(balance);
    decimals = needed < 0 || decimals < 0 ? -1 : Math.max(decimals, needed);
  }
  if (decimals >= 0) {
    const scale = POWERS_OF_TEN[decimals];
    const units = Float64Array.from(closing, (balance) => Math.round(balance * scale));
    const totals = new Float64Array(days.length);
    // Bounds every running total, including the last balance held on to Excel's last day.
    let magnitude = Math.abs(units[days.length - 1]) * (LAST_DATE_SERIAL + 1 - days[days.length - 1]);
    for (let k = 1; k < days.length; k++) {
      const held = units[k - 1] * (days[k] - days[k - 1]);
      totals[k] = totals[k - 1] + held;
      magnitude += Math.abs(held);
    }
    if (magnitude < EXACT_INTEGER_LIMIT) return { decimals, units, totals };
  }
  const exact = closing.map(rationalOf);
  const most = exact.reduce((largest, value) => Math.max(largest, value.d.toString().length - 1), 0);
  const units = exact.map((value) => value.n * (bigPowerOfTen(most) / value.d));
  const totals: bigint[] = [0n];
  for (let k = 1; k < days.length; k++)
    totals.push(totals[k - 1] + units[k - 1] * BigInt(days[k] - days[k - 1]));
  return { decimals: most, units, totals };
}

/**
 * The 12-month average as of `asOf` (default: the last listed day): the mean of the
 * end-of-day balances of the as-of day and the 364 days before it, exact and rounded once.
 * Throws #N/A when the balances start later than the first of those days.
 */
export function calculateLiquidityAverage(ledger: LiquidityLedger, asOf?: number): number {
  const { days } = ledger;
  const date = asOf ?? days[days.length - 1];
  if (!isDateSerial(date)) throw new InputError("invalidValue", { argument: "asOf" }, notADate(date));
  const day = Math.floor(date);
  const notCovered = coverageError(ledger, day);
  if (notCovered) throw notCovered;
  return toAverage(ledger, windowSum(ledger, day));
}

/**
 * The 12-month average as of each day in `asOf`: a number, the #N/A error of a day the
 * balances do not cover, or `null` for a blank day. One uncovered day spoils no other.
 */
export function calculateLiquidityAverages(
  ledger: LiquidityLedger,
  asOf: ReadonlyArray<number | null>,
): (number | InputError | null)[] {
  return asOf.map((date) => {
    if (date === null) return null;
    if (!isDateSerial(date)) throw new InputError("invalidValue", { argument: "asOf" }, notADate(date));
    return coverageError(ledger, Math.floor(date)) ?? calculateLiquidityAverage(ledger, date);
  });
}

/** A day's verdict from BAR.LIQUIDITYCHECK, as stable, language-independent codes. */
export type LiquidityStatus = "OK" | "AVERAGE_BELOW_FLOOR" | "BALANCE_BELOW_FLOOR" | "BOTH_BELOW_FLOOR";

/**
 * Checks every row against `floor` (at the floor meets it, exactly in the decimals the
 * cells show). A row speaks for the days its balance holds, from its date to the day before
 * the next date (the last row for its own day): it fails on the balance when the closing
 * balance is below the floor, and on the average when the 365-day average is below the
 * floor on any of those days that the balances cover (from the first date + 364 days on),
 * so a dip between two listed dates is not missed. A row none of whose days are covered
 * gets the #N/A error of its date, a blank row `null`.
 */
export function checkLiquidity(
  ledger: LiquidityLedger,
  floor: number,
): (LiquidityStatus | InputError | null)[] {
  checkAmount(floor, { argument: "floor" });
  const { days, balances } = ledger;
  const meetsFloor = floorTest(ledger, floor);
  const firstCovered = days[0] + LIQUIDITY_WINDOW_DAYS - 1;
  const statusOfDay = new Array<LiquidityStatus | InputError>(days.length);
  let leaving = 0;
  // Windows are summed in increasing order of their last day, so the listed day before each
  // window's first day only moves forward: a cursor finds it, not a binary search for each one.
  let start = 0;
  const sumOfWindowTo = (day: number, k: number): Exact => {
    const from = day + 1 - LIQUIDITY_WINDOW_DAYS;
    while (start + 1 < days.length && days[start + 1] < from) start++;
    return windowSumAt(ledger, day, k, start);
  };
  for (let k = 0; k < days.length; k++) {
    const last = k + 1 < days.length ? days[k + 1] - 1 : days[k];
    if (last < firstCovered) {
      statusOfDay[k] = coverageError(ledger, days[k]) as InputError;
      continue;
    }
    const first = Math.max(days[k], firstCovered);
    // The average moves in straight lines between the days a listed balance leaves the
    // window (day j + 365), so its lowest point in the period is at one of those days.
    let lowest = sumOfWindowTo(first, k);
    while (leaving < days.length && days[leaving] + LIQUIDITY_WINDOW_DAYS <= first) leaving++;
    for (let j = leaving; j < days.length && days[j] + LIQUIDITY_WINDOW_DAYS <= last; j++) {
      const leaves = days[j] + LIQUIDITY_WINDOW_DAYS;
      lowest = lower(lowest, lower(sumOfWindowTo(leaves - 1, k), sumOfWindowTo(leaves, k)));
    }
    lowest = lower(lowest, sumOfWindowTo(last, k)); // last, for the cursor's order
    statusOfDay[k] = toStatus(meetsFloor(lowest), balances[k] >= floor);
  }
  return Array.from(ledger.dayOfRow, (day) => (day < 0 ? null : statusOfDay[day]));
}

/** A scaled sum of balances: a double holding an exact integer, or a BigInt (see LiquidityLedger). */
type Exact = number | bigint;

function lower(a: Exact, b: Exact): Exact {
  return b < a ? b : a;
}

/** Whether a window's scaled sum has an average of at least `floor`, decided exactly. */
function floorTest(ledger: LiquidityLedger, floor: number): (sum: Exact) => boolean {
  const { n, d } = rationalOf(floor);
  // average ≥ floor ⇔ sum ≥ floor × 365 × 10^decimals; sum × d ≥ n × 365 × 10^decimals.
  const threshold = n * BigInt(LIQUIDITY_WINDOW_DAYS) * bigPowerOfTen(ledger.decimals);
  const whole = threshold / d;
  if (
    whole * d === threshold &&
    whole < BigInt(EXACT_INTEGER_LIMIT) &&
    -whole < BigInt(EXACT_INTEGER_LIMIT)
  ) {
    const limit = Number(whole);
    return (sum) => sum >= limit;
  }
  return (sum) => BigInt(sum) * d >= threshold;
}

function toStatus(averageMeets: boolean, balanceMeets: boolean): LiquidityStatus {
  if (averageMeets) return balanceMeets ? "OK" : "BALANCE_BELOW_FLOOR";
  return balanceMeets ? "AVERAGE_BELOW_FLOOR" : "BOTH_BELOW_FLOOR";
}

/** The #N/A for a day whose 365 days reach back before the first listed day; undefined when covered. */
function coverageError(ledger: LiquidityLedger, day: number): InputError | undefined {
  const from = day - LIQUIDITY_WINDOW_DAYS + 1;
  const firstDate = ledger.days[0];
  if (from >= firstDate) return undefined;
  return new InputError(
    "notAvailable",
    { argument: "dates" },
    { code: "notCovered", firstDate, from, to: day },
  );
}

/** The average of a window from its scaled sum: one division, exact inputs, rounded once. */
function toAverage(ledger: LiquidityLedger, sum: Exact): number {
  if (typeof sum === "number") return sum / (LIQUIDITY_WINDOW_DAYS * POWERS_OF_TEN[ledger.decimals]) + 0;
  return toNumber({ n: sum, d: BigInt(LIQUIDITY_WINDOW_DAYS) * bigPowerOfTen(ledger.decimals) }) + 0;
}

/** The scaled sum of the end-of-day balances of `day` and the 364 days before it (all covered). */
function windowSum(ledger: LiquidityLedger, day: number): Exact {
  const { days } = ledger;
  const from = day + 1 - LIQUIDITY_WINDOW_DAYS;
  return windowSumAt(ledger, day, lastListedBefore(days, day + 1), lastListedBefore(days, from));
}

/**
 * windowSum when the caller knows `last`, the index of the last listed day on or before
 * `day`, and `start`, that of the last listed day before the window's first day (or 0).
 */
function windowSumAt(ledger: LiquidityLedger, day: number, last: number, start: number): Exact {
  const from = day + 1 - LIQUIDITY_WINDOW_DAYS;
  const { units, totals, days } = ledger;
  if (units instanceof Float64Array) {
    const totalsOf = totals as Float64Array;
    const to = days[last] >= day + 1 ? 0 : totalsOf[last] + units[last] * (day + 1 - days[last]);
    const before = days[start] >= from ? 0 : totalsOf[start] + units[start] * (from - days[start]);
    return to - before;
  }
  const totalsOf = totals as bigint[];
  const to = days[last] >= day + 1 ? 0n : totalsOf[last] + units[last] * BigInt(day + 1 - days[last]);
  const before = days[start] >= from ? 0n : totalsOf[start] + units[start] * BigInt(from - days[start]);
  return to - before;
}

/** The index of the last listed day before `day` (binary search), or 0 when there is none. */
function lastListedBefore(days: Float64Array, day: number): number {
  let low = 0;
  let high = days.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (days[middle] < day) low = middle;
    else high = middle - 1;
  }
  return low;
}

function notADate(found: number) {
  return { code: "notADate", found: String(found) } as const;
}
