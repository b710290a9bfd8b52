import jest from "eslint-plugin-jest";
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import globals from "globals";

const restrictedInEngine = {
  patterns: [
    {
      group: ["react", "react-*", "@fluentui/*", "office-*", "@microsoft/*", "hyperformula"],
      message: "src/engine stays pure: no Office, React or spreadsheet imports.",
    },
    { group: ["../*"], message: "src/engine imports nothing outside src/engine." },
  ],
};

function typescriptPluginOf(plugin) {
  return plugin.configs.react.find((config) => config.plugins?.["@typescript-eslint"]).plugins[
    "@typescript-eslint"
  ];
}

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-artifacts/**", "*.config.js"] },
  ...officeAddins.configs.react,
  {
    // The plugin's recommended block loses its TypeScript parser (an ESM/CJS default-export
    // mismatch) and does not cover .tsx: set the parser here for every TypeScript file.
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    plugins: { "office-addins": officeAddins },
    rules: {
      // typescript-eslint's recommended rules, on the plugin instance office-addins registers.
      ...Object.assign({}, ...tseslint.configs.recommended.map((config) => config.rules ?? {})),
      // The plugin's bundled typescript-eslint (8.8) crashes in this rule on ESLint 9.39; the core rule does the job.
      "@typescript-eslint/no-unused-expressions": "off",
      "no-unused-expressions": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "warn",
    },
  },
  {
    // office-addins registers its typescript-eslint plugin for .ts but not .tsx: lend .tsx that same instance.
    files: ["**/*.tsx"],
    plugins: { "@typescript-eslint": typescriptPluginOf(officeAddins) },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    languageOptions: { ecmaVersion: "latest" },
  },
  {
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
  },
  {
    languageOptions: {
      globals: {
        ...globals.browser,
        ...globals.node,
        Office: "readonly",
        Excel: "readonly",
        CustomFunctions: "readonly",
        OfficeRuntime: "readonly",
      },
    },
    rules: {
      "react/react-in-jsx-scope": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/engine/**"],
    rules: {
      "no-restricted-imports": ["error", restrictedInEngine],
      "no-restricted-globals": [
        "error",
        "window",
        "document",
        "Excel",
        "Office",
        "CustomFunctions",
        "OfficeRuntime",
        "navigator",
      ],
    },
  },
  {
    files: ["src/functions/**", "src/i18n/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "@fluentui/*", "hyperformula", "../excel/*", "../taskpane/*"],
              message: "Custom functions depend only on the engine and i18n.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/taskpane/**"],
    rules: { "no-restricted-globals": ["error", "Excel"] },
  },
  {
    // The test command must not pass by skipping: no .only, .skip, x- or f- tests, no test without
    // an assertion (fast-check's fc.assert is one), no expect that runs outside a test.
    files: ["test/**"],
    plugins: { jest },
    rules: {
      "jest/no-focused-tests": "error",
      "jest/no-disabled-tests": "error",
      "jest/expect-expect": ["error", { assertFunctionNames: ["expect", "fc.assert"] }],
      "jest/no-standalone-expect": "error",
    },
  },
];
