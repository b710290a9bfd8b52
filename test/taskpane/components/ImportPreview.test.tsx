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
function render(language: Language): string {
  const cells = seed002TextCells();
  cells[8][3] = "ca. 2 mio";
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

  it("names row and column of a cell that is no amount", () => {
    expect(render("da")).toContain('Række 9, kolonne D (2023): "ca. 2 mio" er ikke et beløb.');
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
});
