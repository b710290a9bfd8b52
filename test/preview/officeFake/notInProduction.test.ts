import { readFileSync, readdirSync, statSync } from "fs";
import { join, relative } from "path";

const SRC = join(__dirname, "../../../src");

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

it("is imported by no production code (only the preview and tests use the fake)", () => {
  const importers = sourceFiles(SRC)
    .filter((path) => !relative(SRC, path).startsWith("preview"))
    .filter((path) => /officeFake/.test(readFileSync(path, "utf8")));
  expect(importers).toEqual([]);
});
