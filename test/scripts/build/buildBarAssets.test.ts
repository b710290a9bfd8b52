import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildBarAssets, type BarAssetSources } from "../../../scripts/build/buildBarAssets";
import { DANISH_HELP_TEXTS } from "../../../src/i18n/da/helpTexts";
import { ENGLISH_HELP_TEXTS } from "../../../src/i18n/en/helpTexts";

const sources: BarAssetSources = {
  functionsJson: JSON.stringify({
    functions: [
      {
        id: "CARRYFORWARD",
        name: "CARRYFORWARD",
        helpUrl: "https://localhost:3000/help/carryforward.en.html",
        parameters: [{ name: "targets" }],
      },
    ],
  }),
  functionsSource: "",
  manifest: readFileSync(join(__dirname, "../../../manifest.xml"), "utf8"),
  translations: {
    functionTexts: {
      CARRYFORWARD: {
        name: "OVERFØR",
        description: "Overfør.",
        result: "Udestående.",
        parameters: { targets: "Mål." },
      },
    },
    parameterNames: { targets: "mål" },
    help: { da: DANISH_HELP_TEXTS, en: ENGLISH_HELP_TEXTS },
  },
  publicUrl: "https://budget.kommune.dk/bar/",
};

describe("buildBarAssets in production", () => {
  const { files, errors } = buildBarAssets(sources);

  it("leaves no localhost URL in any file", () => {
    expect([...files].filter(([, text]) => text.includes("localhost")).map(([path]) => path)).toEqual([]);
  });

  it("points the manifest's Danish metadata at the public URL", () => {
    expect(files.get("manifest.xml")).toContain('Value="https://budget.kommune.dk/bar/functions.da-DK.json"');
  });

  it("points the Danish helpUrl at the public URL", () => {
    expect(JSON.parse(files.get("functions.da-DK.json") ?? "{}").functions[0].helpUrl).toBe(
      "https://budget.kommune.dk/bar/help/carryforward.da.html",
    );
  });

  it("reports no problems", () => {
    expect(errors).toEqual([]);
  });
});
