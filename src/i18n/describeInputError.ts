import type { InputError } from "../engine/inputError";
import { daInputErrors } from "./da/inputErrors";
import { enInputErrors } from "./en/inputErrors";
import type { Language } from "./language";
import type { InputErrorTexts } from "./inputErrorTexts";

const TEXTS: Record<Language, InputErrorTexts> = { da: daInputErrors, en: enInputErrors };

/** The message a budget analyst reads for an input error: which argument, which cell, what was expected. */
export function describeInputError(error: InputError, language: Language): string {
  const texts = TEXTS[language];
  const name = (argument: string) => texts.parameterNames[argument] ?? argument;
  const { argument, address, row, column } = error.location;
  let where = texts.argument(name(argument));
  if (address) where += `, ${texts.cell(address)}`;
  else if (row !== undefined && column !== undefined) where += `, ${texts.position(row, column)}`;
  else if (column !== undefined) where += `, ${texts.position(1, column)}`;
  const describe = texts.problems[error.problem.code] as (
    problem: unknown,
    n: typeof name,
    argument: string,
  ) => string;
  return `${where}: ${describe(error.problem, name, argument)}`;
}
