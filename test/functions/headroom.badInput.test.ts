import { headroom } from "../../src/functions/functions";
import { setCurrentLanguage } from "../../src/i18n/language";
import { excelErrorOf } from "../support/excelErrorOf";

// Excel passes whatever is in the cells, so the wrapper is called as loosely as Excel calls it.
const call = headroom as (...args: unknown[]) => unknown;
const TAXES = [[-3000, -3100, -3200, -3250]];
const GRANTS = [[-800, -820, -830, -840]];
const OPERATING = [[3600, 3750, 3900, 4000]];
const NA = () => new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);

type BadCase = { what: string; args: unknown[]; code: string; argument: string; detail: string };

const CASES: BadCase[] = [
  {
    what: "a Danish thousands number typed as text",
    args: [[[-3000, "-3.100", -3200, -3250]], GRANTS],
    code: "#VALUE!",
    argument: "taxes",
    detail: 'column 2 of the range: expected a number but found the text "-3.100"',
  },
  {
    what: "'unknown for now' in the block",
    args: [[[-3000], ["ukendt p.t."]]],
    code: "#VALUE!",
    argument: "taxes",
    detail: 'row 2, column 1 of the range: expected a number but found the text "ukendt p.t."',
  },
  {
    what: "TRUE as grants",
    args: [TAXES, [[true, -820, -830, -840]]],
    code: "#VALUE!",
    argument: "grants",
    detail: "found TRUE",
  },
  {
    what: "#N/A in operating expenditure (the error survives)",
    args: [TAXES, GRANTS, [[3600, NA(), 3900, 4000]]],
    code: "#N/A",
    argument: "operatingExpenditure",
    detail: "holds the error #N/A",
  },
  {
    what: "#DIV/0! in the block (the error survives)",
    args: [[[-3000, new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero)]]],
    code: "#DIV/0!",
    argument: "taxes",
    detail: "#DIV/0!",
  },
  {
    what: "#REF!, which Excel cannot return, as #VALUE!",
    args: [
      TAXES,
      GRANTS,
      OPERATING,
      [[new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidReference), 1, 1, 1]],
    ],
    code: "#VALUE!",
    argument: "netInterest",
    detail: "#REF!",
  },
  {
    what: "grants for fewer years than taxes",
    args: [TAXES, [[-800, -820, -830]]],
    code: "#VALUE!",
    argument: "grants",
    detail: "expected 4 years to match taxes, but found 3",
  },
  {
    what: "a block where one line is expected",
    args: [
      TAXES,
      [
        [-800, -820, -830, -840],
        [1, 2, 3, 4],
      ],
    ],
    code: "#VALUE!",
    argument: "grants",
    detail: "2 rows × 4 columns",
  },
  {
    what: "a block as taxes with other lines given",
    args: [
      [
        [-3000, -3100],
        [-800, -820],
      ],
      [[3600, 3750]],
    ],
    code: "#VALUE!",
    argument: "taxes",
    detail: "2 rows × 2 columns",
  },
  {
    what: "an empty taxes range",
    args: [[]],
    code: "#VALUE!",
    argument: "taxes",
    detail: "the range is empty",
  },
  {
    what: "an empty grants range",
    args: [TAXES, [[]]],
    code: "#VALUE!",
    argument: "grants",
    detail: "the range is empty",
  },
  {
    what: "NaN as net interest",
    args: [TAXES, GRANTS, OPERATING, [[Number.NaN, 1, 1, 1]]],
    code: "#VALUE!",
    argument: "netInterest",
    detail: "finite number",
  },
  {
    what: "Infinity in the block",
    args: [[[-3000, Infinity]]],
    code: "#VALUE!",
    argument: "taxes",
    detail: "finite number",
  },
  {
    what: "a huge amount",
    args: [TAXES, [[-1e20, 0, 0, 0]]],
    code: "#VALUE!",
    argument: "grants",
    detail: "larger than",
  },
  {
    what: "positive taxes (the other sign convention)",
    args: [[[3000, 3100, 3200, 3250]], GRANTS],
    code: "#VALUE!",
    argument: "taxes",
    detail: "taxes are income and must be 0 or negative",
  },
  {
    what: "missing taxes",
    args: [null, GRANTS],
    code: "#VALUE!",
    argument: "taxes",
    detail: "is missing",
  },
  {
    what: "a text date where an amount belongs",
    args: [TAXES, [["2025-01-01", -820, -830, -840]]],
    code: "#VALUE!",
    argument: "grants",
    detail: 'found the text "2025-01-01"',
  },
];

describe("BAR.HEADROOM bad input", () => {
  beforeAll(() => setCurrentLanguage("en"));

  it.each(CASES)("rejects $what", ({ args, code, argument, detail }) => {
    const error = excelErrorOf(() => call(args[0], args[1] ?? null, args[2] ?? null, args[3] ?? null));
    expect(error).toEqual({ code, message: expect.stringContaining(`Argument ${argument}`) });
    expect(error.message).toContain(detail);
  });

  it("names the cell when Excel passes the addresses", () => {
    const invocation = { parameterAddresses: ["Budget!C5:F5", "Budget!C6:F6"] };
    const error = excelErrorOf(() => call(TAXES, [[-800, "x", -830, -840]], null, null, invocation));
    expect(error.message).toBe(
      'Argument grants, cell Budget!D6: expected a number but found the text "x". Type amounts as numbers (e.g. -1257, not "1.257" as text).',
    );
  });

  it("explains in Danish when Office is Danish", () => {
    setCurrentLanguage("da");
    try {
      expect(excelErrorOf(() => call([[3000]], [[-800]])).message).toBe(
        "Argumentet skatter, række 1, kolonne 1 i området: skatter er indtægter og skal være 0 eller negative med budgettets fortegn (udgifter +, indtægter −). Skriv skatterne som negative beløb.",
      );
    } finally {
      setCurrentLanguage("en");
    }
  });
});
