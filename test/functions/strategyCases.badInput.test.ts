import { strategyCases } from "../../src/functions/functions";
import { setCurrentLanguage } from "../../src/i18n/language";
import { excelErrorOf } from "../support/excelErrorOf";

const error = (code: CustomFunctions.ErrorCode) => new CustomFunctions.Error(code);
const HEADROOM = [[120, "90-110", 100]];
const CASH = [[150, 150, "90-120"]];
const CHALLENGES = [["7,5-14,5", "0-20", "25-30"]];

type BadCase = { what: string; args: unknown[]; code: string; argument: string; detail: string };

const CASES: BadCase[] = [
  {
    what: "text that is no range as headroom",
    args: [[[120, "abc", 100]], CASH],
    code: "#VALUE!",
    argument: "headroom",
    detail: 'found the text "abc"',
  },
  {
    what: "a headroom range with its ends swapped",
    args: [[[120, "110-90", 100]], CASH],
    code: "#VALUE!",
    argument: "headroom",
    detail: "the low end 110 is above the high end 90",
  },
  {
    what: "a cash range with its ends swapped",
    args: [HEADROOM, [[150, "-5 til -10", 1]]],
    code: "#VALUE!",
    argument: "cash",
    detail: "the low end -5 is above the high end -10",
  },
  {
    what: "a challenge with its ends swapped",
    args: [HEADROOM, CASH, [["14,5-7,5", 0, 0]]],
    code: "#VALUE!",
    argument: "challenges",
    detail: "the low end 14.5 is above the high end 7.5",
  },
  {
    what: "a challenge that is no range",
    args: [HEADROOM, CASH, [["ca. 10", 0, 0]]],
    code: "#VALUE!",
    argument: "challenges",
    detail: 'found the text "ca. 10"',
  },
  {
    what: "an ambiguous challenge",
    args: [HEADROOM, CASH, [["1,500-2,000", 0, 0]]],
    code: "#VALUE!",
    argument: "challenges",
    detail: '"1,500" could be',
  },
  {
    what: "a number typed as text as cash",
    args: [HEADROOM, [[150, "150,5", 1]]],
    code: "#VALUE!",
    argument: "cash",
    detail: 'found the text "150,5"',
  },
  {
    what: "TRUE as headroom",
    args: [[[true, 1, 1]], CASH],
    code: "#VALUE!",
    argument: "headroom",
    detail: "found TRUE",
  },
  {
    what: "#N/A in a headroom cell (the error survives)",
    args: [[[error(CustomFunctions.ErrorCode.notAvailable), 1, 1]], CASH],
    code: "#N/A",
    argument: "headroom",
    detail: "holds the error #N/A",
  },
  {
    what: "#NUM! in a challenge (the error survives)",
    args: [HEADROOM, CASH, [[0, error(CustomFunctions.ErrorCode.invalidNumber), 0]]],
    code: "#NUM!",
    argument: "challenges",
    detail: "#NUM!",
  },
  {
    what: "#REF! in cash, as #VALUE!",
    args: [HEADROOM, [[error(CustomFunctions.ErrorCode.invalidReference), 1, 1]]],
    code: "#VALUE!",
    argument: "cash",
    detail: "#REF!",
  },
  {
    what: "cash for fewer years than headroom",
    args: [HEADROOM, [[150, 150]]],
    code: "#VALUE!",
    argument: "cash",
    detail: "expected 3 years to match headroom, but found 2",
  },
  {
    what: "challenges for fewer years than headroom",
    args: [HEADROOM, CASH, [[1, 2]]],
    code: "#VALUE!",
    argument: "challenges",
    detail: "expected 3 years to match headroom, but found 2",
  },
  {
    what: "challenges as a column against headroom in a row",
    args: [HEADROOM, CASH, [[1], [2], [3]]],
    code: "#VALUE!",
    argument: "challenges",
    detail: "expected 3 years",
  },
  {
    what: "headroom in a 2×2 block",
    args: [
      [
        [1, 2],
        [3, 4],
      ],
      CASH,
    ],
    code: "#VALUE!",
    argument: "headroom",
    detail: "2 rows × 2 columns",
  },
  {
    what: "an empty headroom range",
    args: [[], CASH],
    code: "#VALUE!",
    argument: "headroom",
    detail: "the range is empty",
  },
  {
    what: "an empty challenges range",
    args: [HEADROOM, CASH, [[]]],
    code: "#VALUE!",
    argument: "challenges",
    detail: "the range is empty",
  },
  {
    what: "missing headroom",
    args: [null, CASH],
    code: "#VALUE!",
    argument: "headroom",
    detail: "is missing",
  },
  { what: "missing cash", args: [HEADROOM, null], code: "#VALUE!", argument: "cash", detail: "is missing" },
  {
    what: "a huge challenge",
    args: [HEADROOM, CASH, [[1e20, 0, 0]]],
    code: "#VALUE!",
    argument: "challenges",
    detail: "larger than",
  },
  {
    what: "a range as minimum headroom",
    args: [HEADROOM, CASH, null, "60-80"],
    code: "#VALUE!",
    argument: "minHeadroom",
    detail: 'found the text "60-80"',
  },
  {
    what: "an optimum below the minimum",
    args: [HEADROOM, CASH, null, 100, 70],
    code: "#VALUE!",
    argument: "optimalHeadroom",
    detail: "must be at least minHeadroom",
  },
  {
    what: "an error value as minimum cash",
    args: [HEADROOM, CASH, null, null, null, error(CustomFunctions.ErrorCode.divisionByZero)],
    code: "#DIV/0!",
    argument: "minCash",
    detail: "#DIV/0!",
  },
];

describe("BAR.STRATEGYCASES bad input", () => {
  beforeAll(() => setCurrentLanguage("en"));

  it.each(CASES)("rejects $what", ({ args, code, argument, detail }) => {
    const callAsExcel = strategyCases as (...values: unknown[]) => unknown;
    const found = excelErrorOf(() =>
      callAsExcel(args[0], args[1], args[2] ?? null, args[3] ?? null, args[4] ?? null, args[5] ?? null),
    );
    expect(found).toEqual({ code, message: expect.stringContaining(`Argument ${argument}`) });
    expect(found.message).toContain(detail);
  });

  it("returns #N/A in every case for a year with an unknown challenge, naming its cell", () => {
    const invocation = {
      parameterAddresses: ["Sheet1!B2:D2", "Sheet1!B3:D3", "Sheet1!B4:D5"],
    } as CustomFunctions.Invocation;
    const result = strategyCases(
      HEADROOM,
      CASH,
      [CHALLENGES[0], [0, "ukendt", 0]],
      null,
      null,
      null,
      invocation,
    );
    const codes = result.map((row) => row.map((cell) => (typeof cell === "string" ? cell : cell.code)));
    expect(codes).toEqual([
      ["OK", "#N/A", "BREACH"],
      ["OK", "#N/A", "BELOW_OPTIMAL"],
      ["OK", "#N/A", "BELOW_OPTIMAL"],
    ]);
    expect((result[0][1] as CustomFunctions.Error).message).toContain("Argument challenges, cell Sheet1!C5");
  });
});
