import { useEffect, useState } from "react";
import type { FunctionsMetadata } from "../functions/functionsMetadata";
import type { Language } from "../i18n/language";
import { toFunctionSummaries, type FunctionSummary } from "./toFunctionSummaries";

/** The function list while it loads, once loaded, or why it failed. */
export type FunctionListState =
  | { status: "loading" }
  | { status: "loaded"; functions: FunctionSummary[] }
  | { status: "failed"; message: string };

/**
 * Reads the function list from the metadata the add-in serves beside this page, in the pane's
 * language, so every function the build knows appears without touching the pane.
 */
export function useFunctionList(language: Language): FunctionListState {
  const [state, setState] = useState<FunctionListState>({ status: "loading" });
  useEffect(() => {
    let current = true;
    const file = language === "da" ? "functions.da-DK.json" : "functions.json";
    setState({ status: "loading" });
    fetch(new URL(file, document.baseURI))
      .then((response) => {
        if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
        return response.json() as Promise<FunctionsMetadata>;
      })
      .then(
        (metadata) => current && setState({ status: "loaded", functions: toFunctionSummaries(metadata) }),
        (error: Error) => current && setState({ status: "failed", message: error.message }),
      );
    return () => {
      current = false;
    };
  }, [language]);
  return state;
}
