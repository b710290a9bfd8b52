/** Unit and integration tests; the browser suite has its own config (jest.browser.config.js). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "\\.browser\\.test\\.ts$"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", jsx: "react-jsx" } }],
  },
  // office-addin-mock imports office-addin-manifest, whose ESM dependencies jest cannot load.
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/support/officeAddinManifestStub.ts" },
};
