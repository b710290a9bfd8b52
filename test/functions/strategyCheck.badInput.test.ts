import { strategyCheck } from "../../src/functions/functions";
import { setCurrentLanguage } from "../../src/i18n/language";
import { excelErrorOf } from "../support/excelErrorOf";

const HEADROOM = [[104, 85, 69]];
const CASH = [[160, 120, 130]];

type BadCase = { what: string; args: unknown[]; code: string; argument: string; detail: string };

const CASES: BadCase[] = [
  {
    what: "a Danish number typed as text",
    args: [[[104, "85,5", 69]], CASH],
    code: "#VALUE!",
    argument: "headroom",
    detail: 'column 2 of the range: expected a number but found the text "85,5"',
  },
  {
    what: "'unknown for now' as cash",
    args: [HEADROOM, [[160, "ukendt p.t.", 130]]],
    code: "#VALUE!",
    argument: "cash",
    detail: 'found the text "ukendt p.t."',
  },
  {
    what: "TRUE as headroom",
    args: [[[true, 85, 69]], CASH],
    code: "#VALUE!",
    argument: "headroom",
    detail: "found TRUE",
  },
  {
    what: "FALSE as cash",
    args: [HEADROOM, [[160, 120, false]]],
    code: "#VALUE!",
    argument: "cash",
    detail: "found FALSE",
  },
  {
    what: "#N/A in a headroom cell (the error survives)",
    args: [[[new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable), 85, 69]], CASH],
    code: "#N/A",
    argument: "headroom",
    detail: "holds the error #N/A",
  },
  {
    what: "#NUM! in a cash cell (the error survives)",
    args: [HEADROOM, [[160, new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber), 130]]],
    code: "#NUM!",
    argument: "cash",
    detail: "#NUM!",
  },
  {
    what: "#REF! in a cash cell, which Excel cannot return, as #VALUE!",
    args: [HEADROOM, [[160, new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidReference), 130]]],
    code: "#VALUE!",
    argument: "cash",
    detail: "#REF!",
  },
  {
    what: "cash for fewer years than headroom",
    args: [HEADROOM, [[160, 120]]],
    code: "#VALUE!",
    argument: "cash",
    detail: "expected 3 years to match headroom, but found 2",
  },
  {
    what: "a 1×3 row against a 2×1 column",
    args: [HEADROOM, [[160], [120]]],
    code: "#VALUE!",
    argument: "cash",
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
    what: "an empty cash range",
    args: [HEADROOM, [[]]],
    code: "#VALUE!",
    argument: "cash",
    detail: "the range is empty",
  },
  {
    what: "NaN as headroom",
    args: [[[Number.NaN, 85, 69]], CASH],
    code: "#VALUE!",
    argument: "headroom",
    detail: "finite number",
  },
  {
    what: "Infinity as cash",
    args: [HEADROOM, [[Infinity, 120, 130]]],
    code: "#VALUE!",
    argument: "cash",
    detail: "finite number",
  },
  {
    what: "a huge headroom",
    args: [[[1e20, 85, 69]], CASH],
    code: "#VALUE!",
    argument: "headroom",
    detail: "larger than",
  },
  {
    what: "text as minimum headroom",
    args: [HEADROOM, CASH, "70 mio."],
    code: "#VALUE!",
    argument: "minHeadroom",
    detail: 'found the text "70 mio."',
  },
  {
    what: "TRUE as optimal headroom",
    args: [HEADROOM, CASH, null, true],
    code: "#VALUE!",
    argument: "optimalHeadroom",
    detail: "found TRUE",
  },
  {
    what: "a range as minimum cash",
    args: [HEADROOM, CASH, null, null, [[100, 200]]],
    code: "#VALUE!",
    argument: "minCash",
    detail: "expected a single value",
  },
  {
    what: "an error value as minimum cash",
    args: [HEADROOM, CASH, null, null, new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero)],
    code: "#DIV/0!",
    argument: "minCash",
    detail: "#DIV/0!",
  },
  {
    what: "an optimum below the minimum",
    args: [HEADROOM, CASH, 100, 70],
    code: "#VALUE!",
    argument: "optimalHeadroom",
    detail: "must be at least minHeadroom",
  },
  {
    what: "a NaN threshold",
    args: [HEADROOM, CASH, Number.NaN],
    code: "#VALUE!",
    argument: "minHeadroom",
    detail: "finite number",
  },
  {
    what: "missing headroom (blaming headroom, not cash)",
    args: [null, CASH],
    code: "#VALUE!",
    argument: "headroom",
    detail: "is missing",
  },
  {
    what: "missing cash",
    args: [HEADROOM, null],
    code: "#VALUE!",
    argument: "cash",
    detail: "is missing",
  },
];

describe("BAR.STRATEGYCHECK bad input", () => {
  beforeAll(() => setCurrentLanguage("en"));

  it.each(CASES)("rejects $what", ({ args, code, argument, detail }) => {
    // Excel can pass anything at run time, whatever the TypeScript signature says.
    const callAsExcel = strategyCheck as (...values: unknown[]) => unknown;
    const error = excelErrorOf(() =>
      callAsExcel(args[0], args[1], args[2] ?? null, args[3] ?? null, args[4] ?? null),
    );
    expect(error).toEqual({ code, message: expect.stringContaining(`Argument ${argument}`) });
    expect(error.message).toContain(detail);
  });

  it("returns #N/A in the cell of a blank year and checks the others", () => {
    const [row] = strategyCheck([[104, null, 69]], CASH, null, null, null);
    expect(row.map((cell) => (typeof cell === "string" ? cell : cell.code))).toEqual([
      "OK",
      "#N/A",
      "BREACH",
    ]);
  });

  it("says that unknown is not zero for a blank cash year", () => {
    const [row] = strategyCheck(HEADROOM, [[160, 120, null]], null, null, null);
    expect((row[2] as CustomFunctions.Error).message).toBe(
      "Argument cash, row 1, column 3 of the range: the cell is blank. A year without a cash figure cannot be checked (unknown is not zero).",
    );
  });

  it('returns #N/A for a year whose headroom is "-" (not estimated yet), saying so', () => {
    const [row] = strategyCheck([["-", 85, 69]], CASH, null, null, null);
    expect(row[0]).toMatchObject({
      code: "#N/A",
      message:
        'Argument headroom, row 1, column 1 of the range: the cell holds "-" (not estimated yet). A year without a headroom cannot be checked (unknown is not zero).',
    });
    expect(row.slice(1)).toEqual(["BELOW_OPTIMAL", "BREACH"]);
  });

  it("explains in Danish when Office is Danish", () => {
    setCurrentLanguage("da");
    try {
      expect(excelErrorOf(() => strategyCheck(HEADROOM, CASH, "70 mio.", null, null)).message).toContain(
        'Argumentet min_råderum: forventede et tal, men fandt teksten "70 mio."',
      );
    } finally {
      setCurrentLanguage("en");
    }
  });
});
