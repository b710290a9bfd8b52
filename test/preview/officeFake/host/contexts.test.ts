import { FakeWorkbook } from "../../../../src/preview/officeFake/fakeExcel";
import { referenceEvaluator } from "../../../../src/preview/officeFake/formulaEvaluator";

describe("request contexts and formulas", () => {
  it("refuses a context whose Excel.run has finished", async () => {
    const workbook = new FakeWorkbook();
    const client = workbook.createClient();
    const context = await client.run(async (inside) => inside);
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("runs again on a finished run's context passed to Excel.run", async () => {
    const workbook = new FakeWorkbook();
    const client = workbook.createClient();
    const context = await client.run(async (inside) => inside);
    await expect(client.run(context, (again) => again.sync())).resolves.toBeUndefined();
  });

  it("shows 0 for a formula that refers to an empty cell, as Excel does", () => {
    const value = referenceEvaluator.evaluate(
      "=Model!C10",
      { sheet: "BAR", row: 0, column: 0 },
      { valueAt: () => "" },
    );
    expect(value).toBe(0);
  });
});
