import { columnIndex, columnLetters, parseAddress, toAddress } from "../../src/excel/a1";

describe("a1 addresses", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [16383, "XFD"],
  ])("names column %p %p and back", (index, letters) => {
    expect([columnLetters(index), columnIndex(letters)]).toEqual([letters, index]);
  });

  it("reads a quoted sheet name with an apostrophe", () => {
    expect(parseAddress("'Budget ''25'!$B$2:C3")).toEqual({
      sheet: "Budget '25",
      row: 1,
      column: 1,
      rows: 2,
      columns: 2,
    });
  });

  it("reads whole columns", () => {
    expect(parseAddress("BAR!A:P")).toMatchObject({ row: 0, column: 0, rows: 1048576, columns: 16 });
  });

  it.each(["", "A", "5", "A1:", "1A", "A0", "XFE1"])("refuses %p", (address) => {
    expect(parseAddress(address)).toBeNull();
  });

  it("quotes sheet names that need it when writing an address", () => {
    expect(toAddress({ sheet: "Budget 2025", row: 9, column: 2, rows: 1, columns: 4 })).toBe(
      "'Budget 2025'!C10:F10",
    );
  });
});
