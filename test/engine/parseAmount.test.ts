import fc from "fast-check";
import { NOT_ESTIMATED, parseAmount } from "../../src/engine/parseAmount";

const value = (text: string) => {
  const result = parseAmount(text);
  if (!result.ok) throw new Error(`${text}: ${result.problem.code}`);
  return result.value;
};

describe("parseAmount", () => {
  it.each([
    ["-1.257", -1257],
    ["1.257,5", 1257.5],
    ["-1.257,5", -1257.5],
    ["\u22121 257", -1257],
    ["-1\u00a0257", -1257],
    ["-1257", -1257],
    ["-1257.5", -1257.5],
    ["7,5", 7.5],
    ["0,257", 0.257],
    ["0.257", 0.257],
    ["12.57", 12.57],
    ["1,257.5", 1257.5],
    ["1.257.000", 1257000],
    ["1,257,000", 1257000],
    ["+977", 977],
    ["  -977  ", -977],
    ["0", 0],
    ["-0", 0],
    ["1 257,5", 1257.5],
  ])("reads %p as %p", (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it.each(["-", " - ", "\u2212", "\u2013"])("reads %p as not estimated", (text) => {
    expect(value(text)).toBe(NOT_ESTIMATED);
  });

  it("reports a blank input", () => {
    expect(parseAmount("   ")).toEqual({ ok: false, problem: { code: "blank" } });
  });

  it("rejects 1,257 as ambiguous with both readings", () => {
    expect(parseAmount("-1,257")).toEqual({
      ok: false,
      problem: { code: "ambiguous", found: "-1,257", readings: [-1.257, -1257] },
    });
  });

  it.each([
    "abc",
    "1e5",
    "12 34",
    "1.25.000",
    "--5",
    "1.",
    ".5",
    "1,2,3.4.5",
    "kr. 100",
    "1.257,5,0",
    "0x10",
  ])("rejects %p as not a number", (text) => {
    expect(parseAmount(text)).toEqual({ ok: false, problem: { code: "notANumber", found: text } });
  });

  it("rejects amounts Excel cannot hold exactly", () => {
    expect(parseAmount("9.999.999.999.999.999")).toEqual({
      ok: false,
      problem: { code: "tooLarge", found: "9.999.999.999.999.999", limit: 1e15 },
    });
  });

  it("reads back any whole amount written in Danish format", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (amount) => {
        const danish = new Intl.NumberFormat("da-DK", { useGrouping: true }).format(amount);
        expect(value(danish)).toBe(amount);
      }),
    );
  });

  it("reads back any amount with decimals written in Danish format", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 99 }), (whole, cents) => {
        const amount = whole + (Math.sign(whole || 1) * cents) / 100;
        const danish = new Intl.NumberFormat("da-DK", { minimumFractionDigits: 2 }).format(amount);
        expect(value(danish)).toBeCloseTo(amount, 6);
      }),
    );
  });

  it("reads back any amount written as a plain JavaScript number", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (amount) => {
        const plain = String(amount);
        fc.pre(!plain.includes("e"));
        const result = parseAmount(plain);
        // A plain "1.257" is read the Danish way; every other plain number comes back as written.
        if (/^-?[1-9]\d{0,2}\.\d{3}$/.test(plain))
          expect(result).toEqual({ ok: true, value: Number(plain) * 1000 });
        else expect(result).toEqual({ ok: true, value: amount + 0 });
      }),
    );
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => parseAmount(text)).not.toThrow();
      }),
    );
  });
});
