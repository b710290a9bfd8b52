import { FakeWorkbook, type FakeExcelClient } from "../../../src/preview/officeFake/fakeExcel";

function sheetWithData(): { workbook: FakeWorkbook; client: FakeExcelClient } {
  const workbook = new FakeWorkbook();
  workbook.model.addSheet("Ark1");
  const client = workbook.createClient("Anna");
  client.type("Ark1!A1:C3", [
    ["", "2021", "2022"],
    ["Mål", -2000, -3000],
    ["Opnået", -1000, -2000],
  ]);
  return { workbook, client };
}

const chartsOf = (workbook: FakeWorkbook) => workbook.model.sheets[0].charts;

describe("charts", () => {
  it("stores a chart's type, source, series direction, name, title and position", async () => {
    const { workbook, client } = sheetWithData();
    await client.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Ark1");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:C3"), "Rows");
      chart.name = "Mine";
      chart.title.text = "Mål og opnået";
      chart.setPosition("E3");
      await context.sync();
    });
    expect(chartsOf(workbook)).toEqual([
      expect.objectContaining({
        name: "Mine",
        type: "ColumnClustered",
        seriesBy: "Rows",
        title: "Mål og opnået",
        source: expect.objectContaining({ row: 0, column: 0, rows: 3, columns: 3 }),
        anchor: { row: 2, column: 4 },
      }),
    ]);
  });

  it("names new charts Chart 1, Chart 2 as Excel does", async () => {
    const { workbook, client } = sheetWithData();
    await client.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Ark1");
      sheet.charts.add("ColumnClustered", sheet.getRange("A1:C3"), "Auto");
      sheet.charts.add("Line", sheet.getRange("A1:C3"), "Auto");
      await context.sync();
    });
    expect(chartsOf(workbook).map((chart) => chart.name)).toEqual(["Chart 1", "Chart 2"]);
  });

  it("loads the items of the collection with their names", async () => {
    const { client } = sheetWithData();
    const names = await client.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Ark1");
      sheet.charts.add("ColumnClustered", sheet.getRange("A1:C3"), "Rows").name = "A";
      const charts = sheet.charts.load("items/name");
      await context.sync();
      return charts.items.map((chart) => chart.name);
    });
    expect(names).toEqual(["A"]);
  });

  it("fails the batch for the charts of a possible null sheet before its isNullObject is known", async () => {
    const { client } = sheetWithData();
    await expect(
      client.run(async (context) => {
        context.workbook.worksheets.getItemOrNullObject("Nope").charts.load("items/name");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
  });

  it("deletes a loaded chart", async () => {
    const { workbook, client } = sheetWithData();
    await client.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Ark1");
      sheet.charts.add("ColumnClustered", sheet.getRange("A1:C3"), "Rows");
      await context.sync();
    });
    await client.run(async (context) => {
      const charts = context.workbook.worksheets.getItem("Ark1").charts.load("items/name");
      await context.sync();
      charts.items.forEach((chart) => chart.delete());
      await context.sync();
    });
    expect(chartsOf(workbook)).toEqual([]);
  });

  it("fails the sync with ItemNotFound for getItem of a missing chart", async () => {
    const { client } = sheetWithData();
    await expect(
      client.run(async (context) => {
        context.workbook.worksheets.getItem("Ark1").charts.getItem("Nope").load("name");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});
