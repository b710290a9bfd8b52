import { DEV_URL } from "./publicUrl";
import type { IconSetting, Localized, ManifestSettings } from "./readManifestSettings";

/** The unified manifest version BAR writes (office-js-docs-pr convert-xml-to-json-manifest.md: "latest released version"). */
export const UNIFIED_MANIFEST_VERSION = "1.30";

const SCHEMA_BASE = `https://developer.microsoft.com/json-schemas/teams/v${UNIFIED_MANIFEST_VERSION}`;

/**
 * Texts the unified manifest needs and manifest.xml has no element for, by locale: a short
 * description of at most 80 characters beside the full one.
 */
export const SHORT_DESCRIPTIONS: Record<string, string> = {
  "en-US": "Budget balance, reduction targets and the economic strategy, in Excel.",
  "da-DK": "Budgetbalance, reduktionsmål og den økonomiske strategi i Excel.",
};

/** BAR's blue (scripts/drawIcons.mjs); the schema requires an accent colour. */
const ACCENT_COLOR = "#0F4C81";

/** The id of the shared runtime's one action, which the ribbon button runs. */
const OPEN_PANE_ACTION = "OpenBarTaskpane";

/** Where a key of the localization file points in manifest.json ("Localize strings in your app manifest"). */
const GROUP = "extensions[0].ribbons[0].tabs[0].groups[0]";
const BUTTON = `${GROUP}.controls[0]`;

/** The unified manifest and its localization files, by file name (written beside each other in dist/). */
export type UnifiedManifest = { manifest: Record<string, unknown>; files: Map<string, string> };

/** The localization file of a locale, e.g. `manifest.da-dk.json`. */
export function localizationFileName(locale: string): string {
  return `manifest.${locale.toLowerCase()}.json`;
}

/**
 * Writes the unified manifest for Microsoft 365 (dist/manifest.json) from the same settings as
 * manifest.xml, following unified-manifest-overview.md and its Excel shared-runtime sample
 * (OfficeDev/Office-Add-in-samples, Samples/excel-shared-runtime-scenario/manifest.json):
 * one runtime with a long lifetime holds the task pane and the custom functions, found through
 * the same functions.json (custom-functions-overview.md, "Manifest file"), and every override
 * of manifest.xml becomes a key of that locale's localization file.
 */
export function toUnifiedManifest(settings: ManifestSettings): UnifiedManifest {
  const { ribbon, customFunctions, getStarted } = settings;
  const button = ribbon.button;
  if (button.pageUrl !== settings.runtime.pageUrl || settings.runtime.lifetime !== "long") {
    throw new Error("manifest.xml: the ribbon button must open the page of the one long-lived runtime");
  }
  const capabilities = settings.requirementSets.map(({ name, version }) => ({ name, minVersion: version }));
  const sharedRuntime = capabilities.filter((set) => set.name === "SharedRuntime");
  const manifest = {
    $schema: `${SCHEMA_BASE}/MicrosoftTeams.schema.json`,
    manifestVersion: UNIFIED_MANIFEST_VERSION,
    id: settings.id,
    version: toUnifiedVersion(settings.version),
    name: { short: settings.displayName.value },
    description: {
      short: textFor(SHORT_DESCRIPTIONS, settings.defaultLocale),
      full: settings.description.value,
    },
    developer: {
      name: settings.providerName,
      // BAR has no privacy or terms page of its own yet: the help index is what it has.
      websiteUrl: settings.supportUrl.value,
      privacyUrl: settings.supportUrl.value,
      termsOfUseUrl: settings.supportUrl.value,
    },
    icons: { outline: packagePath(settings.iconUrl), color: packagePath(settings.highResolutionIconUrl) },
    accentColor: ACCENT_COLOR,
    localizationInfo: {
      defaultLanguageTag: settings.defaultLocale.toLowerCase(),
      additionalLanguages: overrideLocales(settings).map((locale) => ({
        languageTag: locale.toLowerCase(),
        file: localizationFileName(locale),
      })),
    },
    // requesting-permissions-for-api-use-in-content-and-task-pane-add-ins.md: ReadWriteDocument.
    authorization: {
      permissions: {
        resourceSpecific: [{ name: toResourcePermission(settings.permissions), type: "Delegated" }],
      },
    },
    validDomains: settings.appDomains,
    extensions: [
      {
        requirements: { scopes: ["workbook"], capabilities },
        runtimes: [
          {
            requirements: { capabilities: sharedRuntime },
            id: "SharedRuntime",
            type: "general",
            code: { page: settings.runtime.pageUrl, script: customFunctions.scriptUrl },
            lifetime: "long",
            // No "view": a shared runtime supports one task pane (configure-your-add-in-to-use-a-
            // shared-runtime.md, "Good practice: avoid multiple task panes").
            actions: [{ id: OPEN_PANE_ACTION, type: "openPage" }],
            customFunctions: {
              namespace: { id: customFunctions.namespace, name: customFunctions.namespace },
              metadataUrl: customFunctions.metadataUrl.value,
            },
          },
        ],
        ribbons: [
          {
            contexts: ["default"],
            tabs: [
              {
                builtInTabId: ribbon.tabId,
                groups: [
                  {
                    id: ribbon.group.id,
                    label: ribbon.group.label.value,
                    icons: toIcons(ribbon.group.icons),
                    controls: [
                      {
                        id: button.id,
                        type: "button",
                        label: button.label.value,
                        icons: toIcons(button.icons),
                        supertip: { title: button.tooltipTitle.value, description: button.tooltip.value },
                        actionId: OPEN_PANE_ACTION,
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
        alternates: [
          {
            alternateIcons: {
              icon: { size: 32, url: settings.iconUrl },
              highResolutionIcon: { size: 64, url: settings.highResolutionIconUrl },
            },
          },
        ],
        getStartedMessages: [
          {
            title: getStarted.title.value,
            description: getStarted.description.value,
            learnMoreUrl: getStarted.learnMoreUrl.value,
          },
        ],
      },
    ],
  };
  const files = new Map([["manifest.json", toJson(manifest)]]);
  for (const locale of overrideLocales(settings)) {
    files.set(localizationFileName(locale), toJson(localizationFor(settings, locale)));
  }
  return { manifest, files };
}

/** The keys of one locale's localization file: every text of manifest.xml overridden for it. */
function localizationFor(settings: ManifestSettings, locale: string): Record<string, string> {
  const { ribbon, customFunctions, getStarted } = settings;
  const pick = (text: Localized) => text.overrides[locale] ?? text.value;
  const entries: [string, Localized][] = [
    ["extensions[0].runtimes[0].customFunctions.metadataUrl", customFunctions.metadataUrl],
    [`${GROUP}.label`, ribbon.group.label],
    [`${BUTTON}.label`, ribbon.button.label],
    [`${BUTTON}.supertip.title`, ribbon.button.tooltipTitle],
    [`${BUTTON}.supertip.description`, ribbon.button.tooltip],
    ["extensions[0].getStartedMessages[0].title", getStarted.title],
    ["extensions[0].getStartedMessages[0].description", getStarted.description],
    ["extensions[0].getStartedMessages[0].learnMoreUrl", getStarted.learnMoreUrl],
  ];
  return {
    $schema: `${SCHEMA_BASE}/MicrosoftTeams.Localization.schema.json`,
    // The localization schema requires these three in every file.
    "name.short": pick(settings.displayName),
    "description.short": textFor(SHORT_DESCRIPTIONS, locale),
    "description.full": pick(settings.description),
    ...Object.fromEntries(
      entries.filter(([, text]) => locale in text.overrides).map(([key, text]) => [key, pick(text)]),
    ),
  };
}

/** Every locale manifest.xml overrides anything for. */
function overrideLocales(settings: ManifestSettings): string[] {
  const texts: Localized[] = [
    settings.displayName,
    settings.description,
    settings.supportUrl,
    settings.customFunctions.metadataUrl,
    ...Object.values(settings.getStarted),
    settings.ribbon.group.label,
    settings.ribbon.button.label,
    settings.ribbon.button.tooltipTitle,
    settings.ribbon.button.tooltip,
  ];
  return [...new Set(texts.flatMap((text) => Object.keys(text.overrides)))].sort();
}

/** "n.n.n where each n can be no more than five digits" (unified-manifest-overview.md) from manifest.xml's n.n.n.n. */
function toUnifiedVersion(version: string): string {
  const parts = version.split(".");
  if (parts.length > 4 || parts.slice(3).some((part) => Number(part) !== 0)) {
    throw new Error(`manifest.xml: Version ${version} has no n.n.n form; keep its fourth part 0`);
  }
  return [...parts, "0", "0"].slice(0, 3).join(".");
}

function textFor(texts: Record<string, string>, locale: string): string {
  const text = texts[locale];
  if (!text) throw new Error(`No short description for ${locale} in SHORT_DESCRIPTIONS`);
  return text;
}

/** An icon URL on the dev server as a path inside the app package, whose root is dist/. */
function packagePath(url: string): string {
  if (!url.startsWith(DEV_URL)) throw new Error(`manifest.xml: icon ${url} is not on ${DEV_URL}`);
  return url.slice(DEV_URL.length);
}

function toIcons(icons: IconSetting[]): IconSetting[] {
  return icons.map(({ size, url }) => ({ size, url }));
}

function toResourcePermission(permissions: string): string {
  const known: Record<string, string> = {
    ReadDocument: "Document.Read.User",
    ReadWriteDocument: "Document.ReadWrite.User",
  };
  const permission = known[permissions];
  if (!permission) throw new Error(`manifest.xml: no unified-manifest permission known for ${permissions}`);
  return permission;
}

function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
