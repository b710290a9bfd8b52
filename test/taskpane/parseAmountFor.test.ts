import { NOT_ESTIMATED } from "../../src/engine/parseAmount";
import { parseAmountFor } from "../../src/taskpane/parseAmountFor";

const valueOf = (text: string, language: "da" | "en") => {
  const parsed = parseAmountFor(text, language);
  return parsed.ok ? parsed.value : parsed.problem.code;
};

describe("parseAmountFor in Danish", () => {
  it("reads the comma as the decimal mark, so -1,257 is minus one point two five seven", () => {
    expect(valueOf("-1,257", "da")).toBe(-1.257);
  });

  it("reads the point as the thousands separator, so -1.257 is minus one thousand two hundred and fifty-seven", () => {
    expect(valueOf("-1.257", "da")).toBe(-1257);
  });

  it("reads grouped thousands with decimals", () => {
    expect(valueOf("1.257.300,5", "da")).toBe(1257300.5);
  });

  it("reads spaces between thousands", () => {
    expect(valueOf("−1 257,5", "da")).toBe(-1257.5);
  });

  it("accepts the English layout with both marks, which has one reading", () => {
    expect(valueOf("1,257.5", "da")).toBe(1257.5);
  });

  it("refuses a point that cannot group thousands and suggests the comma", () => {
    expect(parseAmountFor("-1.25", "da")).toEqual({
      ok: false,
      problem: { code: "wrongDecimalMark", found: "-1.25", suggestion: "-1,25" },
    });
  });

  it("refuses points grouped wrongly", () => {
    expect(valueOf("1.25.300", "da")).toBe("notANumber");
  });

  it("reads a lone dash as not estimated", () => {
    expect(valueOf(" - ", "da")).toBe(NOT_ESTIMATED);
  });

  it("refuses an empty field", () => {
    expect(valueOf("  ", "da")).toBe("blank");
  });

  it("refuses words", () => {
    expect(valueOf("cirka 2 mio", "da")).toBe("notANumber");
  });

  it("refuses a doubled minus", () => {
    expect(valueOf("--1.257", "da")).toBe("notANumber");
  });

  it("refuses an amount too large to calculate exactly", () => {
    expect(valueOf("10.000.000.000.000.000", "da")).toBe("tooLarge");
  });

  it("reads zero without a negative zero", () => {
    expect(Object.is(valueOf("-0", "da"), 0)).toBe(true);
  });
});

describe("parseAmountFor in English", () => {
  it("reads the point as the decimal mark, so -1.257 is minus one point two five seven", () => {
    expect(valueOf("-1.257", "en")).toBe(-1.257);
  });

  it("reads the comma as the thousands separator", () => {
    expect(valueOf("-1,257", "en")).toBe(-1257);
  });

  it("reads a plain number", () => {
    expect(valueOf("-1257", "en")).toBe(-1257);
  });

  it("accepts the Danish layout with both marks, which has one reading", () => {
    expect(valueOf("1.257,5", "en")).toBe(1257.5);
  });

  it("refuses a comma that cannot group thousands and suggests the point", () => {
    expect(parseAmountFor("1,25", "en")).toEqual({
      ok: false,
      problem: { code: "wrongDecimalMark", found: "1,25", suggestion: "1.25" },
    });
  });
});
