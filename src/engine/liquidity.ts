import { isDateSerial } from "./excelDate";
import { DoubleDouble, ZERO, addExact, exactProduct, subtractToNumber } from "./exactSum";
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
  /**
   * The sum of end-of-day balances from the first day to the day before `days[k]`, as the
   * double-double `totalHigh[k] + totalLow[k]`: two flat arrays rather than an object per
   * day, so a long ledger leaves no long-lived objects for the garbage collector to walk.
   */
  totalHigh: Float64Array;
  /** See `totalHigh`. */
  totalLow: Float64Array;
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
    if (date < previous) {
      throw new InputError("invalidValue", at("dates"), {
        code: "notSorted",
        previous: Math.floor(previous),
      });
    }
    previous = date;
    const day = Math.floor(date);
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
  const totalHigh = new Float64Array(days.length);
  const totalLow = new Float64Array(days.length);
  let total = ZERO;
  for (let k = 1; k < days.length; k++) {
    total = addExact(total, exactProduct(closing[k - 1], days[k] - days[k - 1]));
    totalHigh[k] = total.hi;
    totalLow[k] = total.lo;
  }
  return {
    days: Float64Array.from(days),
    balances: Float64Array.from(closing),
    dayOfRow,
    totalHigh,
    totalLow,
  };
}

/**
 * The 12-month average as of `asOf` (default: the last listed day): the mean of the
 * end-of-day balances of the as-of day and the 364 days before it. Throws #N/A when the
 * balances start later than the first of those days.
 */
export function calculateLiquidityAverage(ledger: LiquidityLedger, asOf?: number): number {
  const { days } = ledger;
  const date = asOf ?? days[days.length - 1];
  if (!isDateSerial(date)) throw new InputError("invalidValue", { argument: "asOf" }, notADate(date));
  const day = Math.floor(date);
  const notCovered = coverageError(ledger, day);
  if (notCovered) throw notCovered;
  return windowSum(ledger, day) / LIQUIDITY_WINDOW_DAYS;
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
 * Checks every row against `floor` (at the floor meets it). A row speaks for the days its
 * balance holds, from its date to the day before the next date: it fails when the closing
 * balance is below the floor, or when the 365-day average drops below it on any of those
 * days, so a dip between two listed dates is not missed. A row less than 364 days after
 * the first date gets its #N/A error, a blank row `null`.
 */
export function checkLiquidity(
  ledger: LiquidityLedger,
  floor: number,
): (LiquidityStatus | InputError | null)[] {
  checkAmount(floor, { argument: "floor" });
  const { days, balances } = ledger;
  const statusOfDay = new Array<LiquidityStatus | InputError>(days.length);
  let leaving = 0;
  // Windows are summed in increasing order of their last day, so the listed day before each
  // window's first day only moves forward: a cursor finds it, not a binary search for each one.
  let start = 0;
  const sumOfWindowTo = (day: number, k: number): number => {
    const from = day + 1 - LIQUIDITY_WINDOW_DAYS;
    while (start + 1 < days.length && days[start + 1] < from) start++;
    return windowSumAt(ledger, day, k, start);
  };
  for (let k = 0; k < days.length; k++) {
    const first = days[k];
    const last = k + 1 < days.length ? days[k + 1] - 1 : first;
    const notCovered = coverageError(ledger, first);
    if (notCovered) {
      statusOfDay[k] = notCovered;
      continue;
    }
    // The average moves in straight lines between the days a listed balance leaves the
    // window (day j + 365), so its lowest point in the period is at one of those days.
    let lowest = sumOfWindowTo(first, k);
    while (leaving < days.length && days[leaving] + LIQUIDITY_WINDOW_DAYS <= first) leaving++;
    for (let j = leaving; j < days.length && days[j] + LIQUIDITY_WINDOW_DAYS <= last; j++) {
      const leaves = days[j] + LIQUIDITY_WINDOW_DAYS;
      lowest = Math.min(lowest, sumOfWindowTo(leaves - 1, k), sumOfWindowTo(leaves, k));
    }
    lowest = Math.min(lowest, sumOfWindowTo(last, k)); // last, for the cursor's order
    const averageMeets = lowest / LIQUIDITY_WINDOW_DAYS >= floor;
    const balanceMeets = balances[k] >= floor;
    statusOfDay[k] = toStatus(averageMeets, balanceMeets);
  }
  return Array.from(ledger.dayOfRow, (day) => (day < 0 ? null : statusOfDay[day]));
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

/** The sum of the end-of-day balances of `day` and the 364 days before it (all covered). */
function windowSum(ledger: LiquidityLedger, day: number): number {
  const { days } = ledger;
  const from = day + 1 - LIQUIDITY_WINDOW_DAYS;
  return windowSumAt(ledger, day, lastListedBefore(days, day + 1), lastListedBefore(days, from));
}

/**
 * windowSum when the caller knows `last`, the index of the last listed day on or before
 * `day`, and `start`, that of the last listed day before the window's first day (or 0).
 */
function windowSumAt(ledger: LiquidityLedger, day: number, last: number, start: number): number {
  const from = day + 1 - LIQUIDITY_WINDOW_DAYS;
  return subtractToNumber(sumBefore(ledger, last, day + 1), sumBefore(ledger, start, from));
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

/**
 * The sum of end-of-day balances from the first listed day up to the day before `day`,
 * given `index`, the last listed day before `day` (0 when there is none).
 */
function sumBefore(ledger: LiquidityLedger, index: number, day: number): DoubleDouble {
  const { days, balances } = ledger;
  if (days[index] >= day) return ZERO;
  const total = { hi: ledger.totalHigh[index], lo: ledger.totalLow[index] };
  return addExact(total, exactProduct(balances[index], day - days[index]));
}

function notADate(found: number) {
  return { code: "notADate", found: String(found) } as const;
}
