import fc from "fast-check";
import { NOT_ESTIMATED, parseAmount } from "../../src/engine/parseAmount";
import { type Estimate, exactEstimate, formatRange, parseRange } from "../../src/engine/parseRange";
import { amountIn, smallDecimal } from "../support/exactArbitraries";

const estimate = (text: string): Estimate => {
  const result = parseRange(text);
  if (!result.ok) throw new Error(`${text}: ${result.problem.code}`);
  return result.value;
};

const problem = (text: string) => {
  const result = parseRange(text);
  if (result.ok) throw new Error(`${text} was read as ${JSON.stringify(result.value)}`);
  return result.problem;
};

describe("parseRange", () => {
  it.each([
    ["7,5-14,5", 7.5, 14.5],
    ["0-20", 0, 20],
    ["25-30", 25, 30],
    ["0 - 20", 0, 20],
    ["7,5\u201314,5", 7.5, 14.5],
    ["1.500-2.000", 1500, 2000],
    ["1 500-2 000", 1500, 2000],
    ["-1.500 til -900", -1500, -900],
    ["-1.500,5 TIL -900", -1500.5, -900],
    ["-1,500 to -900", -1500, -900],
    ["-1,500.25 to -900", -1500.25, -900],
    ["\u22121.500 til \u2212900", -1500, -900],
    ["-5 til 5", -5, 5],
    ["1,257 til 2", 1.257, 2],
    ["1.257 to 2", 1.257, 2],
    ["-1.257", -1257, -1257],
    ["15", 15, 15],
  ])("reads %p as %p to %p", (text, low, high) => {
    expect(estimate(text)).toEqual({ low, high });
  });

  it.each(["-", "\u2013", "ukendt", "Ukendt p.t.", "UKENDT  P.T.", "unknown", " unknown "])(
    "reads %p as not estimated",
    (text) => {
      expect(estimate(text)).toBe(NOT_ESTIMATED);
    },
  );

  it("refuses a low end above the high end instead of swapping them", () => {
    expect(problem("14,5-7,5")).toEqual({ code: "lowAboveHigh", found: "14,5-7,5", low: 14.5, high: 7.5 });
    expect(problem("-900 til -1.500")).toMatchObject({ code: "lowAboveHigh", low: -900, high: -1500 });
  });

  it("refuses the short form with a sign, which could be read two ways", () => {
    expect(problem("-1.500--900")).toEqual({ code: "notARange", found: "-1.500--900" });
    expect(problem("-0-20")).toMatchObject({ code: "notARange" });
  });

  it("refuses an ambiguous end of the short form, as parseAmount does", () => {
    expect(problem("1,500-2,000")).toEqual({ code: "ambiguous", found: "1,500", readings: [1.5, 1500] });
  });

  it("refuses a comma not followed by three digits in English format", () => {
    expect(problem("1,5 to 2")).toEqual({ code: "notANumber", found: "1,5" });
  });

  it.each(["abc", "7,5-14,5 mio. kr.", "1-2-3", "ukendt til 5", "5 til -", "til 5", "20-"])(
    "refuses %p as no range",
    (text) => {
      expect(problem(text).code).toMatch(/notARange|notANumber/);
    },
  );

  it("refuses a blank text", () => {
    expect(problem("  ")).toEqual({ code: "blank" });
  });

  it("refuses an end beyond the amount limit", () => {
    expect(problem("0 til 2.000.000.000.000.000")).toMatchObject({ code: "tooLarge" });
  });
});

describe("formatRange", () => {
  it.each<[Estimate, string, string]>([
    [{ low: -1500.25, high: -900 }, "-1.500,25 til -900", "-1,500.25 to -900"],
    [{ low: 7.5, high: 14.5 }, "7,5 til 14,5", "7.5 to 14.5"],
    [{ low: -1257, high: -1257 }, "-1.257", "-1,257 to -1,257"],
    [{ low: 1.257, high: 1.257 }, "1,257 til 1,257", "1.257 to 1.257"],
    [{ low: 20, high: 20 }, "20", "20"],
    [NOT_ESTIMATED, "ukendt", "unknown"],
  ])("writes %p as %p in Danish and %p in English", (value, danish, english) => {
    expect([formatRange(value, "da"), formatRange(value, "en")]).toEqual([danish, english]);
  });
});

describe("parseRange properties", () => {
  const amount = fc.oneof(amountIn("kr"), amountIn("thousands"), smallDecimal);
  const range = fc.tuple(amount, amount).map(([a, b]) => ({ low: Math.min(a, b), high: Math.max(a, b) }));

  it("reads every printed range back exactly, in both languages", () => {
    fc.assert(
      fc.property(range, fc.constantFrom<"da" | "en">("da", "en"), (value, language) => {
        expect(parseRange(formatRange(value, language))).toEqual({ ok: true, value });
      }),
    );
  });

  it("reads a range of width 0 as the number", () => {
    fc.assert(
      fc.property(amount, fc.constantFrom("til", "to"), (value, word) => {
        const danish = formatRange(exactEstimate(value), word === "til" ? "da" : "en").split(` ${word} `)[0];
        expect(estimate(`${danish} ${word} ${danish}`)).toEqual(exactEstimate(value));
      }),
    );
  });

  it("reads a plain number as parseAmount does, as a range of width 0", () => {
    fc.assert(
      fc.property(amount, (value) => {
        const text = formatRange(exactEstimate(value), "da");
        const read = parseAmount(text);
        if (read.ok) expect(estimate(text)).toEqual(exactEstimate(read.value as number));
      }),
    );
  });
});
