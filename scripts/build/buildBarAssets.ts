import { REQUIRED_SETS } from "../../src/excel/requirements";
import { FUNCTIONS_NAMESPACE, type FunctionsMetadata } from "../../src/functions/functionsMetadata";
import type { DanishFunctionText } from "../../src/i18n/da/functionTexts";
import type { HelpTexts } from "../../src/i18n/helpTexts";
import type { Language } from "../../src/i18n/language";
import { allowErrorInputs } from "./allowErrorInputs";
import { DEV_URL, toPublicUrls } from "./publicUrl";
import { readManifestSettings, type RequirementSetting } from "./readManifestSettings";
import { readReturnDescriptions } from "./readReturnDescriptions";
import { helpUrlProblems, renderHelpPages } from "./renderHelpPages";
import { toDanishMetadata } from "./toDanishMetadata";
import { toUnifiedManifest } from "./unifiedManifest";

/** The typed translation tables the build reads (src/i18n). */
export type BarTranslations = {
  functionTexts: Record<string, DanishFunctionText>;
  parameterNames: Record<string, string>;
  help: Record<Language, HelpTexts>;
};

/** What the build starts from: generated functions.json and the files beside it. */
export type BarAssetSources = {
  functionsJson: string;
  functionsSource: string;
  manifest: string;
  translations: BarTranslations;
  /** Production base URL, or null in development, where URLs stay at the dev server. */
  publicUrl: string | null;
};

/**
 * Output files by path (functions.json post-processed, functions.da-DK.json, help/, manifest.xml,
 * the unified manifest.json and its localization files) and problems found.
 */
export type BarAssets = { files: Map<string, string>; errors: string[] };

/** Derives every text asset beside the bundles; pure, so tests run the same code as the build. */
export function buildBarAssets(sources: BarAssetSources): BarAssets {
  const { translations } = sources;
  const generated = JSON.parse(sources.functionsJson) as FunctionsMetadata;
  const { metadata: english, problems } = allowErrorInputs(generated);
  const errors = [...problems, ...helpUrlProblems(english, DEV_URL)];
  let danish: FunctionsMetadata;
  let unifiedManifest: Map<string, string>;
  try {
    danish = toDanishMetadata(english, translations.functionTexts, translations.parameterNames);
    const settings = readManifestSettings(sources.manifest);
    errors.push(...requirementSetProblems(settings.requirementSets));
    unifiedManifest = toUnifiedManifest(settings).files;
  } catch (error) {
    return { files: new Map(), errors: [...errors, (error as Error).message] };
  }
  const danishResults = Object.fromEntries(
    Object.entries(translations.functionTexts).map(([id, text]) => [id, text.result]),
  );
  const files = new Map<string, string>([
    ["functions.json", `${JSON.stringify(english, null, 2)}\n`],
    ["functions.da-DK.json", `${JSON.stringify(danish, null, 2)}\n`],
    ["manifest.xml", sources.manifest],
    ...unifiedManifest,
    ...renderHelpPages(FUNCTIONS_NAMESPACE, {
      da: { metadata: danish, results: danishResults, texts: translations.help.da },
      en: {
        metadata: english,
        results: readReturnDescriptions(sources.functionsSource),
        texts: translations.help.en,
      },
    }),
  ]);
  const { publicUrl } = sources;
  if (publicUrl) {
    for (const [path, text] of files) {
      const rewritten = toPublicUrls(text, publicUrl);
      if (rewritten.includes("localhost"))
        errors.push(`${path} still mentions localhost after rewriting URLs`);
      files.set(path, rewritten);
    }
  }
  return { files, errors };
}

/** The requirement sets manifest.xml must declare: exactly the list the code needs, in its order. */
function requirementSetProblems(declared: readonly RequirementSetting[]): string[] {
  const list = (sets: readonly { name: string; version: string }[]) =>
    sets.map(({ name, version }) => `${name} ${version}`).join(", ");
  const [found, needed] = [list(declared), list(REQUIRED_SETS)];
  return found === needed
    ? []
    : [`manifest.xml requires ${found || "no requirement sets"}; src/excel/requirements.ts needs ${needed}`];
}
