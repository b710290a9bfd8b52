import type { WorkbookChange } from "../../src/excel/watchWorkbook";
import { toWatchAction } from "../../src/taskpane/useWorkbook";

const change = (overrides: Partial<WorkbookChange>): WorkbookChange => ({
  sources: [],
  tables: [],
  edits: [],
  structure: false,
  calculated: false,
  ...overrides,
});

describe("toWatchAction", () => {
  it("reads again when only the BAR sheet recalculated, with no table changed", () => {
    expect(toWatchAction(change({ calculated: true }))).toEqual({ kind: "read", remoteChange: false });
  });

  it("reads again after an edit in a BAR table", () => {
    expect(toWatchAction(change({ sources: ["Local"], tables: ["BAR_Initiatives"] }))).toEqual({
      kind: "read",
      remoteChange: false,
    });
  });

  it("tells a co-author's change apart", () => {
    expect(toWatchAction(change({ sources: ["Remote"], tables: ["BAR_Initiatives"] }))).toEqual({
      kind: "read",
      remoteChange: true,
    });
  });

  it("watches anew when a table was added or deleted, calculated or not", () => {
    expect(toWatchAction(change({ structure: true, calculated: true }))).toEqual({ kind: "watchAgain" });
  });
});
