import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { buildBarAssets, type BarAssets } from "../../scripts/build/buildBarAssets";
import { DEV_URL } from "../../scripts/build/publicUrl";
import { allowErrorInputs } from "../../scripts/build/allowErrorInputs";
import { helpPagePath } from "../../scripts/build/renderHelpPages";
import type { FunctionsMetadata } from "../../src/functions/functionsMetadata";
import { DANISH_FUNCTION_TEXTS, DANISH_PARAMETER_NAMES } from "../../src/i18n/da/functionTexts";
import { DANISH_HELP_TEXTS } from "../../src/i18n/da/helpTexts";
import { ENGLISH_HELP_TEXTS } from "../../src/i18n/en/helpTexts";
import { BAR_FUNCTIONS } from "../../src/preview/hyperformula/barFunctions";

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

  it.each([
    ["functions.json", () => english],
    ["functions.da-DK.json", () => danish],
  ])("lets Excel pass error values to the functions in %s (allowErrorForDataTypeAny)", (_file, metadata) => {
    expect(metadata().allowErrorForDataTypeAny).toBe(true);
  });

  it("declares every argument as any, so that allowErrorForDataTypeAny reaches all of them", () => {
    const notAny = english.functions.flatMap((fn) =>
      fn.parameters.filter((p) => p.type !== "any").map((p) => `${fn.id}.${p.name}: ${p.type}`),
    );
    expect(notAny).toEqual([]);
  });

  it("returns a matrix from every function that asks for parameter addresses", () => {
    // custom-functions-json.md, options: requiresParameterAddresses "must be used in combination
    // with the dimensionality property of the result object, and dimensionality must be set to matrix".
    const wrong = english.functions.filter(
      (fn) => fn.options?.requiresParameterAddresses && fn.result?.dimensionality !== "matrix",
    );
    expect(wrong.map((fn) => fn.id)).toEqual([]);
  });

  it("tells the HyperFormula adapter which arguments Excel passes as matrices", () => {
    const declared = english.functions.map((fn) => ({
      id: fn.id,
      parameterCount: fn.parameters.length,
      matrixParameters: fn.parameters.flatMap((p, i) => (p.dimensionality === "matrix" ? [i] : [])),
    }));
    const adapted = english.functions.map((fn) => {
      const adapter = BAR_FUNCTIONS.find((candidate) => candidate.id === fn.id);
      return {
        id: fn.id,
        parameterCount: adapter?.parameterCount,
        matrixParameters: adapter?.matrixParameters,
      };
    });
    expect(adapted).toEqual(declared);
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

describe("allowErrorInputs (the build step behind allowErrorForDataTypeAny)", () => {
  it("sets the flag at the top level and keeps the functions as generated", () => {
    const generated: FunctionsMetadata = {
      allowCustomDataForDataTypeAny: true,
      functions: [{ id: "F", name: "F", parameters: [{ name: "x", type: "any" }], result: {} }],
    };
    expect(allowErrorInputs(generated)).toEqual({
      metadata: { ...generated, allowErrorForDataTypeAny: true },
      problems: [],
    });
  });

  it("reports an argument of another type, which would never receive the error", () => {
    const generated: FunctionsMetadata = {
      functions: [{ id: "F", name: "F", parameters: [{ name: "x", type: "number" }], result: {} }],
    };
    expect(allowErrorInputs(generated).problems).toEqual([
      expect.stringContaining('F: argument "x" has type number'),
    ]);
  });
});
