import { readFileSync, readdirSync, statSync } from "fs";
import { join, relative } from "path";

const SRC = join(__dirname, "../../src");

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every module a file imports, statically or with import(). */
function importsOf(path: string): string[] {
  const source = readFileSync(path, "utf8");
  return [...source.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)["']([^"']+)["']/g)].map(
    (match) => match[1],
  );
}

const production = sourceFiles(SRC).filter((path) => !relative(SRC, path).startsWith("preview"));

describe("the production bundle's sources", () => {
  // HyperFormula is GPL-3.0 or commercial: it may reach the preview, never the add-in users get.
  it("never import HyperFormula", () => {
    const importers = production.filter((path) =>
      importsOf(path).some((name) => name.startsWith("hyperformula")),
    );
    expect(importers.map((path) => relative(SRC, path))).toEqual([]);
  });

  it("never import the preview (its fake, its HyperFormula binding or its page)", () => {
    const importers = production.filter((path) =>
      importsOf(path).some((name) => /(^|\/)preview(\/|$)/.test(name)),
    );
    expect(importers.map((path) => relative(SRC, path))).toEqual([]);
  });

  it("are found by this test", () => {
    expect(production.map((path) => relative(SRC, path))).toEqual(
      expect.arrayContaining(["taskpane/index.tsx", "functions/functions.ts", "excel/writeStatusReport.ts"]),
    );
  });
});
