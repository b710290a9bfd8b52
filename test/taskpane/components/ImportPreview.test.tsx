import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { guessMapping } from "../../../src/engine/importMapping";
import { planImport } from "../../../src/engine/importRows";
import { CODE_WORDS } from "../../../src/i18n/codeWords";
import { importTexts } from "../../../src/i18n/importTexts";
import { IMPORT_WORDS } from "../../../src/i18n/importWords";
import type { Language } from "../../../src/i18n/language";
import { ImportPreview } from "../../../src/taskpane/components/ImportPreview";
import { seed002TextCells } from "../../fixtures/seed002Table";
import { gridOf } from "../../support/sourceGrid";

const YEARS = [2021, 2022, 2023, 2024];

/** The preview of importing the seed's table, with a cell that is no amount added, as server-rendered text. */
function render(language: Language, edit: (cells: string[][]) => void = () => {}): string {
  const cells = seed002TextCells();
  cells[8][3] = "ca. 2 mio";
  edit(cells);
  const grid = gridOf(cells);
  const plan = planImport(grid, guessMapping(grid, IMPORT_WORDS, YEARS).mapping, {
    years: YEARS,
    existing: [],
    vocabulary: IMPORT_WORDS,
    codeWords: CODE_WORDS,
  });
  const html = renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <ImportPreview plan={plan} years={YEARS} texts={importTexts(language)} language={language} />
    </FluentProvider>,
  );
  return html
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, " ");
}

describe("ImportPreview", () => {
  it("shows the amounts in Danish format in Danish", () => {
    expect(render("da")).toContain("Foranstaltninger vedr. unge -977 -1.257 -1.257 -1.257");
  });

  it("shows the amounts in English format in English", () => {
    expect(render("en")).toContain("Foranstaltninger vedr. unge -977 -1,257 -1,257 -1,257");
  });

  it("names row and column of a cell that is neither an amount nor a range", () => {
    expect(render("da")).toContain(
      'Række 9, kolonne D (2023): "ca. 2 mio" er hverken et beløb eller et interval.',
    );
  });

  it("says how many are imported and which rows are left out on purpose, and why", () => {
    const text = render("da");
    expect([
      text.includes("6 initiativer importeres."),
      text.includes("Række 4 (Reduktionsmål i budgetaftale) er et reduktionsmål"),
      text.includes("2021: -2.000; 2022: -3.000"),
      text.includes("Række 13 (Netto-udestående) er en sumrække"),
    ]).toEqual([true, true, true, true]);
  });

  describe("with ranges in the year cells", () => {
    const withRanges = (language: Language) =>
      render(language, (cells) => {
        cells[7].splice(1, 4, "-1.500 til -900", "7,5-14,5", "ukendt p.t.", "-");
        cells[9][2] = "14,5-7,5";
      });

    it("shows a range in Danish notation in Danish", () => {
      expect(withRanges("da")).toContain("Kontraktgrundlag -1.500 til -900 7,5 til 14,5 - -");
    });

    it("shows a range in English notation in English", () => {
      expect(withRanges("en")).toContain("Kontraktgrundlag -1,500 to -900 7.5 to 14.5 - -");
    });

    it("names the cell of a range with its low end above its high end, in both languages", () => {
      expect([withRanges("da"), withRanges("en")]).toEqual([
        expect.stringContaining(
          'Række 10, kolonne C (2022): intervallet "14,5-7,5" har den lave ende 14,5 over den høje 7,5.',
        ),
        expect.stringContaining(
          'Row 10, column C (2022): the range "14,5-7,5" has its low end 14.5 above its high end 7.5.',
        ),
      ]);
    });
  });
});
