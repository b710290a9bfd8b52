import { NOT_ESTIMATED } from "../../src/engine/parseAmount";
import { importTexts } from "../../src/i18n/importTexts";

const WHERE = { da: "Række 5, kolonne C (2022)", en: "Row 5, column C (2022)" };

describe("the import's words for ranges", () => {
  it("shows a year's range, amount and not estimated in Danish", () => {
    const { amount } = importTexts("da");
    expect([amount({ low: -1500, high: -900 }), amount(-1257), amount(NOT_ESTIMATED)]).toEqual([
      "-1.500 til -900",
      "-1.257",
      "-",
    ]);
  });

  it("shows them in English", () => {
    const { amount } = importTexts("en");
    expect([amount({ low: -1500, high: -900 }), amount(-1257), amount(NOT_ESTIMATED)]).toEqual([
      "-1,500 to -900",
      "-1,257",
      "-",
    ]);
  });

  it("suggests the ends the right way round, exactly, in each language's notation", () => {
    const problem = {
      severity: "error",
      code: "lowAboveHigh",
      column: "C",
      header: "2022",
      found: "-900 til -1.500,25",
      low: -900,
      high: -1500.25,
    } as const;
    expect([
      importTexts("da").problems.lowAboveHigh(problem, WHERE.da),
      importTexts("en").problems.lowAboveHigh(problem, WHERE.en),
    ]).toEqual([
      'Række 5, kolonne C (2022): intervallet "-900 til -1.500,25" har den lave ende -900 over den høje -1.500,25. Skriv den laveste først (fx -1.500,25 til -900); BAR bytter ikke om på dem.',
      'Row 5, column C (2022): the range "-900 til -1.500,25" has its low end -900 above its high end -1,500.25. Write the lower first (e.g. -1,500.25 to -900); BAR does not swap them.',
    ]);
  });

  it("says a range in the full-year effect must be one amount", () => {
    const problem = {
      severity: "error",
      code: "rangeNotAllowed",
      column: "F",
      header: "Helårsvirkning",
      found: "0-20",
    } as const;
    expect([
      importTexts("da").problems.rangeNotAllowed(problem, "Række 5, kolonne F (Helårsvirkning)"),
      importTexts("en").problems.rangeNotAllowed(problem, "Row 5, column F (Helårsvirkning)"),
    ]).toEqual([
      'Række 5, kolonne F (Helårsvirkning): "0-20" er et interval, men helårsvirkningen er ét beløb. Skriv det forventede beløb (fx -1.257) eller - for ikke skønnet.',
      'Row 5, column F (Helårsvirkning): "0-20" is a range, but the full-year effect is one amount. Write the expected amount (e.g. -1257) or - for not estimated.',
    ]);
  });
});
