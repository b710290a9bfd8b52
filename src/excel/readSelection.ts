import { officeCode } from "./tableAccess";

/** The selected range's address with its sheet ("Ark1!B2:E2"), or why there is none to use. */
export type SelectionResult = { status: "selected"; address: string } | { status: "multipleSelection" };

/**
 * The address of the range the user selected, for "Brug markering": one round trip.
 * `Range.address` includes the sheet (docs/excel/excel-add-ins-cells.md); several selected
 * ranges fail with InvalidSelection (docs/excel/excel-add-ins-workbooks.md, "Get the
 * selected range"), which is answered, not thrown.
 */
export async function readSelection(context: Excel.RequestContext): Promise<SelectionResult> {
  const range = context.workbook.getSelectedRange().load("address");
  try {
    await context.sync();
  } catch (error) {
    if (officeCode(error) === "InvalidSelection") return { status: "multipleSelection" };
    throw error;
  }
  return { status: "selected", address: range.address };
}
