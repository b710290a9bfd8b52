import { yearEndForecast } from "../../src/functions/functions";
import { setCurrentLanguage } from "../../src/i18n/language";
import { excelErrorOf } from "../support/excelErrorOf";

const call = yearEndForecast as (...args: unknown[]) => unknown;
const EVEN = [Array<number>(12).fill(1 / 12)];
const NA = () => new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);

type BadCase = {
  what: string;
  args: unknown[];
  code: string;
  argument: string;
  detail: string;
  addresses?: string[];
};

const CASES: BadCase[] = [
  {
    what: "spending typed as Danish text",
    args: [[["1.257"]], 6],
    code: "#VALUE!",
    argument: "spentToDate",
    detail: 'found the text "1.257"',
  },
  {
    what: "TRUE as spending",
    args: [true, 6],
    code: "#VALUE!",
    argument: "spentToDate",
    detail: "found TRUE",
  },
  {
    what: "#N/A as spending (the error survives)",
    args: [NA(), 6],
    code: "#N/A",
    argument: "spentToDate",
    detail: "holds the error #N/A",
  },
  {
    what: "months as text",
    args: [600, "6"],
    code: "#VALUE!",
    argument: "monthsElapsed",
    detail: 'found the text "6"',
  },
  {
    what: "0 months",
    args: [600, 0],
    code: "#VALUE!",
    argument: "monthsElapsed",
    detail: "a whole number from 1 to 12",
  },
  {
    what: "13 months",
    args: [600, 13],
    code: "#VALUE!",
    argument: "monthsElapsed",
    detail: "a whole number from 1 to 12",
  },
  {
    what: "half a month",
    args: [600, 6.5],
    code: "#VALUE!",
    argument: "monthsElapsed",
    detail: "a whole number from 1 to 12",
  },
  {
    what: "months from a blank cell",
    args: [600, null],
    addresses: ["Ark1!A1", "Ark1!B1"],
    code: "#N/A",
    argument: "monthsElapsed",
    detail: "cell Ark1!B1: the cell is blank",
  },
  {
    what: "missing months",
    args: [600, null],
    code: "#VALUE!",
    argument: "monthsElapsed",
    detail: "is missing",
  },
  {
    what: "a range of months",
    args: [600, [[6, 7]]],
    code: "#VALUE!",
    argument: "monthsElapsed",
    detail: "expected a single value",
  },
  {
    what: "a budget typed as text",
    args: [600, 6, "1,3 mio."],
    code: "#VALUE!",
    argument: "budget",
    detail: 'found the text "1,3 mio."',
  },
  {
    what: "fewer budgets than amounts spent",
    args: [[[300], [600]], 6, [[700]]],
    code: "#VALUE!",
    argument: "budget",
    detail: "expected 2 budgets, as many as spentToDate, but found 1",
  },
  {
    what: "NaN as budget",
    args: [600, 6, Number.NaN],
    code: "#VALUE!",
    argument: "budget",
    detail: "finite number",
  },
  {
    what: "a profile of 11 months",
    args: [600, 6, null, [Array<number>(11).fill(1 / 11)]],
    code: "#VALUE!",
    argument: "profile",
    detail: "expected 12 monthly shares, but found 11",
  },
  {
    what: "a profile summing to 95 %",
    args: [600, 6, null, [[...Array<number>(11).fill(0.08), 0.07]]],
    code: "#VALUE!",
    argument: "profile",
    detail: "the monthly shares sum to 95 %, not 100 % (± 0.5 %)",
  },
  {
    what: "a negative monthly share",
    args: [600, 6, null, [[-0.1, 0.2, ...Array<number>(10).fill(0.09)]]],
    code: "#VALUE!",
    argument: "profile",
    detail: "row 1, column 1 of the range: expected a monthly share of 0 or more",
  },
  {
    what: "a profile with nothing expected by now",
    args: [600, 3, null, [[0, 0, 0, ...Array<number>(9).fill(1 / 9)]]],
    code: "#VALUE!",
    argument: "profile",
    detail: "the shares of the first 3 months are all 0",
  },
  {
    what: "a Danish part name",
    args: [600, 6, null, EVEN, "prognose"],
    code: "#VALUE!",
    argument: "part",
    detail: "use one of: both, forecast, deviation",
  },
  {
    what: "an empty spending range",
    args: [[], 6],
    code: "#VALUE!",
    argument: "spentToDate",
    detail: "the range is empty",
  },
  {
    what: "a block of spending",
    args: [
      [
        [1, 2],
        [3, 4],
      ],
      6,
    ],
    code: "#VALUE!",
    argument: "spentToDate",
    detail: "2 rows × 2 columns",
  },
  {
    what: "a huge amount spent",
    args: [1e20, 6],
    code: "#VALUE!",
    argument: "spentToDate",
    detail: "larger than",
  },
];

describe("BAR.YEARENDFORECAST bad input", () => {
  beforeAll(() => setCurrentLanguage("en"));

  it.each(CASES)("rejects $what", ({ args, code, argument, detail, addresses }) => {
    const invocation = addresses ? { parameterAddresses: addresses } : undefined;
    const error = excelErrorOf(() =>
      call(args[0], args[1] ?? null, args[2] ?? null, args[3] ?? null, args[4] ?? null, invocation),
    );
    expect(error).toEqual({ code, message: expect.stringContaining(`Argument ${argument}`) });
    expect(error.message).toContain(detail);
  });

  it("explains a profile that does not sum to 100 % in Danish", () => {
    setCurrentLanguage("da");
    try {
      const profile = [[...Array<number>(11).fill(0.08), 0.07]];
      expect(excelErrorOf(() => call(600, 6, null, profile, null)).message).toBe(
        "Argumentet profil: månedsandelene summerer til 95 %, ikke 100 % (± 0,5 %). Profilen skaleres ikke stiltiende.",
      );
    } finally {
      setCurrentLanguage("en");
    }
  });
});
