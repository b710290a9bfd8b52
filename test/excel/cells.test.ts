import { NOT_ESTIMATED } from "../../src/engine/parseAmount";
import {
  decodeCode,
  decodeEffect,
  decodeTime,
  encodeEffect,
  encodeText,
  readBack,
  sameCell,
} from "../../src/excel/cells";

describe("cell codecs", () => {
  it.each(["=1+1", "+45 1234", "-5", "@foo", "1/2", "2021-05-01", "TRUE", "plain"])(
    "writes %s with Excel's text prefix and the text format, so it stays text whatever the write order",
    (text) => {
      expect(encodeText(text)).toEqual({ value: `'${text}`, numberFormat: "@" });
    },
  );

  it("writes an empty text as an empty cell", () => {
    expect(encodeText("")).toEqual({ value: "", numberFormat: "@" });
  });

  it("keeps a leading apostrophe of the text itself behind the prefix", () => {
    expect(readBack(encodeText("'quoted"))).toBe("'quoted");
  });

  it("writes not estimated as -", () => {
    expect(encodeEffect(NOT_ESTIMATED).value).toBe("-");
  });

  it.each([
    [-1257, { ok: true, value: -1257 }],
    ["", { ok: true, value: NOT_ESTIMATED }],
    ["-", { ok: true, value: NOT_ESTIMATED }],
    ["-1.257", { ok: true, value: -1257, storedAsText: true }],
    ["abc", { ok: false, found: "abc" }],
    [true, { ok: false, found: "TRUE" }],
    ["#REF!", { ok: false, found: "#REF!" }],
  ])("reads the year cell %p", (cell, expected) => {
    expect(decodeEffect(cell)).toEqual(expected);
  });

  it("reads codes ignoring case and spaces", () => {
    expect(decodeCode(" Decided ", ["idea", "decided"] as const, null)).toEqual({
      ok: true,
      value: "decided",
    });
  });

  it("reads an Excel date typed by hand as a time stamp", () => {
    expect(decodeTime(44306)).toBe("2021-04-20T00:00:00.000Z");
  });

  it.each([100025570, -5, 0, Number.MAX_VALUE])(
    "reads the number %p in a time column as no time stamp",
    (cell) => {
      expect(decodeTime(cell)).toBeNull();
    },
  );

  it("sees -1257 and the text -1.257 as the same effect", () => {
    expect(sameCell({ kind: "effect" }, -1257, "-1.257")).toBe(true);
  });

  it("sees different text as different even when it reads as the same code in another case", () => {
    expect(sameCell({ kind: "text" }, "Anna", "anna")).toBe(false);
  });
});
