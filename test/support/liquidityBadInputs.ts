import { installCustomFunctionsStandIn } from "../../src/preview/hyperformula/customFunctionsStandIn";

installCustomFunctionsStandIn();

/** A bad input to BAR.LIQUIDITYAVERAGE or BAR.LIQUIDITYCHECK: dates, balances, and what the cell must say. */
export type LedgerBadCase = {
  what: string;
  dates: unknown;
  balances: unknown;
  code: string;
  argument: string;
  detail: string;
};

const DATES = [[45292], [45474], [45657]];
const BALANCES = [[100], [50], [200]];
const error = (code: CustomFunctions.ErrorCode) => new CustomFunctions.Error(code);

/** Bad dated balances, which both liquidity functions must reject the same way. */
export const LEDGER_BAD_CASES: LedgerBadCase[] = [
  {
    what: "a Danish date typed as text",
    dates: [[45292], ["31-12-2024"], [45657]],
    balances: BALANCES,
    code: "#VALUE!",
    argument: "dates",
    detail:
      'row 2, column 1 of the range: expected a date (a date cell, or text written yyyy-mm-dd, from 1900-03-01 to 9999-12-31), but found "31-12-2024"',
  },
  {
    what: "a date that does not exist",
    dates: [[45292], ["2024-02-30"], [45657]],
    balances: BALANCES,
    code: "#VALUE!",
    argument: "dates",
    detail: 'found "2024-02-30"',
  },
  {
    what: "a small number that is no date",
    dates: [[45292], [12], [45657]],
    balances: BALANCES,
    code: "#VALUE!",
    argument: "dates",
    detail: 'found "12"',
  },
  {
    what: "TRUE as a date",
    dates: [[45292], [true], [45657]],
    balances: BALANCES,
    code: "#VALUE!",
    argument: "dates",
    detail: "found TRUE",
  },
  {
    what: "#N/A in a balance (the error survives)",
    dates: DATES,
    balances: [[100], [error(CustomFunctions.ErrorCode.notAvailable)], [200]],
    code: "#N/A",
    argument: "balances",
    detail: "holds the error #N/A",
  },
  {
    what: "#REF! in a date, which Excel cannot return, as #VALUE!",
    dates: [[error(CustomFunctions.ErrorCode.invalidReference)], [45474], [45657]],
    balances: BALANCES,
    code: "#VALUE!",
    argument: "dates",
    detail: "#REF!",
  },
  {
    what: "a balance typed as Danish text",
    dates: DATES,
    balances: [[100], ["1.257"], [200]],
    code: "#VALUE!",
    argument: "balances",
    detail: 'found the text "1.257"',
  },
  {
    what: "dates out of order",
    dates: [[45292], [45657], [45474]],
    balances: BALANCES,
    code: "#VALUE!",
    argument: "dates",
    detail: "row 3, column 1 of the range: the date is earlier than the date before it (2024-12-31)",
  },
  {
    what: "fewer balances than dates",
    dates: DATES,
    balances: [[100], [50]],
    code: "#VALUE!",
    argument: "balances",
    detail: "expected 3 balances, as many as dates, but found 2",
  },
  {
    what: "dates in a 2×2 block",
    dates: [
      [45292, 45474],
      [45657, 45700],
    ],
    balances: BALANCES,
    code: "#VALUE!",
    argument: "dates",
    detail: "2 rows × 2 columns",
  },
  {
    what: "an empty dates range",
    dates: [],
    balances: BALANCES,
    code: "#VALUE!",
    argument: "dates",
    detail: "the range is empty",
  },
  {
    what: "only blank rows",
    dates: [[null], [null]],
    balances: [[null], [null]],
    code: "#VALUE!",
    argument: "dates",
    detail: "the range is empty",
  },
  {
    what: "NaN as a balance",
    dates: DATES,
    balances: [[100], [Number.NaN], [200]],
    code: "#VALUE!",
    argument: "balances",
    detail: "finite number",
  },
  {
    what: "Infinity as a date",
    dates: [[45292], [Infinity], [45657]],
    balances: BALANCES,
    code: "#VALUE!",
    argument: "dates",
    detail: 'found "Infinity"',
  },
  {
    what: "a huge balance",
    dates: DATES,
    balances: [[100], [1e20], [200]],
    code: "#VALUE!",
    argument: "balances",
    detail: "larger than",
  },
  {
    what: "a balance without a date",
    dates: [[45292], [null], [45657]],
    balances: BALANCES,
    code: "#N/A",
    argument: "dates",
    detail: "the cell is blank, but balances has a value at the same position",
  },
  {
    what: "a date without a balance",
    dates: DATES,
    balances: [[100], [null], [200]],
    code: "#N/A",
    argument: "balances",
    detail: "the cell is blank, but dates has a value at the same position",
  },
];
