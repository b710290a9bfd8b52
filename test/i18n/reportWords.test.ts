import { reportWords } from "../../src/i18n/reportWords";

const SPANS = [
  { from: 2022, to: 2023, low: -1500, high: -900 },
  { from: 2024, to: 2024, low: -2000.5, high: -1000 },
];

describe("the report's words for ranges", () => {
  it("names the years and exact ends of a line's ranges in Danish", () => {
    expect(reportWords("da").rangeNote(SPANS)).toBe(
      "interval 2022–2023: -1.500 til -900; 2024: -2.000,5 til -1.000",
    );
  });

  it("names them in English", () => {
    expect(reportWords("en").rangeNote(SPANS)).toBe(
      "range 2022–2023: -1,500 to -900; 2024: -2,000.5 to -1,000",
    );
  });

  it("says how many of a summed rest have a range, and nothing when none has", () => {
    expect([
      reportWords("da").others("Psykiatri", 12, 3),
      reportWords("da").others(null, 4, 0),
      reportWords("en").others("Psykiatri", 12, 3),
      reportWords("en").others(null, 1, 0),
    ]).toEqual([
      "Øvrige, Psykiatri (12 initiativer, heraf 3 med interval)",
      "Øvrige områder (4 initiativer)",
      "Other, Psykiatri (12 initiatives, 3 of them with a range)",
      "Other areas (1 initiative)",
    ]);
  });
});
