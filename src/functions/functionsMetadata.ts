/**
 * The part of Excel's custom-functions metadata (`functions.json`) that BAR reads: the build
 * derives the Danish file and the help pages from it, and the task pane lists the functions.
 */

/** One argument as `functions.json` declares it. */
export type ParameterMetadata = {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: "scalar" | "matrix";
  optional?: boolean;
  repeating?: boolean;
};

/** One custom function as `functions.json` declares it; `id` never changes once shipped. */
export type FunctionMetadata = {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: ParameterMetadata[];
  result?: { type?: string; dimensionality?: "scalar" | "matrix" };
  options?: Record<string, unknown>;
};

/** The whole `functions.json` (or its Danish twin `functions.da-DK.json`). */
export type FunctionsMetadata = {
  allowCustomDataForDataTypeAny?: boolean;
  /** Excel passes error values to parameters of type any (set by the build, scripts/build/allowErrorInputs.ts). */
  allowErrorForDataTypeAny?: boolean;
  functions: FunctionMetadata[];
};

/** The namespace manifest.xml gives the functions, as in `=BAR.CARRYFORWARD(…)`. */
export const FUNCTIONS_NAMESPACE = "BAR";
