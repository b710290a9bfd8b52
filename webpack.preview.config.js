// Builds the preview (npm run preview) into dist-preview/: preview.html with preview.js (the
// host page: in-memory workbook, HyperFormula, workbook view) and officeStandIn.js (what the
// production task pane loads there instead of Office.js). The production add-in is built
// separately into dist/ by webpack.config.js and served unchanged; HyperFormula (GPL or
// commercial) is only ever bundled here.
const path = require("path");
const typeScriptRule = require("./scripts/build/typeScriptRule.js");
const HtmlWebpackPlugin = require("html-webpack-plugin");

module.exports = (_env, argv) => {
  const production = argv.mode === "production";
  return {
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    target: ["web", "es2020"],
    entry: {
      preview: "./src/preview/app/index.tsx",
      officeStandIn: "./src/preview/officeStandIn/index.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist-preview"),
      filename: "[name].js",
      // The host page is served at / but its scripts and lazy chunks at /preview/.
      publicPath: "/preview/",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [typeScriptRule],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/app/preview.html",
        chunks: ["preview"],
      }),
    ],
    // HyperFormula makes the host page large; it is a local development tool.
    performance: { hints: false },
  };
};
