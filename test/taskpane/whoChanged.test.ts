import type { ChangeEntry } from "../../src/excel/changeLog";
import type { CellConflict } from "../../src/excel/editRow";
import { CO_AUTHOR } from "../../src/excel/observedChanges";
import { whoChanged } from "../../src/taskpane/whoChanged";

const conflict: CellConflict = { column: "2023", base: -100, mine: -2720, theirs: -500 };
const entry = (by: string, field: string, oldValue: string, newValue: string): ChangeEntry => ({
  time: "2026-12-01T10:00:00.000Z",
  by,
  table: "BAR_Initiatives",
  id: "I-0001",
  field,
  oldValue,
  newValue,
});

describe("whoChanged", () => {
  it("names the person whose log entry records the co-author's change", () => {
    expect(whoChanged([conflict], [entry("Bo", "2023", "-100", "-500")])).toBe("Bo");
  });

  it("names nobody when the pane logged the edit without knowing who typed it", () => {
    expect(whoChanged([conflict], [entry(CO_AUTHOR, "2023", "-100", "-500")])).toBeNull();
  });

  it("names nobody when the change is not in the log, whoever stamped the row last", () => {
    expect(whoChanged([conflict], [entry("Styregruppen", "Owner", "", "Anna")])).toBeNull();
  });

  it("names nobody when the latest entry of the cell records another value", () => {
    expect(
      whoChanged([conflict], [entry("Bo", "2023", "-100", "-500"), entry("Anna", "2023", "-500", "-100")]),
    ).toBeNull();
  });

  it("names nobody when the entry started from another value than the user saw", () => {
    expect(whoChanged([conflict], [entry("Bo", "2023", "-300", "-500")])).toBeNull();
  });

  it("names nobody when different people changed the conflicting cells", () => {
    const status: CellConflict = { column: "Status", base: "idea", mine: "analysis", theirs: "decided" };
    expect(
      whoChanged(
        [conflict, status],
        [entry("Bo", "2023", "-100", "-500"), entry("Anna", "Status", "idea", "decided")],
      ),
    ).toBeNull();
  });

  it("names nobody for a log entry without a name", () => {
    expect(whoChanged([conflict], [entry(" ", "2023", "-100", "-500")])).toBeNull();
  });
});
