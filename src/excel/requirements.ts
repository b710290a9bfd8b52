/**
 * The Office requirement sets BAR needs, in one place: the manifest declares them (build and
 * manifest tests read this list) and the pane checks them with
 * `Office.context.requirements.isSetSupported` at start.
 *
 * Why these versions (from @types/office-js and the requirement-set pages of
 * office-js-docs-reference):
 * - ExcelApi 1.13: `Table.resize` (1.13) when appending below a table; `Excel.run` with
 *   `delayForCellEdit` (RunOptions, 1.11); table events `onAdded`/`onDeleted` (1.9).
 * - CustomFunctionsRuntime 1.3: `Invocation.parameterAddresses` (`@requiresParameterAddresses`).
 * - SharedRuntime 1.1: the pane and the functions share one runtime.
 */
export const REQUIRED_SETS = [
  { name: "ExcelApi", version: "1.13" },
  { name: "CustomFunctionsRuntime", version: "1.3" },
  { name: "SharedRuntime", version: "1.1" },
] as const;

/** One requirement set and the lowest version BAR runs with. */
export type RequirementSet = (typeof REQUIRED_SETS)[number];
