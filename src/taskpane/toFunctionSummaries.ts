import { FUNCTIONS_NAMESPACE, type FunctionsMetadata } from "../functions/functionsMetadata";

/** One line of the pane's function list: the name as typed in Excel, what it does, its help page. */
export type FunctionSummary = {
  id: string;
  name: string;
  description: string;
  helpUrl: string | null;
};

/** Turns functions.json (or its Danish twin) into the pane's list, in the metadata's order. */
export function toFunctionSummaries(metadata: FunctionsMetadata): FunctionSummary[] {
  return metadata.functions.map((fn) => ({
    id: fn.id,
    name: `${FUNCTIONS_NAMESPACE}.${fn.name}`,
    description: fn.description ?? "",
    helpUrl: fn.helpUrl ?? null,
  }));
}
