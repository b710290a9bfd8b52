import {
  fieldsOfHeader,
  findHeaderRow,
  headerWords,
  readHeaderCell,
  unitIn,
  unitsNamed,
} from "../../src/engine/importHeader";
import { IMPORT_WORDS } from "../../src/i18n/importWords";

const words = IMPORT_WORDS;

describe("readHeaderCell", () => {
  it.each([
    ["2025", 2025],
    [2025, 2025],
    ["B2025", 2025],
    ["Budget 2025", 2025],
    ["BF 2025", 2025],
    ["2025 (1.000 kr.)", 2025],
    ["Budget 2025, 1.000 kr., 2025-pl", 2025],
    ["BO1 2026", 2026],
    ["Overslagsår 2 (2027)", 2027],
    ["Overslagsår 2027", 2027],
  ])("reads %p as the year %p", (cell, year) => {
    expect(readHeaderCell(cell, words)).toMatchObject({ kind: "year", year });
  });

  it.each([
    ["BO1", 1],
    ["bo 2", 2],
    ["BO3 (1.000 kr.)", 3],
    ["Overslagsår 1", 1],
  ])("reads %p as estimate year %p after the budget year", (cell, offset) => {
    expect(readHeaderCell(cell, words)).toEqual({ kind: "estimateYear", offset });
  });

  it("reads a lone Budget as the budget year", () => {
    expect(readHeaderCell("Budget", words)).toEqual({ kind: "budgetYear" });
  });

  it.each([
    ["Navn", "name"],
    ["Initiativ", "name"],
    ["Tiltag", "name"],
    ["Name", "name"],
    ["Navn på initiativ", "name"],
    ["Myndighedsområde", "authorityArea"],
    ["Område", "authorityArea"],
    ["AuthorityArea", "authorityArea"],
    ["Kerneområde", "coreArea"],
    ["Core area", "coreArea"],
    ["Status", "status"],
    ["Ansvarlig", "owner"],
    ["Owner", "owner"],
    ["Bemærkning", "note"],
    ["Note", "note"],
    ["Type", "kind"],
    ["Indsatsområde", "focusArea"],
    ["Focus area", "focusArea"],
    ["Helårsvirkning (1.000 kr.)", "fullYearEffect"],
    ["Id", "id"],
  ])("reads %p as the field %p", (cell, field) => {
    expect(readHeaderCell(cell, words)).toEqual({ kind: "field", field });
  });

  it.each(["", "(1.000 kr.)", "Regnskab 2023", "1257", "Forsikring"])("finds nothing in %p", (cell) => {
    expect(readHeaderCell(cell, words)).toBeNull();
  });
});

describe("units", () => {
  it.each([
    ["(1.000 kr.)", "thousands"],
    ["Beløb i 1000 kr", "thousands"],
    ["t.kr.", "thousands"],
    ["mio. kr.", "millions"],
    ["DKK million", "millions"],
    ["Beløb i kr.", "kroner"],
  ])("finds the unit of %p", (text, unit) => {
    expect(unitIn(text, words)).toBe(unit);
  });

  it("does not take kr inside a word for kroner", () => {
    expect(unitIn("Forsikringer", words)).toBeNull();
  });

  it("lists the units of titles and header in order, with the text that named each", () => {
    expect(unitsNamed([["Oversigt (mio. kr.)"], ["", "2025 (1.000 kr.)"]], words)).toEqual([
      { unit: "millions", text: "Oversigt (mio. kr.)" },
      { unit: "thousands", text: "2025 (1.000 kr.)" },
    ]);
  });

  it("strips units and price levels from a header", () => {
    expect(headerWords("Budget 2025 (1.000 kr., 2025-pl)", words)).toBe("budget 2025");
  });
});

describe("fieldsOfHeader", () => {
  it("counts BO1–BO3 from the budget year the header states", () => {
    const read = fieldsOfHeader(["Navn", "Budget 2026", "BO1", "BO2", "BO3"], words, 2025);
    expect(read).toEqual({
      fields: ["name", "year:2026", "year:2027", "year:2028", "year:2029"],
      budgetYear: 2026,
      relative: true,
    });
  });

  it("counts BO1 from the workbook's budget year when the header states none", () => {
    expect(fieldsOfHeader(["Navn", "BO1"], words, 2025).fields).toEqual(["name", "year:2026"]);
  });

  it("leaves a second column of the same field to the user", () => {
    expect(fieldsOfHeader(["Navn", "Initiativ", "2025"], words, 2025).fields).toEqual([
      "name",
      "ignore",
      "year:2025",
    ]);
  });
});

describe("findHeaderRow", () => {
  it("skips title rows above the header", () => {
    const rows = [
      ["Økonomioversigt", "", ""],
      ["", "", ""],
      ["Navn", "2025", "2026"],
      ["A", 1, 2],
    ];
    expect(findHeaderRow(rows, words)).toBe(2);
  });

  it("takes a header of years alone", () => {
    expect(findHeaderRow([["(1.000 kr.)", 2021, 2022]], words)).toBe(0);
  });

  it("does not take a title with one field word for a header", () => {
    expect(findHeaderRow([["Initiativer"], ["Kontraktgrundlag"]], words)).toBeNull();
  });

  it("finds no header in an empty range", () => {
    expect(findHeaderRow([], words)).toBeNull();
  });
});
