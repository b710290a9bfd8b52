import { findUnsupportedSets, type RequirementChecker } from "../../src/excel/officeContext";
import { REQUIRED_SETS } from "../../src/excel/requirements";

/** An Office whose sets stop at these versions (as Office.js's own matrix compares them). */
function officeWith(highest: Record<string, string>): RequirementChecker & { asked: [string, unknown][] } {
  const asked: [string, unknown][] = [];
  return {
    asked,
    isSetSupported: (name: string, version?: string | number) => {
      asked.push([name, version]);
      const top = highest[name];
      if (!top || typeof version !== "string") return false;
      const [major, minor] = top.split(".").map(Number);
      const [wantMajor, wantMinor] = version.split(".").map(Number);
      return major > wantMajor || (major === wantMajor && minor >= wantMinor);
    },
  };
}

describe("findUnsupportedSets", () => {
  it("finds nothing missing in a current Excel", () => {
    const office = officeWith({ ExcelApi: "1.17", CustomFunctionsRuntime: "1.4", SharedRuntime: "1.1" });
    expect(findUnsupportedSets(office)).toEqual([]);
  });

  it("names the set and version an older Excel lacks", () => {
    const office = officeWith({ ExcelApi: "1.12", CustomFunctionsRuntime: "1.4", SharedRuntime: "1.1" });
    expect(findUnsupportedSets(office)).toEqual([{ name: "ExcelApi", version: "1.13" }]);
  });

  it("asks for every set with its version as a string", () => {
    const office = officeWith({});
    findUnsupportedSets(office);
    expect(office.asked).toEqual(REQUIRED_SETS.map((set) => [set.name, set.version]));
  });

  it("counts every set as missing when Office cannot be asked", () => {
    expect(findUnsupportedSets(undefined)).toEqual([...REQUIRED_SETS]);
  });
});
