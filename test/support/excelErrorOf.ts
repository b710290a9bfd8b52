import { installCustomFunctionsStandIn } from "../../src/preview/hyperformula/customFunctionsStandIn";

installCustomFunctionsStandIn();

/** The Excel error a custom function call throws, as the cell would show it: code and message. */
export function excelErrorOf(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (error) {
    if (error instanceof CustomFunctions.Error) return { code: error.code, message: error.message ?? "" };
    throw error;
  }
  throw new Error("expected the function to return an Excel error");
}
