import type { RawCellContent } from "hyperformula";
import { DANISH_FUNCTION_TEXTS } from "../../src/i18n/da/functionTexts";
import { DANISH_HELP_TEXTS } from "../../src/i18n/da/helpTexts";
import { ENGLISH_HELP_TEXTS } from "../../src/i18n/en/helpTexts";
import type { HelpTexts } from "../../src/i18n/helpTexts";
import { SEED_002_INITIATIVES, SEED_002_TARGETS, SEED_002_YEARS } from "../fixtures/seed002";
import { buildSheet, valuesAt } from "../support/sheet";

/** An error result, by HyperFormula's error type: "NA" is #N/A. */
type ErrorResult = { error: "NA" };

/** What one help example must give on the sheet its explanation describes. */
type ExampleCheck = {
  /** The results the formula spills, row by row: numbers, status codes or errors. */
  results: (number | string | ErrorResult)[][];
  /** The decimals the explanation rounds the numbers to. @default 0 */
  decimals?: number;
  /** False when the explanation describes the results without listing them. @default true */
  stated?: boolean;
};

/** The sheet each function's explanations describe, and the checks of its examples in order. */
type FunctionExamples = { sheet: RawCellContent[][]; checks: ExampleCheck[] };

const NA: ErrorResult = { error: "NA" };

/** Where the formula goes: below and left of every example sheet, with room to spill. */
const FORMULA_ROW = 20;

// The ledger of the liquidity examples, dates as Excel passes date cells (serials).
const LEDGER: RawCellContent[][] = [
  ["Date", "Disposable cash"],
  [45292, 100], // 2024-01-01
  [45474, 50], // 2024-07-01
  [45657, 200], // 2024-12-31
  [45700, 10], // 2025-02-12
];

const EXAMPLES: Record<string, FunctionExamples> = {
  CARRYFORWARD: {
    sheet: [
      ["1.000 kr.", ...SEED_002_YEARS],
      ["Reduction target", ...SEED_002_TARGETS],
      ...SEED_002_INITIATIVES.map((line) => [line.name, ...line.effects]),
    ],
    checks: [
      { results: [[0, -720, -3440, -8160]] },
      { results: [[0, -720, -2720, -4720]] },
      {
        // Effective target (2023: -5,000 - 720), achieved, outstanding, carried.
        results: [
          [-2000, -3000, -5720, -10440],
          [-2000, -2280, -2280, -2280],
          [0, -720, -3440, -8160],
          [0, -720, -3440, -8160],
        ],
        stated: false,
      },
    ],
  },
  STRATEGYCHECK: {
    sheet: [
      ["mio. kr.", 2025, 2026, 2027, 2028],
      ["Headroom", 60, 85, 110, 120],
      ["Cash", 150, 120, 95, 130],
    ],
    checks: [
      { results: [["BREACH", "BELOW_OPTIMAL", "BREACH", "OK"]] },
      { results: [["BELOW_OPTIMAL", "OK", "OK", "OK"]] },
      { results: [["BREACH", "BREACH", "BREACH", "OK"]] },
    ],
  },
  SCENARIO: {
    sheet: [
      ["1.000 kr.", 2021, 2022, 2023, 2024],
      ["Measures for young people", -977, -1257, -1257, -1257],
      ["Contract basis", "-", "-600 til -300", "-800 til -400", "-"],
    ],
    checks: [
      {
        results: [
          [-977, -1257, -1257, -1257],
          [NA, -300, -400, NA],
        ],
      },
      {
        results: [
          [-977, -1257, -1257, -1257],
          [NA, -450, -600, NA],
        ],
      },
    ],
  },
  STRATEGYCASES: {
    sheet: [
      ["mio. kr.", 2025, 2026, 2027, 2028],
      ["Headroom", 120, 110, 100, "90-110"],
      ["Cash", 150, 150, "90-120", 130],
      ["Demography", "7,5-14,5", "0-20", "25-30", "unknown"],
    ],
    checks: [
      {
        results: [
          ["OK", "BELOW_OPTIMAL", "BREACH", NA],
          ["OK", "OK", "BELOW_OPTIMAL", NA],
          ["OK", "OK", "BELOW_OPTIMAL", NA],
        ],
      },
      {
        results: [
          ["OK", "OK", "BREACH", "BELOW_OPTIMAL"],
          ["OK", "OK", "OK", "OK"],
          ["OK", "OK", "OK", "OK"],
        ],
      },
    ],
  },
  HEADROOM: {
    sheet: [
      ["mio. kr.", 2025, 2026, 2027, 2028],
      ["Taxes", -3000, -3100, -3200, -3250],
      ["Grants and equalisation", -800, -820, -830, -840],
      ["Operating expenditure", 3600, 3750, 3900, 4000],
      ["Net interest", 20, 25, 30, 30],
    ],
    checks: [{ results: [[180, 145, 100, 60]] }, { results: [[180, 145, 100, 60]] }],
  },
  LIQUIDITYAVERAGE: {
    sheet: LEDGER,
    checks: [
      // 2024-02-14 … 2025-02-12: 138 × 100 + 183 × 50 + 43 × 200 + 1 × 10 = 31,560.
      { results: [[31560 / 365]], decimals: 2 },
      // 2024-01-02 … 2024-12-31: 181 × 100 + 183 × 50 + 1 × 200 = 27,450.
      { results: [[27450 / 365]], decimals: 2 },
      // The window 2023-12-31 … 2024-12-29 starts a day before the first balance.
      { results: [[NA]] },
    ],
  },
  LIQUIDITYCHECK: {
    sheet: LEDGER,
    checks: [
      { results: [[NA], ["BALANCE_BELOW_FLOOR"], ["OK"], ["BALANCE_BELOW_FLOOR"]] },
      { results: [[NA], ["BOTH_BELOW_FLOOR"], ["AVERAGE_BELOW_FLOOR"], ["BOTH_BELOW_FLOOR"]] },
    ],
  },
  PRICEVOLUME: {
    sheet: [
      ["", 2018, 2021],
      ["Expenditure (mio. kr.)", 359, 396],
      ["Citizens", 1200, 1260],
    ],
    checks: [
      // Average price (359/1200 + 396/1260) / 2 = 0.306726…; volume 60 × that = 18.4036, price 37 − volume.
      { results: [[5153 / 280], [5207 / 280]], decimals: 2 },
      { results: [[5207 / 280]], decimals: 2 },
    ],
  },
  YEARENDFORECAST: {
    // The monthly profile in B2:M2.
    sheet: [[], ["Profile", 0.06, 0.06, 0.07, 0.07, 0.07, 0.07, 0.08, 0.08, 0.09, 0.09, 0.1, 0.16]],
    checks: [
      // 600 / (6/12) = 1,200; 1,200 − 1,300 = −100.
      { results: [[1200, -100]] },
      // January–June hold 40 % of the profile: 600 / 0.4 = 1,500; 1,500 − 1,300 = 200.
      { results: [[1500, 200]] },
    ],
  },
  BENCHMARKPOTENTIAL: {
    // Sorted: 49,800 51,200 52,100 52,750 54,300 56,900 61,400; median 52,750, 25 % 51,650.
    sheet: [[null, null, null, 52100, 49800, 56900, 52750, 61400, 51200, 54300]],
    checks: [
      { results: [[(58000 - 52750) * 1200]] },
      { results: [[(58000 - 51650) * 1200]] },
      { results: [[0]] },
    ],
  },
};

const LANGUAGES: { name: string; texts: HelpTexts; sheetLanguage: "enGB" | "daDK" }[] = [
  { name: "English", texts: ENGLISH_HELP_TEXTS, sheetLanguage: "enGB" },
  { name: "Danish", texts: DANISH_HELP_TEXTS, sheetLanguage: "daDK" },
];

/** A number as the explanation writes it: 1,234.50 in English, 1.234,50 in Danish, a hyphen for minus. */
function asWritten(value: number, decimals: number, language: "enGB" | "daDK"): string {
  const digits = Math.abs(value).toLocaleString(language === "daDK" ? "da-DK" : "en-GB", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  return (value < 0 ? "-" : "") + digits;
}

/** Whether `text` holds `number` on its own, not as part of a longer number (100 is not in -3,100). */
function mentions(text: string, number: string): boolean {
  const escaped = number.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const before = number.startsWith("-") ? "(?<![\\d.,])" : "(?<![\\d.,\\-−])";
  return new RegExp(`${before}${escaped}(?!\\d|[.,]\\d)`).test(text);
}

/**
 * The argument as HyperFormula needs it: Excel reads TRUE (in Danish Excel SAND) as a logical
 * value, HyperFormula only the function TRUE(), and in English in both languages.
 */
function forHyperFormula(argument: string): string {
  return argument === "TRUE" || argument === "SAND" ? "TRUE()" : argument;
}

/** The name of a function as typed in the sheet's language. */
function functionName(id: string, language: "enGB" | "daDK"): string {
  return `BAR.${language === "daDK" ? DANISH_FUNCTION_TEXTS[id].name : id}`;
}

/**
 * Types the example's formula below its function's sheet, as a user of that language's
 * Excel would, and reads back a block the size of `results`.
 */
function evaluate(
  id: string,
  exampleArguments: string[],
  texts: HelpTexts,
  language: "enGB" | "daDK",
  results: ExampleCheck["results"],
): unknown[][] {
  const { sheet } = EXAMPLES[id];
  const formula = `=${functionName(id, language)}(${exampleArguments.map(forHyperFormula).join(texts.argumentSeparator)})`;
  const rows: RawCellContent[][] = Array.from({ length: FORMULA_ROW - 1 }, (_, row) => sheet[row] ?? []);
  const hf = buildSheet([...rows, [formula]], { language });
  const lastColumn = String.fromCharCode("A".charCodeAt(0) + results[0].length - 1);
  return valuesAt(hf, `A${FORMULA_ROW}:${lastColumn}${FORMULA_ROW + results.length - 1}`);
}

describe.each(LANGUAGES)("help examples in $name", ({ texts, sheetLanguage }) => {
  it("has a check here for every example, and no check without an example", () => {
    const counts = Object.fromEntries(
      Object.entries(texts.examplesByFunction).map(([id, examples]) => [id, examples.length]),
    );
    const checked = Object.fromEntries(
      Object.entries(EXAMPLES).map(([id, { checks }]) => [id, checks.length]),
    );
    expect(counts).toEqual(checked);
  });

  const cases = Object.entries(texts.examplesByFunction).flatMap(([id, examples]) =>
    examples.map((example, index) => ({ id, index, example, label: `${id} example ${index + 1}` })),
  );

  it.each(cases)("$label gives the results on the sheet it describes", ({ id, index, example }) => {
    const check = EXAMPLES[id].checks[index];
    const values = evaluate(id, example.arguments, texts, sheetLanguage, check.results);
    check.results.forEach((row, r) =>
      row.forEach((expected, c) => {
        const actual = values[r][c];
        if (typeof expected === "number") expect(actual).toBeCloseTo(expected, 8);
        else if (typeof expected === "string") expect(actual).toBe(expected);
        else expect(actual).toMatchObject({ type: expected.error });
      }),
    );
  });

  it.each(cases.filter(({ id, index }) => EXAMPLES[id].checks[index].stated !== false))(
    "$label states the results it gives",
    ({ id, index, example }) => {
      const { results, decimals = 0 } = EXAMPLES[id].checks[index];
      const notAvailable = sheetLanguage === "daDK" ? "#I/T" : "#N/A";
      const missing = results.flat().filter((expected) => {
        if (typeof expected === "number")
          return !mentions(example.explanation, asWritten(expected, decimals, sheetLanguage));
        if (typeof expected === "string") return !example.explanation.includes(`"${expected}"`);
        return !example.explanation.includes(notAvailable);
      });
      expect(missing).toEqual([]);
    },
  );
});
