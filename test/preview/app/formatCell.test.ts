import { AMOUNT_FORMAT } from "../../../src/excel/cells";
import { formatCell } from "../../../src/preview/app/formatCell";

describe("formatCell", () => {
  it.each([
    [-1257, AMOUNT_FORMAT, "-1.257"],
    [1257, AMOUNT_FORMAT, "1.257"],
    [0, AMOUNT_FORMAT, "0"],
    [-8160.4, AMOUNT_FORMAT, "-8.160"],
    [1234567.891, "#,##0.00", "1.234.567,89"],
    [0.125, "0.0%", "12,5%"],
    [-0.4, "#,##0", "-0"],
  ])("shows %p with the format %p as %p in Danish", (value, format, shown) => {
    expect(formatCell(value, format, "da-DK")).toBe(shown);
  });

  it("uses English separators in English", () => {
    expect(formatCell(-1257.5, "#,##0.0", "en-US")).toBe("-1,257.5");
  });

  it("shows General numbers without grouping, as Excel does", () => {
    expect(formatCell(-1257.25, "General", "da-DK")).toBe("-1257,25");
  });

  it("shows a number in a text-formatted cell as General", () => {
    expect(formatCell(-3440, "@", "da-DK")).toBe("-3440");
  });

  it("shows text as it is", () => {
    expect(formatCell("Foranstaltninger for unge", AMOUNT_FORMAT, "da-DK")).toBe("Foranstaltninger for unge");
  });

  it("shows booleans in the language's capitals", () => {
    expect([formatCell(true, "General", "da-DK"), formatCell(false, "General", "en-US")]).toEqual([
      "SAND",
      "FALSE",
    ]);
  });

  it("keeps a literal text around the digits", () => {
    expect(formatCell(1500, '#,##0" kr."', "da-DK")).toBe("1.500 kr.");
  });
});

describe("formatCell and date-times", () => {
  it("shows the store's date-times as Excel does with yyyy-mm-dd hh:mm:ss", () => {
    expect(formatCell(44317.4375, "yyyy-mm-dd hh:mm:ss", "da-DK")).toBe("2021-05-01 10:30:00");
  });
});
