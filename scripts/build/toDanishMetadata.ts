import type { FunctionsMetadata } from "../../src/functions/functionsMetadata";
import type { DanishFunctionText } from "../../src/i18n/da/functionTexts";

/** The Danish help page of a function, next to the English one the JSDoc `@helpurl` names. */
export function toDanishHelpUrl(englishHelpUrl: string): string {
  return englishHelpUrl.replace(/\.en\.html$/, ".da.html");
}

/**
 * Builds `functions.da-DK.json` from the English `functions.json`: same ids, types and options,
 * Danish names and texts. Throws, listing every gap, when a function or argument has no Danish
 * text, so a function added without a translation fails the build instead of showing English.
 */
export function toDanishMetadata(
  english: FunctionsMetadata,
  texts: Record<string, DanishFunctionText>,
  parameterNames: Record<string, string>,
): FunctionsMetadata {
  const gaps: string[] = [];
  const functions = english.functions.map((fn) => {
    const text = texts[fn.id];
    if (!text) {
      gaps.push(`${fn.id}: no entry in DANISH_FUNCTION_TEXTS`);
      return fn;
    }
    const parameters = fn.parameters.map((parameter) => {
      const name = parameterNames[parameter.name];
      const description = text.parameters[parameter.name];
      if (!name)
        gaps.push(`${fn.id}: no Danish name for argument "${parameter.name}" in DANISH_PARAMETER_NAMES`);
      if (!description) gaps.push(`${fn.id}: no Danish help for argument "${parameter.name}"`);
      return {
        ...parameter,
        name: name ?? parameter.name,
        description: description ?? parameter.description,
      };
    });
    for (const extra of Object.keys(text.parameters)) {
      if (!fn.parameters.some((parameter) => parameter.name === extra)) {
        gaps.push(`${fn.id}: Danish help for "${extra}", which the function does not have`);
      }
    }
    return {
      ...fn,
      name: text.name,
      description: text.description,
      ...(fn.helpUrl ? { helpUrl: toDanishHelpUrl(fn.helpUrl) } : {}),
      parameters,
    };
  });
  if (gaps.length > 0) {
    throw new Error(
      `The Danish function texts (src/i18n/da/functionTexts.ts) are incomplete:\n${gaps.join("\n")}`,
    );
  }
  return { ...english, functions };
}
