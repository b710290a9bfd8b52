import type { InputProblem } from "../engine/inputError";

type ProblemText<K extends InputProblem["code"]> = (
  problem: Extract<InputProblem, { code: K }>,
  parameterName: (argument: string) => string,
  /** The English id of the argument at fault, for words that fit it ("citizens", "unit costs"). */
  argument: string,
) => string;

/** The words for every input problem in one language; the compiler checks each language has them all. */
export type InputErrorTexts = {
  /** "argument X", "argument X, cell C5", "argument X, row 3, column 2 of the range". */
  argument: (name: string) => string;
  cell: (address: string) => string;
  position: (row: number, column: number) => string;
  problems: { [K in InputProblem["code"]]: ProblemText<K> };
  /** Display names of the functions' arguments (English ids → this language). */
  parameterNames: Record<string, string>;
};
