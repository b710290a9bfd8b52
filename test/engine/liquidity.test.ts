import fc from "fast-check";
import { InputError } from "../../src/engine/inputError";
import {
  calculateLiquidityAverage,
  calculateLiquidityAverages,
  checkLiquidity,
  toLiquidityLedger,
  type LiquidityStatus,
} from "../../src/engine/liquidity";
import {
  AVERAGE_2024_12_30,
  AVERAGE_2024_12_31,
  AVERAGE_2025_02_12,
  LEDGER_BALANCES,
  LEDGER_DATES,
} from "../fixtures/liquidity";
import { thrownBy } from "../support/thrownBy";

const ledger = toLiquidityLedger(LEDGER_DATES, LEDGER_BALANCES);
const statuses = (checks: (LiquidityStatus | InputError | null)[]) =>
  checks.map((check) => (check instanceof InputError ? "#N/A" : check));

describe("calculateLiquidityAverage", () => {
  it("averages the as-of day and the 364 days before it (golden ledger)", () => {
    expect(calculateLiquidityAverage(ledger, 45657)).toBeCloseTo(AVERAGE_2024_12_31, 12);
  });

  it("is covered when the window starts exactly on the first listed day", () => {
    expect(calculateLiquidityAverage(ledger, 45656)).toBeCloseTo(AVERAGE_2024_12_30, 12);
  });

  it("says the data do not cover the 365 days one day earlier", () => {
    const error = thrownBy(() => calculateLiquidityAverage(ledger, 45655));
    expect(error.kind).toBe("notAvailable");
    expect(error.problem).toEqual({ code: "notCovered", firstDate: 45292, from: 45291, to: 45655 });
  });

  it("averages up to the last listed day by default", () => {
    expect(calculateLiquidityAverage(ledger)).toBeCloseTo(AVERAGE_2025_02_12, 12);
  });

  it("lets the last balance hold on after the last listed day", () => {
    // As of 2025-12-31 (46022) the window is 2025-01-01 … 2025-12-31: 42 × 200 + 323 × 10.
    expect(calculateLiquidityAverage(ledger, 46022)).toBeCloseTo((42 * 200 + 323 * 10) / 365, 12);
  });

  it("gives a constant balance back unchanged, to the øre", () => {
    const constant = toLiquidityLedger([45000, 45100, 45500], [100.1, 100.1, 100.1]);
    expect(calculateLiquidityAverage(constant, 45500)).toBe(100.1);
  });

  it("ignores the time of day in a date-time serial", () => {
    expect(calculateLiquidityAverage(ledger, 45657.75)).toBe(calculateLiquidityAverage(ledger, 45657));
  });

  it("takes the last balance of a day as its closing balance", () => {
    const intraday = toLiquidityLedger([45000, 45000, 45400], [500, 100, 100]);
    expect(calculateLiquidityAverage(intraday, 45400)).toBe(100);
  });

  it("handles a negative average (an overdrawn account)", () => {
    const overdrawn = toLiquidityLedger([45000], [-25]);
    expect(calculateLiquidityAverage(overdrawn, 45400)).toBe(-25);
  });

  it("rejects an as-of day that is not a date", () => {
    expect(thrownBy(() => calculateLiquidityAverage(ledger, 12)).problem).toEqual({
      code: "notADate",
      found: "12",
    });
  });
});

describe("calculateLiquidityAverages", () => {
  it("gives one average per day, #N/A for an uncovered one and null for a blank", () => {
    const averages = calculateLiquidityAverages(ledger, [45657, 45600, null]);
    expect(averages[0]).toBeCloseTo(AVERAGE_2024_12_31, 12);
    expect(averages[1]).toBeInstanceOf(InputError);
    expect(averages[2]).toBeNull();
  });
});

describe("toLiquidityLedger", () => {
  it("skips rows where both date and balance are blank", () => {
    const withGaps = toLiquidityLedger([45000, null, 45400, null], [10, null, 20, null]);
    expect(Array.from(withGaps.dayOfRow)).toEqual([0, -1, 1, -1]);
  });

  it("skips a row without a date whose balance is 0, as desktop Excel passes blank cells", () => {
    expect(Array.from(toLiquidityLedger([45000, null], [10, 0]).dayOfRow)).toEqual([0, -1]);
  });

  it("rejects a date earlier than the one before it, naming the row", () => {
    const error = thrownBy(() => toLiquidityLedger([45292, 45474, 45300], [1, 2, 3]));
    expect(error.location).toEqual({ argument: "dates", column: 3 });
    expect(error.problem).toEqual({ code: "notSorted", previous: 45474 });
  });

  it("rejects a balance without a date", () => {
    const error = thrownBy(() => toLiquidityLedger([45292, null], [1, 2]));
    expect(error.kind).toBe("notAvailable");
    expect(error.problem).toEqual({ code: "blankInPair", other: "balances" });
  });

  it("rejects a date without a balance", () => {
    const error = thrownBy(() => toLiquidityLedger([45292, 45300], [1, null]));
    expect(error.location).toEqual({ argument: "balances", column: 2 });
  });

  it("rejects a number that is no date", () => {
    expect(thrownBy(() => toLiquidityLedger([5], [1])).problem.code).toBe("notADate");
  });

  it("rejects balances and dates of different lengths", () => {
    const error = thrownBy(() => toLiquidityLedger([45292, 45300], [1]));
    expect(error.problem).toEqual({ code: "wrongCount", expected: 2, found: 1, other: "dates" });
  });

  it("rejects a ledger without any balance", () => {
    expect(thrownBy(() => toLiquidityLedger([null], [null])).problem.code).toBe("emptyRange");
  });
});

describe("checkLiquidity", () => {
  it("marks a row none of whose days the balances cover as not covered", () => {
    expect(statuses(checkLiquidity(ledger, 60)).slice(0, 1)).toEqual(["#N/A"]);
  });

  it("reports a row on the covered days at the end of its span (2024-07-01 holds to 2024-12-30)", () => {
    // 2024-12-30 is the first covered day: 182 × 100 + 183 × 50 = 27,350 over 365 days = 74.93.
    expect(statuses(checkLiquidity(ledger, 74.93)).slice(1, 2)).toEqual(["BALANCE_BELOW_FLOOR"]);
    expect(statuses(checkLiquidity(ledger, 74.94)).slice(1, 2)).toEqual(["BOTH_BELOW_FLOOR"]);
  });

  it("passes when both the average and the balance meet the floor (golden ledger, floor 60)", () => {
    // 2024-12-31: average 75.2 (rising afterwards), balance 200; 2025-02-12: average 86.5, balance 10.
    expect(statuses(checkLiquidity(ledger, 60))).toEqual([
      "#N/A",
      "BALANCE_BELOW_FLOOR",
      "OK",
      "BALANCE_BELOW_FLOOR",
    ]);
  });

  it("tells which of the two is below the floor", () => {
    expect(statuses(checkLiquidity(ledger, 80)).slice(2)).toEqual([
      "AVERAGE_BELOW_FLOOR",
      "BALANCE_BELOW_FLOOR",
    ]);
    expect(statuses(checkLiquidity(ledger, 100)).slice(2)).toEqual([
      "AVERAGE_BELOW_FLOOR",
      "BOTH_BELOW_FLOOR",
    ]);
  });

  it("lets a value exactly at the floor meet it", () => {
    const flat = toLiquidityLedger([45000, 45400], [100, 100]);
    expect(statuses(checkLiquidity(flat, 100))).toEqual(["OK", "OK"]);
  });

  it("catches the average dipping below the floor between two listed dates", () => {
    // D = 45000. 5 until D+99, 735 for D+100 … D+109, 5 until D+399, then 20 from D+400.
    // On D+400 the average is (64×5 + 10×735 + 290×5 + 20) / 365 = 9,140 / 365 = 25.0, but by
    // D+499, the day before the next date, the spike has left the window:
    // (265×5 + 100×20) / 365 = 3,325 / 365 = 9.1 < 10.
    const dates = [45000, 45100, 45110, 45400, 45500];
    const dipping = toLiquidityLedger(dates, [5, 735, 5, 20, 20]);
    expect(calculateLiquidityAverage(dipping, 45400)).toBeCloseTo(9140 / 365, 12);
    expect(statuses(checkLiquidity(dipping, 10)).slice(3)).toEqual([
      "AVERAGE_BELOW_FLOOR",
      "AVERAGE_BELOW_FLOOR",
    ]);
  });

  it("gives every row of a day the day's status and null for a blank row", () => {
    const intraday = toLiquidityLedger([45000, 45400, 45400, null], [100, -5, 100, null]);
    expect(statuses(checkLiquidity(intraday, 0))).toEqual(["OK", "OK", "OK", null]);
  });
});

/** Day-by-day reference: the end-of-day balance of every day, then plain means of 365 of them. */
function bruteForce(days: number[], balances: number[], floor: number) {
  const first = days[0];
  const last = days[days.length - 1];
  const daily: number[] = [];
  for (let day = first, k = 0; day <= last; day++) {
    while (k + 1 < days.length && days[k + 1] <= day) k++;
    daily.push(balances[k]);
  }
  const average = (day: number) => {
    let sum = 0;
    for (let d = day - 364; d <= day; d++) sum += daily[d - first];
    return sum / 365;
  };
  return days.map((day) => {
    const k = days.lastIndexOf(day);
    const end = k + 1 < days.length ? days[k + 1] - 1 : day;
    // A row speaks for the days its balance holds that the balances cover.
    const from = Math.max(day, first + 364);
    if (end < from) return "#N/A";
    let lowest = Infinity;
    for (let d = from; d <= end; d++) lowest = Math.min(lowest, average(d));
    const averageMeets = lowest >= floor;
    const balanceMeets = balances[k] >= floor;
    if (averageMeets) return balanceMeets ? "OK" : "BALANCE_BELOW_FLOOR";
    return balanceMeets ? "AVERAGE_BELOW_FLOOR" : "BOTH_BELOW_FLOOR";
  });
}

describe("liquidity properties", () => {
  const ledgers = fc
    .array(
      fc.record({ gap: fc.integer({ min: 0, max: 90 }), balance: fc.integer({ min: -1000, max: 1000 }) }),
      {
        minLength: 1,
        maxLength: 25,
      },
    )
    .map((rows) => {
      let day = 45000;
      return {
        days: rows.map(({ gap }) => (day += gap)),
        balances: rows.map(({ balance }) => balance),
      };
    });

  it("agrees with a day-by-day check of every day a balance holds", () => {
    fc.assert(
      fc.property(ledgers, fc.integer({ min: -500, max: 500 }), ({ days, balances }, floor) => {
        const checked = statuses(checkLiquidity(toLiquidityLedger(days, balances), floor));
        expect(checked).toEqual(bruteForce(days, balances, floor));
      }),
    );
  });

  it("averages as a plain mean of the 365 end-of-day balances does", () => {
    fc.assert(
      fc.property(ledgers, fc.integer({ min: 0, max: 400 }), ({ days, balances }, after) => {
        const built = toLiquidityLedger(days, balances);
        const asOf = days[0] + 364 + after;
        let sum = 0;
        for (let d = asOf - 364; d <= asOf; d++) {
          let k = 0;
          while (k + 1 < days.length && days[k + 1] <= d) k++;
          sum += balances[k];
        }
        expect(calculateLiquidityAverage(built, asOf)).toBeCloseTo(sum / 365, 9);
      }),
    );
  });
});
