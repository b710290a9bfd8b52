import { allElements, findElement, parseXml, type XmlElement } from "./parseXml";

/** A text or URL as the add-in only manifest gives it: the default locale's value and overrides by locale. */
export type Localized = { value: string; overrides: Record<string, string> };

/** A ribbon icon: its size in pixels and its URL. */
export type IconSetting = { size: number; url: string };

/** One requirement set with its lowest version, as `<Set Name MinVersion>` says. */
export type RequirementSetting = { name: string; version: string };

/** What BAR's manifest.xml says about the add-in, read once so the unified manifest says the same. */
export type ManifestSettings = {
  id: string;
  version: string;
  providerName: string;
  defaultLocale: string;
  displayName: Localized;
  description: Localized;
  iconUrl: string;
  highResolutionIconUrl: string;
  supportUrl: Localized;
  appDomains: string[];
  requirementSets: RequirementSetting[];
  permissions: string;
  /** The shared runtime's page and lifetime (`<Runtime resid lifetime>`). */
  runtime: { pageUrl: string; lifetime: string };
  customFunctions: { scriptUrl: string; metadataUrl: Localized; namespace: string };
  getStarted: { title: Localized; description: Localized; learnMoreUrl: Localized };
  ribbon: {
    tabId: string;
    group: { id: string; label: Localized; icons: IconSetting[] };
    button: {
      id: string;
      label: Localized;
      tooltipTitle: Localized;
      tooltip: Localized;
      icons: IconSetting[];
      pageUrl: string;
    };
  };
};

/** Reads the settings from the text of an add-in only manifest shaped as BAR's; throws if a part is missing. */
export function readManifestSettings(xml: string): ManifestSettings {
  const root = parseXml(xml);
  const resources = resourcesById(findElement(root, "Resources"));
  const resource = (element: XmlElement, attribute = "resid"): Localized => {
    const id = element.attributes[attribute];
    const found = resources.get(id);
    if (!found) throw new Error(`manifest.xml: no resource "${id}"`);
    return found;
  };
  const text = (name: string) => findElement(root, name).text.trim();
  const host = findElement(root, "Host", ["xsi:type", "Workbook"]);
  const customFunctions = findElement(host, "ExtensionPoint", ["xsi:type", "CustomFunctions"]);
  const sourceOf = (name: string) =>
    resource(findElement(findElement(customFunctions, name), "SourceLocation"));
  const runtime = findElement(host, "Runtime");
  const getStarted = findElement(host, "GetStarted");
  const tab = findElement(host, "OfficeTab");
  const group = findElement(tab, "Group");
  const button = findElement(group, "Control", ["xsi:type", "Button"]);
  const supertip = findElement(button, "Supertip");
  const icons = (parent: XmlElement): IconSetting[] =>
    findElement(parent, "Icon").children.map((image) => ({
      size: Number(image.attributes.size),
      url: resource(image).value,
    }));
  return {
    id: text("Id"),
    version: text("Version"),
    providerName: text("ProviderName"),
    defaultLocale: text("DefaultLocale"),
    displayName: localizedAttribute(findElement(root, "DisplayName")),
    description: localizedAttribute(findElement(root, "Description")),
    iconUrl: findElement(root, "IconUrl").attributes.DefaultValue,
    highResolutionIconUrl: findElement(root, "HighResolutionIconUrl").attributes.DefaultValue,
    supportUrl: localizedAttribute(findElement(root, "SupportUrl")),
    appDomains: allElements(findElement(root, "AppDomains"))
      .filter((element) => element.name === "AppDomain")
      .map((element) => element.text.trim()),
    requirementSets: findElement(root, "Sets").children.map((set) => ({
      name: set.attributes.Name,
      version: set.attributes.MinVersion,
    })),
    permissions: text("Permissions"),
    runtime: { pageUrl: resource(runtime).value, lifetime: runtime.attributes.lifetime ?? "short" },
    customFunctions: {
      scriptUrl: sourceOf("Script").value,
      metadataUrl: sourceOf("Metadata"),
      namespace: resource(findElement(customFunctions, "Namespace")).value,
    },
    getStarted: {
      title: resource(findElement(getStarted, "Title")),
      description: resource(findElement(getStarted, "Description")),
      learnMoreUrl: resource(findElement(getStarted, "LearnMoreUrl")),
    },
    ribbon: {
      tabId: tab.attributes.id,
      group: { id: group.attributes.id, label: resource(findElement(group, "Label")), icons: icons(group) },
      button: {
        id: button.attributes.id,
        label: resource(findElement(button, "Label")),
        tooltipTitle: resource(findElement(supertip, "Title")),
        tooltip: resource(findElement(supertip, "Description")),
        icons: icons(button),
        pageUrl: resource(findElement(findElement(button, "Action"), "SourceLocation")).value,
      },
    },
  };
}

/** `DefaultValue` with its `<Override Locale Value>` children (base manifest and bt: resources alike). */
function localizedAttribute(element: XmlElement): Localized {
  const overrides = Object.fromEntries(
    element.children
      .filter((child) => child.name === "Override" || child.name === "bt:Override")
      .map((child) => [child.attributes.Locale, child.attributes.Value]),
  );
  return { value: element.attributes.DefaultValue, overrides };
}

function resourcesById(resources: XmlElement): Map<string, Localized> {
  const byId = new Map<string, Localized>();
  for (const item of resources.children.flatMap((group) => group.children)) {
    byId.set(item.attributes.id, localizedAttribute(item));
  }
  return byId;
}
