import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv, { type ValidateFunction } from "ajv";
import { buildBarAssets } from "../../scripts/build/buildBarAssets";
import { DEV_URL } from "../../scripts/build/publicUrl";
import { readManifestSettings } from "../../scripts/build/readManifestSettings";
import { UNIFIED_MANIFEST_VERSION, toUnifiedManifest } from "../../scripts/build/unifiedManifest";
import { REQUIRED_SETS } from "../../src/excel/requirements";
import { FUNCTIONS_NAMESPACE } from "../../src/functions/functionsMetadata";
import { DANISH_FUNCTION_TEXTS, DANISH_PARAMETER_NAMES } from "../../src/i18n/da/functionTexts";
import { DANISH_HELP_TEXTS } from "../../src/i18n/da/helpTexts";
import { ENGLISH_HELP_TEXTS } from "../../src/i18n/en/helpTexts";
import { pngSize } from "../support/pngSize";

const ROOT = join(__dirname, "../..");
const MANIFEST_XML = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const SCHEMAS = join(ROOT, "node_modules/@microsoft/app-manifest/build/json-schemas/teams");
const PUBLIC_URL = "https://bar.example.dk/bar/";

/**
 * Compiles one of Microsoft's published schemas from the local files, never from its URL. The
 * files name draft-04 but use `const` and `if`/`then` (draft-06/07), which ajv 8 reads as
 * written once the draft-04 marker, which it does not ship, is left out. `unicode`: the manifest
 * schema's function names need \p{L}; the localization schema has patterns (`\b]`) that only
 * compile without the u flag.
 */
function compileSchema(file: string, unicode: boolean): ValidateFunction {
  const schema = JSON.parse(readFileSync(join(SCHEMAS, `v${UNIFIED_MANIFEST_VERSION}`, file), "utf8"));
  delete schema.$schema;
  const uri = (value: string) => URL.canParse(value);
  return new Ajv({ allErrors: true, strict: false, unicodeRegExp: unicode, formats: { uri } }).compile(
    schema,
  );
}

const validateManifest = compileSchema("MicrosoftTeams.schema.json", true);
const validateLocalization = compileSchema("MicrosoftTeams.Localization.schema.json", false);

/** The build's output for a production URL; the functions themselves do not matter here. */
function build(manifestXml = MANIFEST_XML) {
  return buildBarAssets({
    functionsJson: '{"functions":[]}',
    functionsSource: "",
    manifest: manifestXml,
    translations: {
      functionTexts: DANISH_FUNCTION_TEXTS,
      parameterNames: DANISH_PARAMETER_NAMES,
      help: { da: DANISH_HELP_TEXTS, en: ENGLISH_HELP_TEXTS },
    },
    publicUrl: PUBLIC_URL,
  });
}

function productionFiles(): Map<string, string> {
  const { files, errors } = build();
  expect(errors).toEqual([]);
  return files;
}

const settings = readManifestSettings(MANIFEST_XML);
const dev = toUnifiedManifest(settings).files;
const json = (files: Map<string, string>, name: string) => JSON.parse(files.get(name) ?? "null");
const manifest = json(dev, "manifest.json");
const danish = json(dev, "manifest.da-dk.json");
const runtime = manifest.extensions[0].runtimes[0];
const button = manifest.extensions[0].ribbons[0].tabs[0].groups[0].controls[0];

/** The value at a localization key's path, such as `extensions[0].runtimes[0].code.page`. */
function valueAt(root: unknown, path: string): unknown {
  return path
    .split(/\.|(?=\[)/)
    .reduce<unknown>(
      (node, step) =>
        node === undefined || node === null
          ? undefined
          : (node as Record<string, unknown>)[step.startsWith("[") ? step.slice(1, -1) : step],
      root,
    );
}

describe("manifest.json, the unified manifest", () => {
  it.each([
    ["dev server", () => dev],
    ["production build", productionFiles],
  ])("follows Microsoft's published schema (%s)", (_build, files) => {
    const valid = validateManifest(json(files(), "manifest.json"));
    expect(validateManifest.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it.each([
    ["dev server", () => dev],
    ["production build", productionFiles],
  ])("has a Danish localization file that follows the localization schema (%s)", (_build, files) => {
    const valid = validateLocalization(json(files(), "manifest.da-dk.json"));
    expect(validateLocalization.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("is checked for real: the schema rejects a manifest without a privacy URL", () => {
    const developer = { ...manifest.developer };
    delete developer.privacyUrl;
    expect(validateManifest({ ...manifest, developer })).toBe(false);
    expect(validateManifest.errors).toEqual([
      expect.objectContaining({ instancePath: "/developer", params: { missingProperty: "privacyUrl" } }),
    ]);
  });

  it("names the schema version it follows", () => {
    expect([manifest.$schema, manifest.manifestVersion]).toEqual([
      `https://developer.microsoft.com/json-schemas/teams/v${UNIFIED_MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
      UNIFIED_MANIFEST_VERSION,
    ]);
  });

  it("has the id and version of manifest.xml", () => {
    expect({ id: manifest.id, version: manifest.version }).toEqual({
      id: settings.id,
      version: settings.version.replace(/\.0$/, ""),
    });
  });

  it("requires exactly the requirement sets the code needs, for Excel workbooks", () => {
    expect(manifest.extensions[0].requirements).toEqual({
      scopes: ["workbook"],
      capabilities: REQUIRED_SETS.map(({ name, version }) => ({ name, minVersion: version })),
    });
  });

  it("runs the task pane and the custom functions in one long-lived runtime, as manifest.xml does", () => {
    expect(manifest.extensions[0].runtimes).toHaveLength(1);
    expect({ lifetime: runtime.lifetime, code: runtime.code }).toEqual({
      lifetime: "long",
      code: { page: `${DEV_URL}taskpane.html`, script: `${DEV_URL}functions.js` },
    });
  });

  it("opens the one task pane without a view, as a shared runtime wants", () => {
    expect(runtime.actions).toEqual([{ id: button.actionId, type: "openPage" }]);
  });

  it(`gives the custom functions the namespace ${FUNCTIONS_NAMESPACE} and the English metadata by default`, () => {
    expect(runtime.customFunctions).toEqual({
      namespace: { id: FUNCTIONS_NAMESPACE, name: FUNCTIONS_NAMESPACE },
      metadataUrl: `${DEV_URL}functions.json`,
    });
  });

  it("puts the button that opens the pane on the Home tab, with the labels of manifest.xml", () => {
    const tab = manifest.extensions[0].ribbons[0].tabs[0];
    expect({ tab: tab.builtInTabId, label: button.label, tooltip: button.supertip.description }).toEqual({
      tab: "TabHome",
      label: settings.ribbon.button.label.value,
      tooltip: settings.ribbon.button.tooltip.value,
    });
  });

  it("names icons the app package holds, at the sizes of manifest.xml's IconUrl and HighResolutionIconUrl", () => {
    const sizes = Object.values(manifest.icons as Record<string, string>).map((path) =>
      existsSync(join(ROOT, path)) ? pngSize(readFileSync(join(ROOT, path))) : path,
    );
    expect(sizes).toEqual([
      { width: 32, height: 32 },
      { width: 64, height: 64 },
    ]);
  });

  it("is English by default with Danish as its one other language", () => {
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: "en-us",
      additionalLanguages: [{ languageTag: "da-dk", file: "manifest.da-dk.json" }],
    });
  });

  it("points Danish Excel at the Danish function names", () => {
    expect(danish["extensions[0].runtimes[0].customFunctions.metadataUrl"]).toBe(
      `${DEV_URL}functions.da-DK.json`,
    );
  });

  it("localizes only texts that exist in manifest.json, in Danish", () => {
    const keys = Object.keys(danish).filter((key) => key.startsWith("extensions"));
    expect(keys.filter((key) => typeof valueAt(manifest, key) !== "string")).toEqual([]);
    expect(danish["extensions[0].ribbons[0].tabs[0].groups[0].controls[0].label"]).toBe("Åbn BAR");
  });

  it("points every URL of the production build at BAR_PUBLIC_URL", () => {
    const files = productionFiles();
    const text = `${files.get("manifest.json")}${files.get("manifest.da-dk.json")}`;
    const urls = (text.match(/https:\/\/[^"\s]+/g) ?? []).filter(
      (url) => !url.startsWith("https://developer.microsoft.com/json-schemas/"),
    );
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((url) => !url.startsWith(new URL(PUBLIC_URL).origin))).toEqual([]);
    expect(json(files, "manifest.json").extensions[0].runtimes[0].customFunctions.metadataUrl).toBe(
      `${PUBLIC_URL}functions.json`,
    );
  });
});

describe("the build's checks of manifest.xml", () => {
  it("fails when manifest.xml's requirement sets drift from src/excel/requirements.ts", () => {
    const drifted = MANIFEST_XML.replace(
      '<Set Name="ExcelApi" MinVersion="1.13"/>',
      '<Set Name="ExcelApi" MinVersion="1.12"/>',
    );
    expect(build(drifted).errors).toEqual([
      expect.stringContaining(
        "manifest.xml requires ExcelApi 1.12, CustomFunctionsRuntime 1.3, SharedRuntime 1.1",
      ),
    ]);
  });

  it("fails when the Version has a fourth part the unified manifest cannot carry", () => {
    const versioned = MANIFEST_XML.replace("<Version>0.1.0.0</Version>", "<Version>0.1.0.7</Version>");
    expect(build(versioned).errors).toEqual([expect.stringContaining("Version 0.1.0.7 has no n.n.n form")]);
  });
});
