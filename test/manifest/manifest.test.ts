import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DEV_URL } from "../../scripts/build/publicUrl";
import { REQUIRED_SETS } from "../../src/excel/requirements";
import { FUNCTIONS_NAMESPACE } from "../../src/functions/functionsMetadata";
import { allElements, findElement, parseXml, type XmlElement } from "../support/parseXml";
import { pngSize } from "../support/pngSize";

const ROOT = join(__dirname, "../..");
const MANIFEST_FILE = join(ROOT, "manifest.xml");
const manifestText = readFileSync(MANIFEST_FILE, "utf8");
const manifest = parseXml(manifestText);

// Child order from the Office add-in manifest schemas (TaskPaneAppVersionOverrides 1.0);
// names not listed here are not allowed at that place.
const SCHEMA_ORDER: Record<string, string[]> = {
  OfficeApp: [
    "Id",
    "AlternateId",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "Dictionary",
    "VersionOverrides",
  ],
  VersionOverrides: ["Description", "Requirements", "Hosts", "Resources"],
  Host: ["Runtimes", "AllFormFactors", "DesktopFormFactor", "MobileFormFactor"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  Resources: ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"],
  CustomFunctionsExtensionPoint: ["Script", "Page", "Metadata", "Namespace"],
};
const REQUIRED_IN_OFFICE_APP = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "DefaultSettings",
  "Permissions",
];

const resources = findElement(manifest, "Resources");
const resourceElements = resources.children.flatMap((group) => group.children);

function resource(id: string): XmlElement {
  const found = resourceElements.find((element) => element.attributes.id === id);
  if (!found) throw new Error(`No resource "${id}"`);
  return found;
}

/** A resource's default value and every locale override. */
function resourceValues(id: string): string[] {
  const element = resource(id);
  return [element.attributes.DefaultValue, ...element.children.map((override) => override.attributes.Value)];
}

function childNames(element: XmlElement): string[] {
  return element.children.map((child) => child.name);
}

const customFunctions = findElement(manifest, "ExtensionPoint", ["xsi:type", "CustomFunctions"]);

describe("manifest.xml", () => {
  it("is well-formed XML with OfficeApp as its root", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(manifest.attributes["xsi:type"]).toBe("TaskPaneApp");
  });

  it("has every element OfficeApp requires", () => {
    expect(childNames(manifest)).toEqual(expect.arrayContaining(REQUIRED_IN_OFFICE_APP));
  });

  it.each([
    ["OfficeApp", manifest],
    ["VersionOverrides", findElement(manifest, "VersionOverrides")],
    ["Host", findElement(manifest, "Host", ["xsi:type", "Workbook"])],
    ["DesktopFormFactor", findElement(manifest, "DesktopFormFactor")],
    ["Resources", resources],
    ["CustomFunctionsExtensionPoint", customFunctions],
  ])("orders the children of %s as the schema requires", (schemaName, element) => {
    const order = SCHEMA_ORDER[schemaName];
    const names = childNames(element);
    const sorted = [...names].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    expect({ unknown: names.filter((name) => !order.includes(name)), names }).toEqual({
      unknown: [],
      names: sorted,
    });
  });

  it("defines every resid it references", () => {
    const referenced = allElements(manifest).flatMap((element) => element.attributes.resid ?? []);
    const defined = resourceElements.map((element) => element.attributes.id);
    expect(referenced.filter((resid) => !defined.includes(resid))).toEqual([]);
  });

  it("keeps every resid and resource id within 32 characters", () => {
    const ids = [
      ...allElements(manifest).flatMap((element) => element.attributes.resid ?? []),
      ...resourceElements.map((element) => element.attributes.id),
    ];
    expect(ids.filter((id) => id.length > 32)).toEqual([]);
  });

  it("defines each resource id once", () => {
    const ids = resourceElements.map((element) => element.attributes.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it("uses https for every URL", () => {
    const urls = manifestText.match(/\bhttps?:\/\/[^\s"<]+/g) ?? [];
    const schemaNamespaces = /^http:\/\/(schemas\.microsoft\.com|www\.w3\.org)\//;
    expect(urls.filter((url) => !url.startsWith("https://") && !schemaNamespaces.test(url))).toEqual([]);
  });

  it("puts every add-in URL on the dev server, so the production build can rewrite them all", () => {
    const values = allElements(manifest).flatMap((element) => [
      ...Object.values(element.attributes),
      element.children.length === 0 ? element.text.trim() : "",
    ]);
    const addinUrls = values.filter((value) => value.startsWith("https://"));
    const devOrigin = DEV_URL.slice(0, -1);
    expect(addinUrls.filter((url) => !url.startsWith(DEV_URL) && url !== devOrigin)).toEqual([]);
  });

  it("has a GUID as its Id", () => {
    expect(findElement(manifest, "Id").text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
  });

  it("is an add-in for Excel workbooks, English by default, that may read and write the document", () => {
    expect({
      locale: findElement(manifest, "DefaultLocale").text,
      host: findElement(manifest, "Host").attributes.Name,
      permissions: findElement(manifest, "Permissions").text,
    }).toEqual({ locale: "en-US", host: "Workbook", permissions: "ReadWriteDocument" });
  });

  it("overrides texts for Danish only, never for the default locale", () => {
    // localization.md: "You may only specify a single override per language, including for the
    // default locale"; DefaultValue serves every locale without an override.
    const locales = allElements(manifest)
      .filter((element) => element.name === "Override" || element.name === "bt:Override")
      .map((element) => element.attributes.Locale);
    expect(locales.length).toBeGreaterThan(0);
    expect([...new Set(locales)]).toEqual(["da-DK"]);
  });

  it.each([
    ["TaskpaneButton.Label", "Open BAR", "Åbn BAR"],
    ["GetStarted.Title", "Get started with BAR", "Kom i gang med BAR"],
  ])("says %s in English by default and in Danish for da-DK", (id, english, danish) => {
    expect(resourceValues(id)).toEqual([english, danish]);
  });

  it.each([
    [
      "SupportUrl",
      [
        findElement(manifest, "SupportUrl").attributes.DefaultValue,
        findElement(manifest, "SupportUrl").children[0].attributes.Value,
      ],
    ],
    ["Help.Url", resourceValues("Help.Url")],
  ])("points %s at the English help by default and the Danish help for da-DK", (_name, urls) => {
    expect(urls).toEqual([`${DEV_URL}help/index.en.html`, `${DEV_URL}help/index.da.html`]);
  });

  it.each([
    ["IconUrl", 32],
    ["HighResolutionIconUrl", 64],
  ])("declares its %s at %i px, and the file has that size", (name, size) => {
    const url = findElement(manifest, name).attributes.DefaultValue;
    expect(pngSize(readFileSync(assetFile(url)))).toEqual({ width: size, height: size });
  });

  it("gives every ribbon icon a file in assets/ at the size it declares", () => {
    const icons = allElements(findElement(manifest, "VersionOverrides")).filter(
      (element) => element.name === "bt:Image" && element.attributes.size,
    );
    expect(icons.length).toBeGreaterThan(0);
    const mismatches = icons.filter((icon) => {
      const size = Number(icon.attributes.size);
      return resourceValues(icon.attributes.resid).some((url) => {
        const file = assetFile(url);
        if (!existsSync(file)) return true;
        const actual = pngSize(readFileSync(file));
        return actual.width !== size || actual.height !== size;
      });
    });
    expect(mismatches).toEqual([]);
  });

  it("serves the custom functions' page, script and metadata from one origin", () => {
    const resids = ["Script", "Page", "Metadata"].map(
      (name) => findElement(findElement(customFunctions, name), "SourceLocation").attributes.resid,
    );
    const origins = new Set(resids.flatMap(resourceValues).map((url) => new URL(url).origin));
    expect([...origins]).toEqual([new URL(DEV_URL).origin]);
  });

  it(`gives the custom functions the namespace ${FUNCTIONS_NAMESPACE}`, () => {
    const namespace = findElement(customFunctions, "Namespace").attributes.resid;
    expect(resourceValues(namespace)).toEqual([FUNCTIONS_NAMESPACE]);
  });

  it("gives English function names by default and Danish ones in Danish Excel", () => {
    const metadata = findElement(findElement(customFunctions, "Metadata"), "SourceLocation").attributes.resid;
    expect(resource(metadata).attributes.DefaultValue).toBe(`${DEV_URL}functions.json`);
    const override = findElement(resource(metadata), "bt:Override");
    expect(override.attributes).toEqual({ Locale: "da-DK", Value: `${DEV_URL}functions.da-DK.json` });
  });

  it("requires exactly the requirement sets in src/excel/requirements.ts, in its order", () => {
    const sets = allElements(findElement(manifest, "Requirements")).filter(
      (element) => element.name === "Set",
    );
    expect(sets.map((set) => ({ name: set.attributes.Name, version: set.attributes.MinVersion }))).toEqual(
      REQUIRED_SETS.map(({ name, version }) => ({ name, version })),
    );
  });

  it("gives no Action a TaskpaneId under the host with the long-lived runtime", () => {
    // configure-your-add-in-to-use-a-shared-runtime.md, "Good practice: avoid multiple task panes".
    const host = findElement(manifest, "Host", ["xsi:type", "Workbook"]);
    expect(findElement(host, "Runtime").attributes.lifetime).toBe("long");
    const actions = allElements(host).filter((element) => element.name === "Action");
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.filter((action) => action.children.some((child) => child.name === "TaskpaneId"))).toEqual(
      [],
    );
  });

  it("declares one long-lived runtime", () => {
    const runtimes = findElement(manifest, "Runtimes").children;
    expect(runtimes.map((runtime) => runtime.attributes.lifetime)).toEqual(["long"]);
  });

  it("loads the functions page, the function file and the task pane in that one runtime", () => {
    const runtime = findElement(manifest, "Runtime").attributes.resid;
    const users = [
      findElement(findElement(customFunctions, "Page"), "SourceLocation").attributes.resid,
      findElement(manifest, "FunctionFile").attributes.resid,
      findElement(findElement(manifest, "Action", ["xsi:type", "ShowTaskpane"]), "SourceLocation").attributes
        .resid,
    ];
    expect(users).toEqual([runtime, runtime, runtime]);
  });

  it("puts a button that opens the task pane in its own group on the Home tab", () => {
    const tab = findElement(manifest, "OfficeTab", ["id", "TabHome"]);
    const button = findElement(findElement(tab, "Group"), "Control", ["xsi:type", "Button"]);
    expect(findElement(button, "Action").attributes["xsi:type"]).toBe("ShowTaskpane");
  });
});

function assetFile(url: string): string {
  if (!url.startsWith(DEV_URL)) throw new Error(`${url} is not on the dev server`);
  return join(ROOT, url.slice(DEV_URL.length));
}
