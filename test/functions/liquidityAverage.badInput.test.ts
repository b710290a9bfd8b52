import { liquidityAverage } from "../../src/functions/functions";
import { setCurrentLanguage } from "../../src/i18n/language";
import { excelErrorOf } from "../support/excelErrorOf";
import { LEDGER_BAD_CASES } from "../support/liquidityBadInputs";

const call = liquidityAverage as (...args: unknown[]) => unknown[][];
const DATES = [[45292], [45474], [45657]];
const BALANCES = [[100], [50], [200]];

type BadCase = { what: string; asOf: unknown; code: string; argument: string; detail: string };

const AS_OF_CASES: BadCase[] = [
  { what: "text that is no date", asOf: "i dag", code: "#VALUE!", argument: "asOf", detail: 'found "i dag"' },
  {
    what: "an American date as text",
    asOf: "12/31/2024",
    code: "#VALUE!",
    argument: "asOf",
    detail: "yyyy-mm-dd",
  },
  { what: "a negative number", asOf: -45657, code: "#VALUE!", argument: "asOf", detail: 'found "-45657"' },
  { what: "FALSE", asOf: false, code: "#VALUE!", argument: "asOf", detail: "found FALSE" },
  {
    what: "a 2×2 block of days",
    asOf: [
      [45657, 45658],
      [45659, 45660],
    ],
    code: "#VALUE!",
    argument: "asOf",
    detail: "2 rows × 2 columns",
  },
  {
    what: "a day the balances do not reach back 365 days from",
    asOf: 45600,
    code: "#N/A",
    argument: "dates",
    detail: "the balances start on 2024-01-01, so the 365 days from 2023-11-06 to 2024-11-04 are not covered",
  },
];

describe("BAR.LIQUIDITYAVERAGE bad input", () => {
  beforeAll(() => setCurrentLanguage("en"));

  it.each(LEDGER_BAD_CASES)("rejects $what", ({ dates, balances, code, argument, detail }) => {
    const error = excelErrorOf(() => call(dates, balances, null));
    expect(error).toEqual({ code, message: expect.stringContaining(`Argument ${argument}`) });
    expect(error.message).toContain(detail);
  });

  it.each(AS_OF_CASES)("rejects an as-of day that is $what", ({ asOf, code, argument, detail }) => {
    const result = (() => {
      try {
        return call(DATES, BALANCES, asOf)[0][0];
      } catch (thrown) {
        return thrown;
      }
    })() as CustomFunctions.Error;
    expect(result).toBeInstanceOf(CustomFunctions.Error);
    expect(result.code).toBe(code);
    expect(result.message).toContain(`Argument ${argument}`);
    expect(result.message).toContain(detail);
  });

  it("names the cell when Excel passes the addresses", () => {
    const invocation = { parameterAddresses: ["Kasse!A2:A4", "Kasse!B2:B4"] };
    const error = excelErrorOf(() => call([[45292], [45657], [45474]], BALANCES, null, invocation));
    expect(error.message).toContain("Argument dates, cell Kasse!A4: the date is earlier");
  });

  it("explains coverage in Danish, with dates in the form the function accepts (åååå-mm-dd)", () => {
    setCurrentLanguage("da");
    try {
      expect(call(DATES, BALANCES, 45600)[0][0]).toMatchObject({
        code: "#N/A",
        message:
          "Argumentet datoer: beholdningerne begynder 2024-01-01, så de 365 dage fra 2023-11-06 til 2024-11-04 er ikke dækket. Gennemsnittet over 12 måneder kræver en beholdning senest 2023-11-06.",
      });
    } finally {
      setCurrentLanguage("en");
    }
  });
});
