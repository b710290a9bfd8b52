import { formatScale, readAmountCell, scaled } from "../../src/engine/importAmounts";
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
