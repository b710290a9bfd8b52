import type { HelpTexts } from "../helpTexts";
import { ENGLISH_GUIDE } from "./guide";

/**
 * English words and worked examples of the help pages. test/i18n/helpTexts.test.ts evaluates
 * every example on the sheet its explanation describes and checks the numbers it states.
 */
export const ENGLISH_HELP_TEXTS: HelpTexts = {
  htmlLang: "en",
  argumentSeparator: ", ",
  pageTitle: (functionName) => `${functionName} – BAR help`,
  indexTitle: "The BAR functions",
  indexIntro:
    "BAR (balance between activities and frames) adds these functions to Excel. Type =BAR. in a cell to see them.",
  syntax: "Syntax",
  arguments: "Arguments",
  argument: "Argument",
  description: "Description",
  optional: "optional",
  result: "Result",
  examples: "Examples",
  allFunctions: "All BAR functions",
  otherLanguage: "Læs på dansk",
  guide: ENGLISH_GUIDE,
  examplesByFunction: {
    CARRYFORWARD: [
      {
        arguments: ["B2:E2", "B3:E9"],
        explanation:
          "The reduction targets -2,000, -3,000, -5,000 and -7,000 (DKK 1,000) are in B2:E2 and the initiatives of the April 2021 status note in B3:E9. The result is 0, -720, -3,440 and -8,160: what is missing in 2022 is added to the 2023 target, which becomes 5,720.",
      },
      {
        arguments: ["B2:E2", "B3:E9", '"none"'],
        explanation:
          "Without carry-forward: 0, -720, -2,720 and -4,720 – the net outstanding row of the status table.",
      },
      {
        arguments: ["B2:E2", "B3:E9", "", "TRUE"],
        explanation:
          "Four lines instead of one: effective target, achieved, outstanding, and carried to next year.",
      },
    ],
    STRATEGYCHECK: [
      {
        arguments: ["B2:E2", "B3:E3"],
        explanation:
          'Headroom of 60, 85, 110 and 120 (DKK million) in B2:E2 and disposable cash of 150, 120, 95 and 130 in B3:E3 give "BREACH", "BELOW_OPTIMAL", "BREACH" and "OK": 60 is below the minimum of 70, 85 is below the optimum of 100, and in the third year cash is below 100.',
      },
      {
        arguments: ["B2:E2", "B3:E3", "50", "80", "75"],
        explanation:
          'The same numbers against another strategy (headroom at least 50, optimally 80, cash at least 75): "BELOW_OPTIMAL", "OK", "OK" and "OK".',
      },
      {
        arguments: ["B2:E2", "B3:E3", "120"],
        explanation:
          'A minimum headroom of 120 and no optimum: the optimum is then the larger of 100 and the minimum, 120, so a threshold left out never causes an error. "BREACH", "BREACH", "BREACH" and "OK": 60, 85 and 110 are below 120, and 120 meets it.',
      },
    ],
    HEADROOM: [
      {
        arguments: ["B2:E5"],
        explanation:
          "The four lines of ordinary operations for 2025–2028 (DKK million) are in B2:E5, one row each, income negative: taxes -3,000, -3,100, -3,200 and -3,250; general grants and equalisation -800, -820, -830 and -840; operating expenditure 3,600, 3,750, 3,900 and 4,000; net interest 20, 25, 30 and 30. The headroom is 180, 145, 100 and 60: for 2025, -(-3,000 - 800 + 3,600 + 20) = 180.",
      },
      {
        arguments: ["B2:E2", "B3:E3", "B4:E4", "B5:E5"],
        explanation:
          "The same lines given one by one (taxes, grants and equalisation, operating expenditure, net interest) give the same 180, 145, 100 and 60. Given this way the taxes are checked: a positive tax means the sheet uses the opposite sign convention, and gives #VALUE!.",
      },
    ],
    LIQUIDITYAVERAGE: [
      {
        arguments: ["A2:A5", "B2:B5"],
        explanation:
          "Disposable cash (DKK million) from the bank in A2:B5: 100 from 2024-01-01, 50 from 2024-07-01, 200 from 2024-12-31 and 10 from 2025-02-12; each balance holds until the next date. Without an as-of day the average runs up to the last date: the 365 days 2024-02-14 to 2025-02-12 hold 138 days × 100 + 183 × 50 + 43 × 200 + 1 × 10 = 31,560, and 31,560 / 365 = 86.47.",
      },
      {
        arguments: ["A2:A5", "B2:B5", '"2024-12-31"'],
        explanation:
          "As of 2024-12-31 (a date typed as text must be written yyyy-mm-dd): the 365 days 2024-01-02 to 2024-12-31 hold 181 days × 100 + 183 × 50 + 1 × 200 = 27,450, and 27,450 / 365 = 75.21.",
      },
      {
        arguments: ["A2:A5", "B2:B5", '"2024-12-29"'],
        explanation:
          "#N/A: the 365 days up to 2024-12-29 begin on 2023-12-31, before the first balance. The balances must cover the whole window; the first day that can be averaged here is 2024-12-30.",
      },
    ],
    LIQUIDITYCHECK: [
      {
        arguments: ["A2:A5", "B2:B5", "60"],
        explanation:
          'Disposable cash (DKK million) in A2:B5: 100 from 2024-01-01, 50 from 2024-07-01, 200 from 2024-12-31 and 10 from 2025-02-12. Against a floor of 60 the statuses are #N/A, "BALANCE_BELOW_FLOOR", "OK" and "BALANCE_BELOW_FLOOR": each row speaks for the days its balance holds that have 365 days of balances behind them (from 2024-12-30). The days of the first row (to 2024-06-30) have none; the last day of the second row, 2024-12-30, is covered: its average (74.93) meets the floor, the balance of 50 does not; from 2024-12-31 the balance (200) and the 365-day average (75.21 and rising) both meet the floor; on 2025-02-12 the balance of 10 is below it, the average (86.47) is not.',
      },
      {
        arguments: ["A2:A5", "B2:B5", "100"],
        explanation:
          'Against a council floor of 100: #N/A, "BOTH_BELOW_FLOOR", "AVERAGE_BELOW_FLOOR" and "BOTH_BELOW_FLOOR". From 2024-12-31 the balance of 200 meets the floor but the average does not; on 2025-02-12 neither does. Each status covers the days until the next date, so a dip of the average between two dates is not missed.',
      },
    ],
    PRICEVOLUME: [
      {
        arguments: ["B2:C2", "B3:C3"],
        explanation:
          "Expenditure of DKK 359 million and 396 million in B2:C2, and 1,200 and 1,260 citizens helped in B3:C3. The increase of 37 splits into 18.40 (volume: 60 more citizens at the average expenditure per citizen of the two years) in the first row and 18.60 (price: dearer help per citizen, for the average of 1,230 citizens) below it. The two add up to 37 exactly.",
      },
      {
        arguments: ["B2:C2", "B3:C3", '"price"'],
        explanation: "The price effect only: 18.60.",
      },
    ],
    YEARENDFORECAST: [
      {
        arguments: ["600", "6", "1300"],
        explanation:
          "DKK 600 thousand spent by the end of June, against a budget of 1,300: at an even pace the year ends at 600 / 6 × 12 = 1,200, and the deviation is -100 (100 below budget). The two results spill side by side.",
      },
      {
        arguments: ["600", "6", "1300", "B2:M2"],
        explanation:
          "With the account's monthly profile in B2:M2 (6, 6, 7, 7, 7, 7, 8, 8, 9, 9, 10 and 16 %: 40 % of the year's spending falls in January to June) the same 600 forecasts 600 / 40 % = 1,500, a deviation of 200 (overspending). A profile must sum to 100 % ± 0.5 %; otherwise the result is #VALUE!, never a silently rescaled forecast.",
      },
    ],
    BENCHMARKPOTENTIAL: [
      {
        arguments: ["58000", "D1:J1", "1200"],
        explanation:
          "An own unit cost of DKK 58,000 per citizen, seven comparable municipalities' unit costs in D1:J1 (52,100, 49,800, 56,900, 52,750, 61,400, 51,200 and 54,300; their median is 52,750) and 1,200 citizens: (58,000 - 52,750) × 1,200 = 6,300,000. Blank cells among the peers are left out, but fewer than three peers gives #N/A.",
      },
      {
        arguments: ["58000", "D1:J1", "1200", "0.25"],
        explanation:
          "Against the cheapest quarter instead (PERCENTILE.INC at 0.25 is 51,650): (58,000 - 51,650) × 1,200 = 7,620,000.",
      },
      {
        arguments: ["52000", "D1:J1", "1200"],
        explanation:
          "An own unit cost of 52,000 is already below the median of 52,750, so the potential is 0: it is never negative.",
      },
    ],
    SCENARIO: [
      {
        arguments: ["B2:E3", '"pessimistic"'],
        explanation:
          'Measures for young people (-977, -1,257, -1,257, -1,257) in B2:E2 and a contract basis estimated at "-600 til -300" in 2022 and "-800 til -400" in 2023, "-" in the other years, in B3:E3. Pessimistic takes the least reduction: -300 and -400; the years not estimated give #N/A, never 0. With the targets in B5:E5, =BAR.CARRYFORWARD(B5:E5, BAR.SCENARIO(B2:E3, "pessimistic")) carries the pessimistic case forward.',
      },
      {
        arguments: ["B2:E3", '"expected"'],
        explanation:
          "The midpoints instead: -450 and -600; numbers stay as they are (-977, -1,257), and #N/A stays #N/A.",
      },
    ],
    STRATEGYCASES: [
      {
        arguments: ["B2:E2", "B3:E3", "B4:E4"],
        explanation:
          'Headroom 120, 110, 100 and "90-110" (DKK million) in B2:E2, cash 150, 150, "90-120" and 130 in B3:E3, and a challenge of "7,5-14,5", "0-20", "25-30" and "unknown" in B4:E4. The first row is the pessimistic case: "OK", "BELOW_OPTIMAL" (110 - 20 = 90), "BREACH" (cash 90) and #N/A, as the 2028 challenge is unknown. The expected case: "OK", "OK", "BELOW_OPTIMAL", #N/A; the optimistic: "OK", "OK", "BELOW_OPTIMAL", #N/A.',
      },
      {
        arguments: ["B2:E2", "B3:E3"],
        explanation:
          'Without the challenges: pessimistic "OK", "OK", "BREACH" (cash 90) and "BELOW_OPTIMAL" (headroom 90); expected and optimistic "OK" in every year.',
      },
    ],
  },
};
