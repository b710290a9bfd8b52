import ts from "typescript";

/**
 * The `@returns` text of each `@customfunction` in a source file, keyed by function id.
 * functions.json has no field for it, but the English help page should say what comes back.
 */
export function readReturnDescriptions(
  sourceText: string,
  fileName = "functions.ts",
): Record<string, string> {
  const source = ts.createSourceFile(fileName, sourceText, ts.ScriptTarget.Latest, true);
  const descriptions: Record<string, string> = {};
  for (const statement of source.statements) {
    if (!ts.isFunctionDeclaration(statement) || !statement.name) continue;
    const tags = ts.getJSDocTags(statement);
    const marker = tags.find((tag) => tag.tagName.text === "customfunction");
    const returns = tags.find((tag) => tag.tagName.text === "returns" || tag.tagName.text === "return");
    if (!marker || !returns) continue;
    // "@customfunction ID NAME": without an id, Excel's id is the upper-case function name.
    const id = (commentText(marker).split(/\s+/)[0] || statement.name.text).toUpperCase();
    descriptions[id] = commentText(returns);
  }
  return descriptions;
}

function commentText(tag: ts.JSDocTag): string {
  return (ts.getTextOfJSDocComment(tag.comment) ?? "").trim();
}
