import { readFileSync } from "node:fs";
import type { Compiler } from "webpack";
import { buildBarAssets, type BarTranslations } from "./buildBarAssets";

/** Settings of {@link BarAssetsPlugin}; paths are absolute. */
export type BarAssetsPluginOptions = {
  functionsFile: string;
  manifestFile: string;
  /** Watched, so the dev server rebuilds when a translation changes. */
  translationFiles: string[];
  loadTranslations: () => BarTranslations;
  publicUrl: string | null;
};

const NAME = "BarAssetsPlugin";

/**
 * Post-processes the functions.json that custom-functions-metadata-plugin generates and emits
 * functions.da-DK.json, the help pages, manifest.xml and the unified manifest.json (with its
 * Danish localization file) next to it; in production it rewrites their URLs.
 */
export class BarAssetsPlugin {
  constructor(private readonly options: BarAssetsPluginOptions) {}

  /** Hooks into webpack after the metadata plugin has added functions.json. */
  apply(compiler: Compiler): void {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      const { functionsFile, manifestFile, translationFiles } = this.options;
      compilation.fileDependencies.addAll([functionsFile, manifestFile, ...translationFiles]);
      compilation.hooks.processAssets.tap(
        { name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const functionsJson = compilation.getAsset("functions.json");
          // Without it the metadata plugin has already reported why; adding more noise helps nobody.
          if (!functionsJson) return;
          const result = buildBarAssets({
            functionsJson: functionsJson.source.source().toString(),
            functionsSource: readFileSync(functionsFile, "utf8"),
            manifest: readFileSync(manifestFile, "utf8"),
            translations: this.options.loadTranslations(),
            publicUrl: this.options.publicUrl,
          });
          for (const message of result.errors)
            compilation.errors.push(new WebpackError(`${NAME}: ${message}`));
          for (const [path, text] of result.files) {
            const source = new sources.RawSource(text);
            if (compilation.getAsset(path)) compilation.updateAsset(path, source);
            else compilation.emitAsset(path, source);
          }
        },
      );
    });
  }
}
