import { liquidityCheck } from "../../src/functions/functions";
import { setCurrentLanguage } from "../../src/i18n/language";
import { excelErrorOf } from "../support/excelErrorOf";
import { LEDGER_BAD_CASES } from "../support/liquidityBadInputs";

const call = liquidityCheck as (...args: unknown[]) => unknown[][];
const DATES = [[45292], [45474], [45657]];
const BALANCES = [[100], [50], [200]];

type BadCase = { what: string; floor: unknown; code: string; detail: string };

const FLOOR_CASES: BadCase[] = [
  { what: "text", floor: "100 mio.", code: "#VALUE!", detail: 'found the text "100 mio."' },
  { what: "TRUE", floor: true, code: "#VALUE!", detail: "found TRUE" },
  { what: "a range", floor: [[100, 200]], code: "#VALUE!", detail: "expected a single value" },
  { what: "NaN", floor: Number.NaN, code: "#VALUE!", detail: "finite number" },
  { what: "a huge number", floor: 1e300, code: "#VALUE!", detail: "larger than" },
  {
    what: "#DIV/0! (the error survives)",
    floor: new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero),
    code: "#DIV/0!",
    detail: "#DIV/0!",
  },
];

describe("BAR.LIQUIDITYCHECK bad input", () => {
  beforeAll(() => setCurrentLanguage("en"));

  it.each(LEDGER_BAD_CASES)("rejects $what", ({ dates, balances, code, argument, detail }) => {
    const error = excelErrorOf(() => call(dates, balances, null));
    expect(error).toEqual({ code, message: expect.stringContaining(`Argument ${argument}`) });
    expect(error.message).toContain(detail);
  });

  it.each(FLOOR_CASES)("rejects a floor that is $what", ({ floor, code, detail }) => {
    const error = excelErrorOf(() => call(DATES, BALANCES, floor));
    expect(error).toEqual({ code, message: expect.stringContaining("Argument floor") });
    expect(error.message).toContain(detail);
  });

  it("gives #N/A with the reason for each date without 365 days behind it", () => {
    const [[first]] = call(DATES, BALANCES, 0) as CustomFunctions.Error[][];
    expect(first).toMatchObject({ code: "#N/A", message: expect.stringContaining("are not covered") });
  });

  it("explains in Danish with the Danish argument name", () => {
    setCurrentLanguage("da");
    try {
      expect(excelErrorOf(() => call(DATES, [[100], ["ukendt"], [200]], null)).message).toBe(
        'Argumentet beholdninger, række 2, kolonne 1 i området: forventede et tal, men fandt teksten "ukendt". Skriv beløb som tal (fx -1257, ikke "1.257" som tekst).',
      );
    } finally {
      setCurrentLanguage("en");
    }
  });
});
