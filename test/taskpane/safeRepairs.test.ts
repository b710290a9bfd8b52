import type { WorkbookProblem } from "../../src/engine/workbookProblem";
import { safeRepairs } from "../../src/taskpane/safeRepairs";

const tableMissing = (table: string): WorkbookProblem => ({
  key: "tableMissing",
  severity: "error",
  table,
  repair: { kind: "setUp" },
});

describe("safeRepairs", () => {
  it("needs one set-up for several missing tables, and runs it first", () => {
    const problems: WorkbookProblem[] = [
      {
        key: "missingSetting",
        severity: "warning",
        setting: "StaleAfterDays",
        repair: { kind: "addSetting", setting: "StaleAfterDays", value: 60 },
      },
      tableMissing("BAR_Targets"),
      tableMissing("BAR_Measures"),
    ];
    expect(safeRepairs(problems).map((repair) => repair.kind)).toEqual(["setUp", "addSetting"]);
  });

  it("leaves out repairs that change a value or guess a rename", () => {
    const problems: WorkbookProblem[] = [
      {
        key: "invalidAmount",
        severity: "error",
        table: "BAR_Targets",
        id: "T-1",
        column: "2025",
        address: "BAR!D2",
        found: "abc",
        repair: { kind: "setCell", table: "BAR_Targets", id: "T-1", column: "2025", from: "abc", to: "" },
      },
      {
        key: "columnMissing",
        severity: "warning",
        table: "BAR_Initiatives",
        column: "Note",
        renamedTo: "Notes",
        repair: { kind: "renameColumn", table: "BAR_Initiatives", from: "Notes", to: "Note" },
      },
    ];
    expect(safeRepairs(problems)).toEqual([]);
  });
});
