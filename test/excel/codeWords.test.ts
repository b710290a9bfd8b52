import type { Repair, WorkbookProblem } from "../../src/engine/workbookProblem";
import { closestCode, decodeCode } from "../../src/excel/cells";
import { repairWorkbook } from "../../src/excel/repairWorkbook";
import { saveInitiative } from "../../src/excel/saveInitiative";
import { CODE_WORDS } from "../../src/i18n/codeWords";
import { STATUSES, blankInitiative } from "../../src/engine/initiative";
import { SHEET_LIMITS } from "../../src/excel/a1";
import { addInitiatives } from "../../src/excel/addInitiatives";
import type { FakeWorkbook } from "../../src/preview/officeFake/fakeExcel";
import { describeEachHost, readWith, setUpFake, stampBy } from "../support/fakeExcel";

const YEARS = [2021, 2022, 2023, 2024];

describeEachHost("codes typed as words by a colleague without BAR", () => {
  it("reads Danish and English labels in any case as their codes", async () => {
    const { client } = await setUpFake();
    // Row 3 is the second initiative: Kind B, FocusArea F, Status G.
    client.type("BAR!B3", [["initiativ"]]);
    client.type("BAR!F3:G3", [["EFFEKTIVISERING", "Besluttet"]]);
    client.type("BAR!G4", [["Decided"]]);
    const data = await readWith(client);
    expect(data.problems.filter((problem) => problem.key === "invalidCode")).toEqual([]);
    expect([data.initiatives[1].kind, data.initiatives[1].focusArea, data.initiatives[1].status]).toEqual([
      "initiative",
      "efficiency",
      "decided",
    ]);
    expect(data.initiatives[2].status).toBe("decided");
  });

  it("does not take a label for a co-author's change when the user saves the same row", async () => {
    const { client } = await setUpFake();
    const base = (await readWith(client)).initiatives[1];
    client.type("BAR!G3", [[base.status === "decided" ? "Besluttet" : "Idé"]]);
    const edited = { ...base, status: base.status === "decided" ? ("decided" as const) : ("idea" as const) };
    const saved = await client.run((context) =>
      saveInitiative(context, { base: edited, changes: { name: "Nyt navn" } }, YEARS, stampBy("Anna")),
    );
    expect(saved.status).toBe("saved");
  });

  it("reports an unknown value with a repair to the nearest code, never a silent default", async () => {
    const { client } = await setUpFake();
    client.type("BAR!G3", [["Besluttt"]]);
    const problem = (await readWith(client)).problems.find(
      (candidate): candidate is Extract<WorkbookProblem, { key: "invalidCode" }> =>
        candidate.key === "invalidCode",
    );
    expect(problem?.repair).toMatchObject({
      kind: "setCell",
      column: "Status",
      from: "Besluttt",
      to: "decided",
    });
    await client.run((context) => repairWorkbook(context, problem?.repair as Repair, YEARS, stampBy("Anna")));
    const data = await readWith(client);
    expect([data.initiatives[1].status, data.problems.filter((p) => p.key === "invalidCode")]).toEqual([
      "decided",
      [],
    ]);
  });
});

describe("decodeCode and closestCode", () => {
  it("reads a label through the words", () => {
    expect(decodeCode("Opgivet", STATUSES, null, CODE_WORDS.status)).toEqual({ ok: true, value: "dropped" });
  });

  it.each([
    ["decidd", "decided"],
    ["Realiserett", "realised"],
    ["analyse", "analysis"],
  ])("finds %s nearest to %s", (typed, code) => {
    expect(closestCode(typed, STATUSES, CODE_WORDS.status)).toBe(code);
  });
});

describeEachHost("drop-downs of the codes on the coded columns", () => {
  const validationAt = (workbook: FakeWorkbook, row: number, column: number) => {
    const found = workbook.model.sheetByName("BAR")?.validations.get(row * SHEET_LIMITS.columns + column);
    return found && "values" in found ? found : undefined;
  };

  it("puts a list of the allowed codes on Kind, FocusArea and Status, letting a typed label in", async () => {
    const { workbook } = await setUpFake();
    expect([validationAt(workbook, 1, 1)?.values, validationAt(workbook, 1, 5)?.values]).toEqual([
      ["initiative", "unallocated"],
      ["visitation", "structure", "closure", "efficiency"],
    ]);
    expect(validationAt(workbook, 7, 6)).toEqual({
      values: [...STATUSES],
      inCellDropDown: true,
      style: "information",
    });
  });

  it("gives a row added below the table the same drop-downs", async () => {
    const { workbook, client } = await setUpFake();
    const added = await client.run((context) =>
      addInitiatives(context, [{ ...blankInitiative("N-1", YEARS), name: "Nyt" }], YEARS, stampBy("Anna")),
    );
    expect(added.status).toBe("added");
    expect(validationAt(workbook, 8, 6)?.values).toEqual([...STATUSES]);
  });
});
