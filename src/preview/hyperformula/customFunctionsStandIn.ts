/**
 * What Excel's custom-functions runtime provides (`CustomFunctions.Error`, `ErrorCode`),
 * for hosts that are not Excel: jest, and the preview's HyperFormula.
 */
class StandInError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

const ERROR_CODES = {
  divisionByZero: "#DIV/0!",
  invalidName: "#NAME?",
  invalidNumber: "#NUM!",
  invalidReference: "#REF!",
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  nullReference: "#NULL!",
} as const;

/** Installs the stand-in on `globalThis` unless the real runtime is there. */
export function installCustomFunctionsStandIn(): void {
  const global = globalThis as { CustomFunctions?: unknown };
  if (global.CustomFunctions) return;
  global.CustomFunctions = { Error: StandInError, ErrorCode: ERROR_CODES, associate: () => undefined };
}
