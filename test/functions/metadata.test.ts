import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { buildBarAssets, type BarAssets } from "../../scripts/build/buildBarAssets";
import { DEV_URL } from "../../scripts/build/publicUrl";
import { helpPagePath } from "../../scripts/build/renderHelpPages";
import type { FunctionsMetadata } from "../../src/functions/functionsMetadata";
import { DANISH_FUNCTION_TEXTS, DANISH_PARAMETER_NAMES } from "../../src/i18n/da/functionTexts";
import { DANISH_HELP_TEXTS } from "../../src/i18n/da/helpTexts";
import { ENGLISH_HELP_TEXTS } from "../../src/i18n/en/helpTexts";

// The same steps as the webpack build: custom-functions-metadata on the JSDoc, then BAR's own
// Danish metadata and help pages, on the real source and translation files.
const ROOT = join(__dirname, "../..");
const FUNCTIONS_FILE = join(ROOT, "src/functions/functions.ts");

let generationErrors: string[];
let assets: BarAssets;
let english: FunctionsMetadata;
let danish: FunctionsMetadata;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata([FUNCTIONS_FILE], false);
  generationErrors = generated.errors;
  assets = buildBarAssets({
    functionsJson: generated.metadataJson || '{"functions":[]}',
    functionsSource: readFileSync(FUNCTIONS_FILE, "utf8"),
    manifest: readFileSync(join(ROOT, "manifest.xml"), "utf8"),
    translations: {
      functionTexts: DANISH_FUNCTION_TEXTS,
      parameterNames: DANISH_PARAMETER_NAMES,
      help: { da: DANISH_HELP_TEXTS, en: ENGLISH_HELP_TEXTS },
    },
    publicUrl: null,
  });
  english = JSON.parse(assets.files.get("functions.json") ?? '{"functions":[]}');
  danish = JSON.parse(assets.files.get("functions.da-DK.json") ?? '{"functions":[]}');
}, 30_000);

const summary = (metadata: FunctionsMetadata) =>
  metadata.functions.map((fn) => ({
    id: fn.id,
    parameters: fn.parameters.map(({ type, dimensionality, optional }) => ({
      type,
      dimensionality,
      optional,
    })),
    result: fn.result,
    options: fn.options,
  }));

describe("functions.json and functions.da-DK.json", () => {
  it("generates functions.json from the JSDoc without errors", () => {
    expect(generationErrors).toEqual([]);
  });

  it("derives the Danish metadata and help pages without problems", () => {
    expect(assets.errors).toEqual([]);
  });

  it("lists the BAR functions in functions.json", () => {
    expect(english.functions.map((fn) => fn.id)).toEqual(
      expect.arrayContaining(["CARRYFORWARD", "STRATEGYCHECK"]),
    );
  });

  it("lists the same function ids in both files", () => {
    expect(danish.functions.map((fn) => fn.id)).toEqual(english.functions.map((fn) => fn.id));
  });

  it("gives each function the same parameter count in both files", () => {
    const counts = (metadata: FunctionsMetadata) =>
      metadata.functions.map((fn) => [fn.id, fn.parameters.length]);
    expect(counts(danish)).toEqual(counts(english));
  });

  it("keeps types, dimensionality, optionality and options in the Danish file", () => {
    expect(summary(danish)).toEqual(summary(english));
  });

  it("gives every function a Danish name that Excel accepts", () => {
    // Excel: a name starts with a letter, has at least three characters, and holds only letters,
    // digits, underscores and periods.
    const invalid = danish.functions.filter((fn) => !/^\p{L}[\p{L}\p{N}_.]{2,}$/u.test(fn.name));
    expect(invalid.map((fn) => fn.id)).toEqual([]);
  });

  it("takes every Danish name and description from the Danish table", () => {
    expect(danish.functions.map((fn) => [fn.name, fn.description])).toEqual(
      english.functions.map((fn) => [
        DANISH_FUNCTION_TEXTS[fn.id].name,
        DANISH_FUNCTION_TEXTS[fn.id].description,
      ]),
    );
  });

  it("names every parameter in Danish", () => {
    const names = danish.functions.flatMap((fn) => fn.parameters.map((p) => p.name));
    const expected = english.functions.flatMap((fn) =>
      fn.parameters.map((p) => DANISH_PARAMETER_NAMES[p.name]),
    );
    expect(names).toEqual(expected);
  });

  it.each([
    ["English", "en", () => english],
    ["Danish", "da", () => danish],
  ] as const)("points every %s helpUrl at a page the build writes", (_language, language, metadata) => {
    const problems = metadata()
      .functions.filter((fn) => {
        const path = fn.helpUrl?.startsWith(DEV_URL) ? fn.helpUrl.slice(DEV_URL.length) : null;
        return path !== helpPagePath(fn.id, language) || !assets.files.has(path);
      })
      .map((fn) => `${fn.id}: ${fn.helpUrl}`);
    expect(problems).toEqual([]);
  });

  it("writes a Danish and an English help page for every function", () => {
    const missing = english.functions
      .flatMap((fn) => [helpPagePath(fn.id, "da"), helpPagePath(fn.id, "en")])
      .filter((path) => !assets.files.has(path));
    expect(missing).toEqual([]);
  });

  it("puts each function's name in its language on its help page", () => {
    const wrong = english.functions.filter(
      (fn, i) =>
        !assets.files.get(helpPagePath(fn.id, "en"))?.includes(`<h1>BAR.${fn.name}</h1>`) ||
        !assets.files.get(helpPagePath(fn.id, "da"))?.includes(`<h1>BAR.${danish.functions[i].name}</h1>`),
    );
    expect(wrong.map((fn) => fn.id)).toEqual([]);
  });
});
