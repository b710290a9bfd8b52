import { NOT_ESTIMATED } from "../../src/engine/initiative";
import { showEffect } from "../../src/taskpane/initiativeDraft";
import { parseYearEffectFor } from "../../src/taskpane/parseYearEffectFor";

describe("parseYearEffectFor", () => {
  it.each([
    ["-1.500 til -900", "da", { low: -1500, high: -900 }],
    ["-1.500 to -900", "da", { low: -1500, high: -900 }],
    ["7,5-14,5", "da", { low: 7.5, high: 14.5 }],
    ["0-20", "da", { low: 0, high: 20 }],
    ["-1,500 to -900", "en", { low: -1500, high: -900 }],
    ["7.5-14.5", "en", { low: 7.5, high: 14.5 }],
    ["-900 til -900", "da", -900],
    ["-1.257", "da", -1257],
    ["ukendt", "da", NOT_ESTIMATED],
    ["unknown", "en", NOT_ESTIMATED],
    ["-", "en", NOT_ESTIMATED],
  ] as const)("reads %j in %s", (text, language, expected) => {
    expect(parseYearEffectFor(text, language)).toEqual({ ok: true, value: expected });
  });

  it("refuses a low end above the high end, never swapping them", () => {
    expect(parseYearEffectFor("-900 til -1.500", "da")).toEqual({
      ok: false,
      problem: { code: "lowAboveHigh", found: "-900 til -1.500", low: -900, high: -1500 },
    });
  });

  it("reads each end strictly by the UI language: 1.25 in Danish is a wrong decimal mark", () => {
    const parsed = parseYearEffectFor("1.25 til 2", "da");
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problem.code).toBe("wrongDecimalMark");
  });

  it.each(["- til 5", "abc til 5", "5 til", "til 5"])("refuses %j", (text) => {
    expect(parseYearEffectFor(text, "da").ok).toBe(false);
  });

  it("reads back what the form shows for a range, in both languages", () => {
    for (const language of ["da", "en"] as const) {
      const range = { low: -1500.25, high: -0.1 };
      expect(parseYearEffectFor(showEffect(range, language), language)).toEqual({ ok: true, value: range });
    }
  });
});
