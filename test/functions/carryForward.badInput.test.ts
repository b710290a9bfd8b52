import { carryForward } from "../../src/functions/functions";
import { setCurrentLanguage } from "../../src/i18n/language";
import { excelErrorOf } from "../support/excelErrorOf";

const TARGETS = [[-2000, -3000, -5000, -7000]];
const LINES = [
  [-977, -1257, -1257, -1257],
  [-1023, -1023, -1023, -1023],
];

type BadCase = {
  what: string;
  args: [unknown, unknown, unknown?, unknown?];
  code: string;
  argument: string;
  /** Text the English message must contain besides the argument (cell, found value, allowed values). */
  detail: string;
};

const CASES: BadCase[] = [
  {
    what: "a Danish-formatted number typed as text",
    args: [TARGETS, [[-977, "1.257", 0, 0]]],
    code: "#VALUE!",
    argument: "achieved",
    detail: 'row 1, column 2 of the range: expected a number but found the text "1.257"',
  },
  {
    what: "a word among the targets",
    args: [[[-2000, "abc", -5000, -7000]], LINES],
    code: "#VALUE!",
    argument: "targets",
    detail: 'column 2 of the range: expected a number but found the text "abc"',
  },
  {
    what: "a dash among the targets: a target not estimated is not known, and not 0",
    args: [[[-2000, "-", -5000, -7000]], LINES],
    code: "#N/A",
    argument: "targets",
    detail:
      'column 2 of the range: the cell holds "-" (not estimated yet). A year without a target cannot be carried forward',
  },
  {
    what: "an unknown mode, with an en dash (not estimated) among the effects",
    args: [[[-2000, -3000, -5000, -7000]], [[-977, -1257, "–", -1257]], "nonsense"],
    code: "#VALUE!",
    argument: "mode",
    detail: '"nonsense" is not allowed here',
  },
  {
    what: "TRUE among the effects",
    args: [TARGETS, [[true, 0, 0, 0]]],
    code: "#VALUE!",
    argument: "achieved",
    detail: "found TRUE",
  },
  {
    what: "FALSE among the targets",
    args: [[[false, -3000, -5000, -7000]], LINES],
    code: "#VALUE!",
    argument: "targets",
    detail: "found FALSE",
  },
  {
    what: "#N/A in an effect cell (the error survives)",
    args: [TARGETS, [[0, 0, new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable), 0]]],
    code: "#N/A",
    argument: "achieved",
    detail: "row 1, column 3 of the range: the cell holds the error #N/A",
  },
  {
    what: "#DIV/0! in a target cell (the error survives)",
    args: [
      [[-2000, new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero), -5000, -7000]],
      LINES,
    ],
    code: "#DIV/0!",
    argument: "targets",
    detail: "#DIV/0!",
  },
  {
    what: "targets in a 2×2 block",
    args: [
      [
        [-1, -2],
        [-3, -4],
      ],
      [[0, 0]],
    ],
    code: "#VALUE!",
    argument: "targets",
    detail: "2 rows × 2 columns",
  },
  {
    what: "three years of effects against four targets",
    args: [TARGETS, [[-977, -1257, -1257]]],
    code: "#VALUE!",
    argument: "achieved",
    detail: "expected 4 years to match targets, but found 3",
  },
  {
    what: "a target column (4×1) with effects laid out as a row (1×4)",
    args: [[[-2000], [-3000], [-5000], [-7000]], [[-977, -1257, -1257, -1257]]],
    code: "#VALUE!",
    argument: "achieved",
    detail: "expected 4 years",
  },
  {
    what: "an empty targets range",
    args: [[], LINES],
    code: "#VALUE!",
    argument: "targets",
    detail: "the range is empty",
  },
  {
    what: "an empty effects range",
    args: [TARGETS, [[]]],
    code: "#VALUE!",
    argument: "achieved",
    detail: "the range is empty",
  },
  {
    what: "NaN among the effects",
    args: [TARGETS, [[Number.NaN, 0, 0, 0]]],
    code: "#VALUE!",
    argument: "achieved",
    detail: "expected a finite number",
  },
  {
    what: "Infinity among the targets",
    args: [[[-Infinity, -3000, -5000, -7000]], LINES],
    code: "#VALUE!",
    argument: "targets",
    detail: "expected a finite number",
  },
  {
    what: "an absurdly large effect",
    args: [TARGETS, [[-1e300, 0, 0, 0]]],
    code: "#VALUE!",
    argument: "achieved",
    detail: "larger than 1E15",
  },
  {
    what: "effects that only overflow when summed",
    args: [
      TARGETS,
      [
        [-9e14, 0, 0, 0],
        [-9e14, 0, 0, 0],
      ],
    ],
    code: "#VALUE!",
    argument: "achieved",
    detail: "larger than 1E15",
  },
  {
    what: "an unknown mode",
    args: [TARGETS, LINES, "carry"],
    code: "#VALUE!",
    argument: "mode",
    detail: '"carry" is not allowed here; use one of: release, bank, none',
  },
  {
    what: "a number as mode",
    args: [TARGETS, LINES, 1],
    code: "#VALUE!",
    argument: "mode",
    detail: '"1" is not allowed here',
  },
  {
    what: "TRUE as mode",
    args: [TARGETS, LINES, true],
    code: "#VALUE!",
    argument: "mode",
    detail: '"true" is not allowed here',
  },
  {
    what: "a two-cell range as mode",
    args: [TARGETS, LINES, [["bank", "none"]]],
    code: "#VALUE!",
    argument: "mode",
    detail: "expected a single value",
  },
  {
    what: "#N/A as mode (the error survives)",
    args: [TARGETS, LINES, new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable)],
    code: "#N/A",
    argument: "mode",
    detail: "holds the error #N/A",
  },
  {
    what: "#DIV/0! as detail, from a one-cell range (the error survives)",
    args: [TARGETS, LINES, null, [[new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero)]]],
    code: "#DIV/0!",
    argument: "detail",
    detail: "holds the error #DIV/0!",
  },
  {
    what: "text as detail",
    args: [TARGETS, LINES, null, "yes"],
    code: "#VALUE!",
    argument: "detail",
    detail: "use one of: TRUE, FALSE",
  },
  {
    what: "2 as detail",
    args: [TARGETS, LINES, null, 2],
    code: "#VALUE!",
    argument: "detail",
    detail: '"2" is not allowed',
  },
  {
    what: "missing targets",
    args: [null, LINES],
    code: "#VALUE!",
    argument: "targets",
    detail: "is missing",
  },
  {
    what: "a blank target year",
    args: [[[-2000, null, -5000, -7000]], LINES],
    code: "#N/A",
    argument: "targets",
    detail: "column 2 of the range: the cell is blank",
  },
  {
    what: "targets that mix reductions written as negatives and positives",
    args: [[[-2000, 3000, -5000, -7000]], LINES],
    code: "#VALUE!",
    argument: "targets",
    detail: "mix positive and negative",
  },
];

describe("BAR.CARRYFORWARD bad input", () => {
  beforeAll(() => setCurrentLanguage("en"));

  it.each(CASES)("rejects $what", ({ args, code, argument, detail }) => {
    // Excel can pass anything at run time, whatever the TypeScript signature says.
    const callAsExcel = carryForward as (...values: unknown[]) => unknown;
    const error = excelErrorOf(() => callAsExcel(...args, undefined));
    expect(error).toEqual({ code, message: expect.stringContaining(`Argument ${argument}`) });
    expect(error.message).toContain(detail);
  });

  it("names the cell by its address when Excel passes the arguments' addresses", () => {
    const invocation = { parameterAddresses: ["Ark1!B2:E2", "Ark1!B3:E4"] } as CustomFunctions.Invocation;
    expect(
      excelErrorOf(() =>
        carryForward(
          TARGETS,
          [
            [0, 0, 0, 0],
            [0, "x", 0, 0],
          ],
          null,
          null,
          invocation,
        ),
      ).message,
    ).toBe(
      'Argument achieved, cell Ark1!C4: expected a number but found the text "x". Type amounts as numbers (e.g. -1257, not "1.257" as text).',
    );
  });

  it("explains in Danish, with the Danish argument name, when Office is Danish", () => {
    setCurrentLanguage("da");
    try {
      expect(excelErrorOf(() => carryForward(TARGETS, LINES, "carry", null)).message).toBe(
        'Argumentet regel: "carry" er ikke tilladt her; brug en af: release, bank, none.',
      );
    } finally {
      setCurrentLanguage("en");
    }
  });
});

describe("BAR.CARRYFORWARD odd but valid input", () => {
  it("counts blank cells, empty text and '-' in effects as 0", () => {
    expect(
      carryForward(
        [[-100, -100]],
        [
          [null, ""],
          ["-", " - "],
        ],
        null,
        null,
      ),
    ).toEqual([[-100, -200]]);
  });

  it("accepts a single target year against a row of initiatives", () => {
    expect(carryForward([[-100]], [[-30, -50]], null, null)).toEqual([[-20]]);
  });

  it("accepts a single target year against a column of initiatives", () => {
    expect(carryForward([[-100]], [[-30], [-50]], null, null)).toEqual([[-20]]);
  });

  it("accepts the mode in any case and with spaces", () => {
    expect(carryForward([[-100, -100]], [[-150, 0]], " BANK ", null)).toEqual([[50, -50]]);
  });

  it("accepts 1 and 0 for detail, as Excel does for TRUE and FALSE", () => {
    expect(carryForward([[-100]], [[-30]], null, 1)).toEqual([[-100], [-30], [-70], [-70]]);
  });
});
