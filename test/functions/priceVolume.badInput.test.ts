import { priceVolume } from "../../src/functions/functions";
import { setCurrentLanguage } from "../../src/i18n/language";
import { excelErrorOf } from "../support/excelErrorOf";

const call = priceVolume as (...args: unknown[]) => unknown;
const EXPENDITURE = [[359, 396]];
const CITIZENS = [[1200, 1260]];
const error = (code: CustomFunctions.ErrorCode) => new CustomFunctions.Error(code);

type BadCase = { what: string; args: unknown[]; code: string; argument: string; detail: string };

const CASES: BadCase[] = [
  {
    what: "a Danish number typed as text",
    args: [EXPENDITURE, [[1200, "1.260"]]],
    code: "#VALUE!",
    argument: "citizens",
    detail: 'column 2 of the range: expected a number but found the text "1.260"',
  },
  {
    what: "TRUE as expenditure",
    args: [[[true, 396]], CITIZENS],
    code: "#VALUE!",
    argument: "expenditure",
    detail: "found TRUE",
  },
  {
    what: "#N/A as expenditure (the error survives)",
    args: [[[359, error(CustomFunctions.ErrorCode.notAvailable)]], CITIZENS],
    code: "#N/A",
    argument: "expenditure",
    detail: "holds the error #N/A",
  },
  {
    what: "#DIV/0! as citizens (the error survives)",
    args: [EXPENDITURE, [[error(CustomFunctions.ErrorCode.divisionByZero), 1260]]],
    code: "#DIV/0!",
    argument: "citizens",
    detail: "#DIV/0!",
  },
  {
    what: "a blank expenditure",
    args: [[[359, null]], CITIZENS],
    code: "#N/A",
    argument: "expenditure",
    detail: "the cell is blank",
  },
  {
    what: "0 citizens",
    args: [EXPENDITURE, [[1200, 0]]],
    code: "#VALUE!",
    argument: "citizens",
    detail: "greater than 0",
  },
  {
    what: "a negative number of citizens",
    args: [EXPENDITURE, [[-1200, 1260]]],
    code: "#VALUE!",
    argument: "citizens",
    detail: "greater than 0",
  },
  {
    what: "citizens for fewer periods",
    args: [[[359, 396, 410]], CITIZENS],
    code: "#VALUE!",
    argument: "citizens",
    detail: "expected 3 periods, as many as expenditure, but found 2",
  },
  {
    what: "a single period",
    args: [[[359]], [[1200]]],
    code: "#VALUE!",
    argument: "expenditure",
    detail: "expected at least 2 periods",
  },
  {
    what: "a 2×2 block of expenditure",
    args: [
      [
        [359, 396],
        [1, 2],
      ],
      CITIZENS,
    ],
    code: "#VALUE!",
    argument: "expenditure",
    detail: "2 rows × 2 columns",
  },
  {
    what: "an empty range",
    args: [[], CITIZENS],
    code: "#VALUE!",
    argument: "expenditure",
    detail: "the range is empty",
  },
  {
    what: "NaN as expenditure",
    args: [[[Number.NaN, 396]], CITIZENS],
    code: "#VALUE!",
    argument: "expenditure",
    detail: "finite number",
  },
  {
    what: "Infinity citizens",
    args: [EXPENDITURE, [[1200, Infinity]]],
    code: "#VALUE!",
    argument: "citizens",
    detail: "finite number",
  },
  {
    what: "a huge expenditure",
    args: [[[359, 1e20]], CITIZENS],
    code: "#VALUE!",
    argument: "expenditure",
    detail: "larger than",
  },
  {
    what: "a Danish part name",
    args: [EXPENDITURE, CITIZENS, "mængde"],
    code: "#VALUE!",
    argument: "part",
    detail: '"mængde" is not allowed here; use one of: both, volume, price',
  },
  {
    what: "TRUE as part",
    args: [EXPENDITURE, CITIZENS, true],
    code: "#VALUE!",
    argument: "part",
    detail: '"true" is not allowed',
  },
  {
    what: "a range as part",
    args: [EXPENDITURE, CITIZENS, [["volume", "price"]]],
    code: "#VALUE!",
    argument: "part",
    detail: "expected a single value",
  },
  {
    what: "a dash as a number of citizens (not estimated: not known, not 0)",
    args: [EXPENDITURE, [[1200, "-"]]],
    code: "#N/A",
    argument: "citizens",
    detail: 'the cell holds "-" (not estimated yet). A period without a number of citizens cannot be split',
  },
  {
    what: "missing citizens",
    args: [EXPENDITURE, null],
    code: "#VALUE!",
    argument: "citizens",
    detail: "is missing",
  },
];

describe("BAR.PRICEVOLUME bad input", () => {
  beforeAll(() => setCurrentLanguage("en"));

  it.each(CASES)("rejects $what", ({ args, code, argument, detail }) => {
    const error = excelErrorOf(() => call(args[0], args[1], args[2] ?? null));
    expect(error).toEqual({ code, message: expect.stringContaining(`Argument ${argument}`) });
    expect(error.message).toContain(detail);
  });

  it("explains 0 citizens in Danish", () => {
    setCurrentLanguage("da");
    try {
      expect(excelErrorOf(() => call(EXPENDITURE, [[0, 1260]], null)).message).toBe(
        "Argumentet borgere, række 1, kolonne 1 i området: forventede et antal borgere større end 0.",
      );
    } finally {
      setCurrentLanguage("en");
    }
  });
});
