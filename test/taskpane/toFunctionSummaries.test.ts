import { toFunctionSummaries } from "../../src/taskpane/toFunctionSummaries";

describe("toFunctionSummaries", () => {
  it("names each function with the BAR namespace, in the metadata's language", () => {
    const metadata = {
      functions: [{ id: "CARRYFORWARD", name: "OVERFØR", description: "Udestående.", parameters: [] }],
    };
    expect(toFunctionSummaries(metadata)).toEqual([
      { id: "CARRYFORWARD", name: "BAR.OVERFØR", description: "Udestående.", helpUrl: null },
    ]);
  });
});
