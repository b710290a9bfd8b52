import { describeFailureReason, describeWorkbookCall } from "../../src/taskpane/describeWorkbookCall";
import { WorkbookCallError } from "../../src/taskpane/workbookCalls";
import { paneTexts, type WorkbookOperation } from "../../src/i18n/paneTexts";

const da = paneTexts("da");
const en = paneTexts("en");
const failed = (operation: WorkbookOperation, code: string) =>
  new WorkbookCallError(operation, "failed", code, 20_000, new Error("An internal error has occurred."));
const timedOut = (operation: WorkbookOperation, limitMs: number) =>
  new WorkbookCallError(operation, "timedOut", "Timeout", limitMs);

describe("describeWorkbookCall", () => {
  it("names the operation and says what Office's code means, in Danish", () => {
    expect(describeWorkbookCall(failed("read", "GeneralException"), da, "da")).toBe(
      "BAR kunne ikke læse projektmappen. Excel meldte en intern fejl. (Fejlkode fra Excel: GeneralException)",
    );
  });

  it("says the same in English", () => {
    expect(describeWorkbookCall(failed("read", "GeneralException"), en, "en")).toBe(
      "BAR could not read the workbook. Excel reported an internal error. (Error code from Excel: GeneralException)",
    );
  });

  it("never shows Office's own (English) message", () => {
    const message = describeWorkbookCall(failed("saveInitiative", "GeneralException"), da, "da");
    expect(message).not.toMatch(/internal error has occurred/);
  });

  it("has a name for every operation in both languages", () => {
    const operations: WorkbookOperation[] = [
      "read",
      "setUp",
      "saveInitiative",
      "addInitiatives",
      "saveCells",
      "linkMeasure",
      "repair",
      "readChangeLog",
      "watch",
      "writeReport",
    ];
    const named = operations.map((operation) => [
      describeWorkbookCall(failed(operation, "GeneralException"), da, "da").split(".")[0],
      describeWorkbookCall(failed(operation, "GeneralException"), en, "en").split(".")[0],
    ]);
    expect(named).toEqual(
      operations.map((operation) => [
        `BAR kunne ikke ${da.workbookCall.operations[operation]}`,
        `BAR could not ${en.workbookCall.operations[operation]}`,
      ]),
    );
  });

  it("says how long it waited, in the pane's number format", () => {
    expect(describeWorkbookCall(timedOut("read", 20_000), da, "da")).toBe(
      "BAR kunne ikke læse projektmappen. Excel svarede ikke inden for 20 sekunder.",
    );
  });

  it("warns that a write which got no answer may have been saved anyway", () => {
    expect(describeFailureReason(timedOut("saveInitiative", 30_000), da, "da")).toBe(
      "Excel svarede ikke inden for 30 sekunder. Ændringen kan være gemt alligevel; se efter i projektmappen, før du prøver igen.",
    );
  });

  it("gives a code it does not explain with a general sentence", () => {
    expect(describeFailureReason(failed("read", "FormulaLengthExceedsLimit"), en, "en")).toBe(
      "Excel reported an error. (Error code from Excel: FormulaLengthExceedsLimit)",
    );
  });

  it("shows no code for a failure that did not come from Excel", () => {
    expect([
      describeFailureReason(failed("read", "Unknown"), da, "da"),
      describeWorkbookCall(new Error("boom"), da, "da"),
    ]).toEqual(["Der opstod en uventet fejl.", "Der opstod en uventet fejl."]);
  });
});
