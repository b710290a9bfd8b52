import { readSelection } from "../../src/excel/readSelection";
import { describeEachHost, setUpFake } from "../support/fakeExcel";

describeEachHost("readSelection", () => {
  it("gives the selected range's address with its sheet, in one round trip", async () => {
    const { workbook, client } = await setUpFake({ example: false });
    workbook.model.addSheet("Budget 2025");
    client.select("'Budget 2025'!C10:F10");
    const context = client.newContext();
    expect(await readSelection(context.asExcel())).toEqual({
      status: "selected",
      address: "'Budget 2025'!C10:F10",
    });
    expect(context.syncCount).toBe(1);
  });

  it("says so when several ranges are selected", async () => {
    const { client } = await setUpFake({ example: false });
    client.select("BAR!A1:A2", "BAR!C1:C2");
    expect(await client.run((context) => readSelection(context))).toEqual({ status: "multipleSelection" });
  });
});
