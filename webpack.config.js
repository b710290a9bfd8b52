// Builds BAR into dist/: one shared-runtime page (taskpane.html) that loads functions.js, then
// taskpane.js; functions.json from the JSDoc (with allowErrorForDataTypeAny added), its Danish
// twin, the help pages, manifest.xml, the unified manifest.json and manifest.da-dk.json derived
// from it, and the icons. `--mode production` rewrites https://localhost:3000/ to BAR_PUBLIC_URL
// (default https://bar.example.dk/) in both manifests, the metadata and the help pages.
require("./scripts/registerTypeScript.cjs");
const path = require("path");
const typeScriptRule = require("./scripts/build/typeScriptRule.js");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { BarAssetsPlugin } = require("./scripts/build/BarAssetsPlugin.ts");
const { readDevCertificate } = require("./scripts/build/readDevCertificate.ts");
const { DEV_URL, readPublicUrl } = require("./scripts/build/publicUrl.ts");

const FUNCTIONS_FILE = path.resolve(__dirname, "src/functions/functions.ts");
const TRANSLATION_FILES = {
  functionTexts: path.resolve(__dirname, "src/i18n/da/functionTexts.ts"),
  helpDa: path.resolve(__dirname, "src/i18n/da/helpTexts.ts"),
  helpEn: path.resolve(__dirname, "src/i18n/en/helpTexts.ts"),
};

// Read afresh on every compilation, so the dev server picks up an edited translation.
function loadTranslations() {
  for (const file of Object.values(TRANSLATION_FILES)) delete require.cache[file];
  const { DANISH_FUNCTION_TEXTS, DANISH_PARAMETER_NAMES } = require(TRANSLATION_FILES.functionTexts);
  return {
    functionTexts: DANISH_FUNCTION_TEXTS,
    parameterNames: DANISH_PARAMETER_NAMES,
    help: {
      da: require(TRANSLATION_FILES.helpDa).DANISH_HELP_TEXTS,
      en: require(TRANSLATION_FILES.helpEn).ENGLISH_HELP_TEXTS,
    },
  };
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const publicUrl = production ? readPublicUrl(process.env.BAR_PUBLIC_URL) : null;
  const log = (message) => console.log(`[BAR] ${message}`);
  if (production) log(`Production URLs: ${publicUrl} (set BAR_PUBLIC_URL to change)`);

  return {
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    target: ["web", "es2020"],
    entry: {
      functions: FUNCTIONS_FILE,
      // dependOn: the page shares one module instance between both bundles, so the language the
      // task pane sets is the one custom-function messages read; functions.js stays standalone.
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [typeScriptRule],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_FILE, output: "functions.json" }),
      new BarAssetsPlugin({
        functionsFile: FUNCTIONS_FILE,
        manifestFile: path.resolve(__dirname, "manifest.xml"),
        translationFiles: Object.values(TRANSLATION_FILES),
        loadTranslations,
        publicUrl,
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }] }),
    ],
    performance: {
      hints: production ? "warning" : false,
      maxAssetSize: 1_500_000,
      maxEntrypointSize: 1_500_000,
    },
    devServer: env.WEBPACK_SERVE
      ? {
          port: Number(new URL(DEV_URL).port),
          // A hot update would re-run functions.js and associate the custom functions twice.
          hot: false,
          static: false,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: await httpsServer(log),
        }
      : undefined,
  };
};

async function httpsServer(log) {
  const certificate = await readDevCertificate(log);
  return certificate ? { type: "https", options: certificate } : { type: "https" };
}
