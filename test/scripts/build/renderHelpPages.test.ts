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
      "help/index.da.html",
      "help/index.en.html",
      "help/newfunction.da.html",
      "help/newfunction.en.html",
    ]);
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
