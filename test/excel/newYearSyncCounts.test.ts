import { TABLE_KEYS, TABLE_NAMES } from "../../src/excel/schema";
import { writeNewBudgetYear } from "../../src/excel/writeNewBudgetYear";
import { mockContext } from "../support/officeMock";
import { setUpFake, stampBy, tableCells } from "../support/fakeExcel";

describe("a new budget year's round trips against office-addin-mock", () => {
  it("takes two syncs: the check, then the columns, cells, settings and log", async () => {
    const { workbook } = await setUpFake({ example: true });
    const tables = Object.fromEntries(
      TABLE_KEYS.map((key) => [TABLE_NAMES[key], tableCells(workbook, TABLE_NAMES[key])]),
    );
    const { context } = mockContext(tables);
    const sync = jest.spyOn(context, "sync");
    const result = await writeNewBudgetYear(
      context,
      {
        from: { budgetYear: 2021, estimateYears: 3 },
        to: { budgetYear: 2025, estimateYears: 3 },
        carry: "lastYear",
        targets: {},
      },
      stampBy("Anna"),
    );
    expect(result.status).toBe("started");
    expect(sync).toHaveBeenCalledTimes(2);
  });
});
