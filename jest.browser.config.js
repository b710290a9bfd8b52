/**
 * The browser suite: the production task pane in the preview (npm run build:preview first),
 * driven in Debian's headless Chromium. One file at a time: each starts a server and a browser.
 */
const unit = require("./jest.config.js");

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.browser.test.ts"],
  testTimeout: 60000,
  maxWorkers: 1,
  transform: unit.transform,
  moduleNameMapper: unit.moduleNameMapper,
};
