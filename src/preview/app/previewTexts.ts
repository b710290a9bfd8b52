import type { PreviewLanguage } from "./previewOptions";

/** The host page's own words (the pane brings its own). */
export type PreviewTexts = {
  title: string;
  subtitle: string;
  workbook: string;
  sheets: string;
  settingUp: string;
  setUpFailed: string;
  nameBox: string;
  formulaBar: string;
  formulaHint: string;
  otherLanguage: { label: string; lang: PreviewLanguage };
  otherTheme: (dark: boolean) => string;
  sheetGrid: (sheet: string) => string;
};

const DANISH: PreviewTexts = {
  title: "BAR – forhåndsvisning",
  subtitle:
    "Den rigtige opgaverude ved siden af en projektmappe i hukommelsen; formler beregnes med HyperFormula.",
  workbook: "Projektmappe",
  sheets: "Ark",
  settingUp: "Opsætter projektmappen …",
  setUpFailed: "Projektmappen kunne ikke sættes op:",
  nameBox: "Celle",
  formulaBar: "Indhold eller formel",
  formulaHint: "Skriv som i Excel på engelsk: =SUM(B7:B13), 1257.5",
  otherLanguage: { label: "English", lang: "en-US" },
  otherTheme: (dark) => (dark ? "Lyst tema" : "Mørkt tema"),
  sheetGrid: (sheet) => `Arket ${sheet}`,
};

const ENGLISH: PreviewTexts = {
  title: "BAR – preview",
  subtitle: "The real task pane beside an in-memory workbook; formulas are evaluated by HyperFormula.",
  workbook: "Workbook",
  sheets: "Sheets",
  settingUp: "Setting up the workbook …",
  setUpFailed: "The workbook could not be set up:",
  nameBox: "Cell",
  formulaBar: "Contents or formula",
  formulaHint: "Type as in English Excel: =SUM(B7:B13), 1257.5",
  otherLanguage: { label: "Dansk", lang: "da-DK" },
  otherTheme: (dark) => (dark ? "Light theme" : "Dark theme"),
  sheetGrid: (sheet) => `Sheet ${sheet}`,
};

/** The host page's words in the preview's language. */
export function previewTexts(language: PreviewLanguage): PreviewTexts {
  return language === "da-DK" ? DANISH : ENGLISH;
}
