import { scenario } from "../../src/functions/functions";
import { setCurrentLanguage } from "../../src/i18n/language";
import { excelErrorOf } from "../support/excelErrorOf";

const error = (code: CustomFunctions.ErrorCode) => new CustomFunctions.Error(code);
const VALUES = [[-977, "-600 til -300", "-"]];

type BadCase = { what: string; args: unknown[]; code: string; argument: string; detail: string };

const CASES: BadCase[] = [
  {
    what: "text that is no range",
    args: [[["abc"]], "expected"],
    code: "#VALUE!",
    argument: "values",
    detail: 'found the text "abc"',
  },
  {
    what: "a range with a unit",
    args: [[["7,5-14,5 mio. kr."]], "expected"],
    code: "#VALUE!",
    argument: "values",
    detail: "Write a range low end first",
  },
  {
    what: "a low end above the high end",
    args: [[["14,5-7,5"]], "expected"],
    code: "#VALUE!",
    argument: "values",
    detail: "the low end 14.5 is above the high end 7.5",
  },
  {
    what: "negative ends in the wrong order",
    args: [[["-900 til -1.500"]], "pessimistic"],
    code: "#VALUE!",
    argument: "values",
    detail: "the low end -900 is above the high end -1,500",
  },
  {
    what: "the short form with signs",
    args: [[["-1.500--900"]], "expected"],
    code: "#VALUE!",
    argument: "values",
    detail: "-1,500 to -900",
  },
  {
    what: "an ambiguous end",
    args: [[["1,500-2,000"]], "expected"],
    code: "#VALUE!",
    argument: "values",
    detail: '"1,500" could be 1.5 or 1,500',
  },
  {
    what: "a number typed as text",
    args: [[["85,5"]], "expected"],
    code: "#VALUE!",
    argument: "values",
    detail: 'found the text "85,5"',
  },
  {
    what: "an end beyond the amount limit",
    args: [[["0 til 2.000.000.000.000.000"]], "expected"],
    code: "#VALUE!",
    argument: "values",
    detail: "larger than 1E15",
  },
  {
    what: "TRUE in a cell",
    args: [[[true]], "expected"],
    code: "#VALUE!",
    argument: "values",
    detail: "found TRUE",
  },
  {
    what: "NaN in a cell",
    args: [[[Number.NaN]], "expected"],
    code: "#VALUE!",
    argument: "values",
    detail: "finite number",
  },
  {
    what: "a huge number",
    args: [[[1e20]], "expected"],
    code: "#VALUE!",
    argument: "values",
    detail: "larger than",
  },
  {
    what: "#N/A in a cell (the error survives)",
    args: [[[1, error(CustomFunctions.ErrorCode.notAvailable)]], "expected"],
    code: "#N/A",
    argument: "values",
    detail: "holds the error #N/A",
  },
  {
    what: "#DIV/0! in a cell (the error survives)",
    args: [[[error(CustomFunctions.ErrorCode.divisionByZero)]], "expected"],
    code: "#DIV/0!",
    argument: "values",
    detail: "#DIV/0!",
  },
  {
    what: "#REF! in a cell, which Excel cannot return, as #VALUE!",
    args: [[[error(CustomFunctions.ErrorCode.invalidReference)]], "expected"],
    code: "#VALUE!",
    argument: "values",
    detail: "#REF!",
  },
  {
    what: "an empty range",
    args: [[], "expected"],
    code: "#VALUE!",
    argument: "values",
    detail: "the range is empty",
  },
  {
    what: "missing values",
    args: [null, "expected"],
    code: "#VALUE!",
    argument: "values",
    detail: "is missing",
  },
  {
    what: "a bad case name",
    args: [VALUES, "worst"],
    code: "#VALUE!",
    argument: "scenario",
    detail: '"worst" is not allowed here',
  },
  {
    what: "a missing case",
    args: [VALUES, null],
    code: "#VALUE!",
    argument: "scenario",
    detail: "is missing",
  },
  { what: "a blank case", args: [VALUES, ""], code: "#VALUE!", argument: "scenario", detail: "is missing" },
  {
    what: "a number as the case",
    args: [VALUES, 1],
    code: "#VALUE!",
    argument: "scenario",
    detail: '"1" is not allowed here',
  },
  {
    what: "a range of cases",
    args: [VALUES, [["expected", "optimistic"]]],
    code: "#VALUE!",
    argument: "scenario",
    detail: "expected a single value",
  },
  {
    what: "an error value as the case",
    args: [VALUES, error(CustomFunctions.ErrorCode.invalidNumber)],
    code: "#NUM!",
    argument: "scenario",
    detail: "#NUM!",
  },
  {
    what: "a bad direction",
    args: [VALUES, "expected", "up"],
    code: "#VALUE!",
    argument: "worse",
    detail: '"up" is not allowed here',
  },
  {
    what: "TRUE as the direction",
    args: [VALUES, "expected", true],
    code: "#VALUE!",
    argument: "worse",
    detail: '"true" is not allowed here',
  },
];

describe("BAR.SCENARIO bad input", () => {
  beforeAll(() => setCurrentLanguage("en"));

  it.each(CASES)("rejects $what", ({ args, code, argument, detail }) => {
    const callAsExcel = scenario as (...values: unknown[]) => unknown;
    const found = excelErrorOf(() => callAsExcel(args[0], args[1], args[2] ?? null));
    expect(found).toEqual({ code, message: expect.stringContaining(`Argument ${argument}`) });
    expect(found.message).toContain(detail);
  });

  it("names the cell of a bad case name typed in a cell", () => {
    const invocation = { parameterAddresses: ["Sheet1!A1:C1", "Sheet1!F1"] } as CustomFunctions.Invocation;
    const found = excelErrorOf(() => scenario(VALUES, "worst", null, invocation));
    expect(found.message).toContain("Argument scenario, cell Sheet1!F1");
  });

  it("names the cell of a text that is no range", () => {
    const invocation = { parameterAddresses: ["Sheet1!A1:C1", "Sheet1!F1"] } as CustomFunctions.Invocation;
    const found = excelErrorOf(() => scenario([[1, 2, "x"]], "expected", null, invocation));
    expect(found.message).toContain("Argument values, cell Sheet1!C1");
  });
});
