import { formatScale, readAmountCell, readYearEffectCell, scaled } from "../../src/engine/importAmounts";
import { NOT_ESTIMATED } from "../../src/engine/parseAmount";

describe("readAmountCell", () => {
  it.each([
    ["-1.257", -1257],
    ["1.257,5", 1257.5],
    ["\u2212977", -977],
    ["-1 257", -1257],
    [-977, -977],
    [0, 0],
  ])("reads %p in 1.000 kr. as %p", (cell, value) => {
    expect(readAmountCell(cell, "General", "thousands")).toEqual({ ok: true, value });
  });

  it.each(["-", " - ", "\u2013", "", "   "])("reads %p as not estimated, not zero", (cell) => {
    expect(readAmountCell(cell, "General", "thousands")).toEqual({ ok: true, value: NOT_ESTIMATED });
  });

  it("converts kroner to 1.000 kr.", () => {
    expect(readAmountCell(-407000, "General", "kroner")).toEqual({ ok: true, value: -407 });
  });

  it("converts kroner written as text", () => {
    expect(readAmountCell("-407.000", "General", "kroner")).toEqual({ ok: true, value: -407 });
  });

  it("converts mio. kr. without binary noise", () => {
    expect(readAmountCell("-1,2", "General", "millions")).toEqual({ ok: true, value: -1200 });
    expect(readAmountCell(0.1, "General", "millions")).toEqual({ ok: true, value: 100 });
  });

  it("counts a number as its format shows it: #,##0, shows kroner as thousands", () => {
    expect(readAmountCell(-1257000, "#,##0,", "thousands")).toEqual({ ok: true, value: -1257 });
  });

  it("refuses text that is no amount", () => {
    expect(readAmountCell("ca. 2 mio", "General", "thousands")).toEqual({
      ok: false,
      problem: { code: "notAnAmount", found: "ca. 2 mio" },
    });
  });

  it("refuses an amount with two readings and gives both", () => {
    expect(readAmountCell("1,257", "General", "thousands")).toEqual({
      ok: false,
      problem: { code: "ambiguousAmount", found: "1,257", readings: [1.257, 1257] },
    });
  });

  it("refuses a boolean and an amount too large to count exactly", () => {
    expect(readAmountCell(true, "General", "thousands")).toMatchObject({ ok: false });
    expect(readAmountCell(1e16, "General", "thousands")).toMatchObject({
      ok: false,
      problem: { code: "amountTooLarge" },
    });
  });

  it("imports a number with three decimals as it is, with a warning", () => {
    expect(readAmountCell(-1.257, "General", "thousands")).toEqual({
      ok: true,
      value: -1.257,
      warning: { code: "threeDecimals", value: -1.257, suggestion: -1257 },
    });
  });

  it("does not warn about two decimals or whole numbers", () => {
    expect(readAmountCell(7.25, "General", "thousands")).toEqual({ ok: true, value: 7.25 });
    expect(readAmountCell(-1257, "General", "thousands")).toEqual({ ok: true, value: -1257 });
  });
});

describe("readAmountCell, for the full-year effect, with a range", () => {
  it.each(["7,5-14,5", "-1.500 til -900", "14,5-7,5"])(
    "refuses the range %p as one amount, saying so",
    (cell) => {
      expect(readAmountCell(cell, "General", "thousands")).toEqual({
        ok: false,
        problem: { code: "rangeNotAllowed", found: cell },
      });
    },
  );

  it.each(["ukendt", "ukendt p.t.", "Unknown"])("reads %p as not estimated", (cell) => {
    expect(readAmountCell(cell, "General", "thousands")).toEqual({ ok: true, value: NOT_ESTIMATED });
  });
});

describe("readYearEffectCell", () => {
  const read = (cell: string | number, unit: "thousands" | "kroner" | "millions" = "thousands") =>
    readYearEffectCell(cell, "General", unit);

  it.each([
    ["7,5-14,5", { low: 7.5, high: 14.5 }],
    ["0-20", { low: 0, high: 20 }],
    ["1.500-2.000", { low: 1500, high: 2000 }],
    ["-1.500 til -900", { low: -1500, high: -900 }],
    ["-1,500 to -900", { low: -1500, high: -900 }],
    [" -2.500 til -1.500 ", { low: -2500, high: -1500 }],
  ])("reads the range %p in 1.000 kr.", (cell, value) => {
    expect(read(cell)).toEqual({ ok: true, value });
  });

  it("converts both ends of 7,5-14,5 mio. kr. to exactly 7.500 to 14.500 (1.000 kr.)", () => {
    expect(read("7,5-14,5", "millions")).toEqual({ ok: true, value: { low: 7500, high: 14500 } });
  });

  it("converts both ends without binary noise (1,005 × 1.000 is 1.005, not 1.004,99…)", () => {
    expect([read("1,005 til 1,015", "millions"), read("1.257-2.514", "kroner")]).toEqual([
      { ok: true, value: { low: 1005, high: 1015 } },
      { ok: true, value: { low: 1.257, high: 2.514 } },
    ]);
  });

  it("reads a range of width 0 as the amount itself", () => {
    expect(read("5-5", "millions")).toEqual({ ok: true, value: 5000 });
  });

  it.each(["ukendt", "ukendt p.t.", "Ukendt  P.T.", "unknown", "-", ""])(
    "reads %p as not estimated, not zero and not a guess",
    (cell) => {
      expect(read(cell, "millions")).toEqual({ ok: true, value: NOT_ESTIMATED });
    },
  );

  it.each([
    ["14,5-7,5", 14.5, 7.5],
    ["-900 til -1.500", -900, -1500],
  ])("refuses %p, low end above high end, never swapped", (cell, low, high) => {
    expect(read(cell, "millions")).toEqual({
      ok: false,
      problem: { code: "lowAboveHigh", found: cell, low, high },
    });
  });

  it("reads amounts as readAmountCell does", () => {
    expect([read("-1.257"), read(-977), read(0.1, "millions"), read(-1.257)]).toEqual([
      readAmountCell("-1.257", "General", "thousands"),
      readAmountCell(-977, "General", "thousands"),
      readAmountCell(0.1, "General", "millions"),
      readAmountCell(-1.257, "General", "thousands"),
    ]);
  });

  it("refuses an end with two readings, naming that end and both readings in 1.000 kr.", () => {
    expect(read("1,500-2,000", "millions")).toEqual({
      ok: false,
      problem: { code: "ambiguousAmount", found: "1,500", readings: [1500, 1500000] },
    });
  });

  it.each(["7,5-14,5 mio. kr.", "-1.500--900", "ca. 7-14", "ukendt til 5"])(
    "refuses %p as neither an amount nor a range",
    (cell) => {
      expect(read(cell)).toEqual({ ok: false, problem: { code: "notAnEstimate", found: cell } });
    },
  );

  it("refuses a range whose end in 1.000 kr. is too large to count exactly", () => {
    expect(read("1-2.000.000.000.000", "millions")).toEqual({
      ok: false,
      problem: { code: "amountTooLarge", found: "1-2.000.000.000.000" },
    });
  });
});

describe("formatScale", () => {
  it.each([
    ["General", 1],
    ["#,##0", 1],
    ["#,##0,", 1000],
    ["#,##0.0,,", 1e6],
    ['#,##0, "t.kr."', 1000],
    ['#,##0 "kr.,"', 1],
    ["#,##0;-#,##0,", 1],
  ])("scales %p by %p for a positive number", (format, scale) => {
    expect(formatScale(format, 5)).toBe(scale);
  });

  it("uses the negative section for a negative number", () => {
    expect(formatScale("#,##0;-#,##0,", -5)).toBe(1000);
  });
});

describe("scaled", () => {
  it("multiplies without binary noise", () => {
    expect([scaled(2.675, 1000), scaled(1234567, 0.001), scaled(-0, 1)]).toEqual([2675, 1234.567, 0]);
  });
});
