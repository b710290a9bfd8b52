import fc from "fast-check";
import { isDateSerial, toCalendarDate, toDateSerial } from "../../src/engine/excelDate";

describe("Excel date serials", () => {
  it("gives 1 January 2024 as Excel does: 45292", () => {
    expect(toDateSerial({ year: 2024, month: 1, day: 1 })).toBe(45292);
  });

  it("starts at 1 March 1900 (61) and ends at 31 December 9999 (2958465)", () => {
    expect(toDateSerial({ year: 1900, month: 3, day: 1 })).toBe(61);
    expect(toDateSerial({ year: 9999, month: 12, day: 31 })).toBe(2958465);
    expect(toDateSerial({ year: 1900, month: 2, day: 28 })).toBeUndefined();
  });

  it("has no 30 February and no month 13", () => {
    expect(toDateSerial({ year: 2025, month: 2, day: 30 })).toBeUndefined();
    expect(toDateSerial({ year: 2025, month: 13, day: 1 })).toBeUndefined();
  });

  it("knows 29 February in a leap year only", () => {
    expect(toDateSerial({ year: 2024, month: 2, day: 29 })).toBe(45351);
    expect(toDateSerial({ year: 2025, month: 2, day: 29 })).toBeUndefined();
  });

  it("does not read a two-digit year as 19xx", () => {
    expect(toDateSerial({ year: 24, month: 1, day: 1 })).toBeUndefined();
  });

  it("accepts a date and time, but nothing outside Excel's dates", () => {
    expect(isDateSerial(45292.5)).toBe(true);
    expect([0, 60, 2958466, Number.NaN, Infinity].map(isDateSerial)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it("turns any serial back into the calendar date it came from", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        expect(toDateSerial(toCalendarDate(serial))).toBe(serial);
      }),
    );
  });
});
