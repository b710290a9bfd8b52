import { helpUrlProblems, renderHelpPages } from "../../../scripts/build/renderHelpPages";
import type { FunctionsMetadata } from "../../../src/functions/functionsMetadata";
import { DANISH_HELP_TEXTS } from "../../../src/i18n/da/helpTexts";
import { ENGLISH_HELP_TEXTS } from "../../../src/i18n/en/helpTexts";

const metadata: FunctionsMetadata = {
  functions: [
    {
      id: "NEWFUNCTION",
      name: "NEWFUNCTION",
      description: "Compares <a> & <b>.",
      helpUrl: "https://localhost:3000/help/newfunction.en.html",
      parameters: [
        { name: "first", description: "First." },
        { name: "second", description: "Second.", optional: true },
      ],
    },
  ],
};
const pages = renderHelpPages("BAR", {
  da: { metadata, results: {}, texts: DANISH_HELP_TEXTS },
  en: { metadata, results: { NEWFUNCTION: "A number." }, texts: ENGLISH_HELP_TEXTS },
});

describe("renderHelpPages", () => {
  it("writes a page per language for a function without examples, plus an index per language", () => {
    expect([...pages.keys()].sort()).toEqual([
      "help/guide.da.html",
      "help/guide.en.html",
      "help/index.da.html",
      "help/index.en.html",
      "help/newfunction.da.html",
      "help/newfunction.en.html",
    ]);
  });

  it("writes the guide in both languages, each section a heading, linked from the index and to the other language", () => {
    const danish = pages.get("help/guide.da.html") ?? "";
    expect(danish).toContain("<h1>Sådan bruger du BAR</h1>");
    expect(danish).toContain("<h2>Reduktionsmål</h2>");
    expect(danish).toContain('href="guide.en.html"');
    expect(pages.get("help/guide.en.html")).toContain("<h2>Undo, delete and restore</h2>");
    expect(pages.get("help/index.da.html")).toContain('<a href="guide.da.html">Sådan bruger du BAR</a>');
  });

  it("writes the syntax with the language's argument separator and optional arguments in brackets", () => {
    expect(pages.get("help/newfunction.da.html")).toContain("=BAR.NEWFUNCTION(first; [second])");
  });

  it("escapes text from the metadata", () => {
    expect(pages.get("help/newfunction.en.html")).toContain("Compares &lt;a&gt; &amp; &lt;b&gt;.");
  });
});

describe("helpUrlProblems", () => {
  it("names a function whose @helpurl is not its generated page", () => {
    const wrong = {
      functions: [{ ...metadata.functions[0], helpUrl: "https://localhost:3000/help/other.en.html" }],
    };
    expect(helpUrlProblems(wrong, "https://localhost:3000/")).toEqual([
      expect.stringMatching(/^NEWFUNCTION: .*newfunction\.en\.html$/),
    ]);
  });
});
