import { linkMeasure } from "../../src/excel/linkMeasure";
import type { FakeExcelClient } from "../../src/preview/officeFake/fakeExcel";
import { readWith, setUpFake, stampBy, describeEachHost } from "../support/fakeExcel";

const YEARS = [2021, 2022, 2023, 2024];

async function withModel() {
  const { workbook, client } = await setUpFake();
  workbook.model.addSheet("Budget 2021");
  client.type("'Budget 2021'!C10:F11", [
    [82.5, 71, 64, 90],
    [120, 105, 98, 101],
  ]);
  return { workbook, client };
}

function link(client: FakeExcelClient, measure: string, address: string) {
  return client.run((context) => linkMeasure(context, measure, address, YEARS, stampBy("Anna")));
}

describeEachHost("linkMeasure", () => {
  it("makes the measure follow the model's cells", async () => {
    const { client } = await withModel();
    await link(client, "headroom", "'Budget 2021'!C10:F10");
    expect((await readWith(client)).measures.headroom).toEqual([82.5, 71, 64, 90]);
  });

  it("writes one formula per year into the measure's row", async () => {
    const { client } = await withModel();
    const result = await link(client, "cash", "'Budget 2021'!C11:F11");
    expect(result).toEqual({
      status: "linked",
      formulas: ["='Budget 2021'!C11", "='Budget 2021'!D11", "='Budget 2021'!E11", "='Budget 2021'!F11"],
    });
  });

  it("adds a row for a new measure", async () => {
    const { client } = await withModel();
    await link(client, "debt", "'Budget 2021'!C10:C13");
    // Excel shows a formula that refers to an empty cell as 0 (host behaviour of the fake).
    expect((await readWith(client)).measures.debt).toEqual([82.5, 120, 0, 0]);
  });

  it("refuses a range that is not one cell per year", async () => {
    const { client } = await withModel();
    expect(await link(client, "cash", "'Budget 2021'!C10:E11")).toEqual({
      status: "wrongShape",
      expected: 4,
      rows: 2,
      columns: 3,
    });
  });

  it("says that an address without its sheet needs one, rather than that it is no address", async () => {
    const { client } = await withModel();
    expect(await link(client, "cash", "B2:E2")).toEqual({ status: "noSheet", address: "B2:E2" });
    expect(await link(client, "cash", "B2:E")).toEqual({ status: "notAnAddress", address: "B2:E" });
  });

  it("says when the sheet is not there", async () => {
    const { client } = await withModel();
    expect(await link(client, "cash", "Model!C10:F10")).toEqual({ status: "sheetMissing", sheet: "Model" });
  });
});
