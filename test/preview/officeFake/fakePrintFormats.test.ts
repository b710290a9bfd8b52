import { FakeWorkbook, type FakeExcelClient } from "../../../src/preview/officeFake/fakeExcel";
import { hostProfile, type HostProfile } from "../../../src/preview/officeFake/host/hostProfile";

function sheet(overrides: Partial<HostProfile> = {}): { workbook: FakeWorkbook; client: FakeExcelClient } {
  const workbook = new FakeWorkbook(hostProfile("web", overrides));
  workbook.model.addSheet("Ark1");
  return { workbook, client: workbook.createClient("Anna") };
}

const run = (client: FakeExcelClient, batch: (sheet: Excel.Worksheet) => void) =>
  client.run(async (context) => {
    batch(context.workbook.worksheets.getItem("Ark1"));
    await context.sync();
  });

const cellOf = (workbook: FakeWorkbook, row: number, column: number) =>
  workbook.model.cell(workbook.model.sheets[0].id, row, column);

describe("alignment and borders", () => {
  it("right-aligns every cell of the range", async () => {
    const { workbook, client } = sheet();
    await run(client, (ark) => (ark.getRange("B1:C2").format.horizontalAlignment = "Right"));
    expect([
      cellOf(workbook, 0, 1)?.horizontalAlignment,
      cellOf(workbook, 1, 2)?.horizontalAlignment,
    ]).toEqual(["Right", "Right"]);
  });

  it("fails the sync on an alignment Excel does not have", async () => {
    const { client } = sheet();
    await expect(
      run(client, (ark) => (ark.getRange("A1").format.horizontalAlignment = "Middle" as "Right")),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("draws EdgeTop on the top edge of the range's first row only", async () => {
    const { workbook, client } = sheet();
    await run(client, (ark) => {
      const top = ark.getRange("A3:C4").format.borders.getItem("EdgeTop");
      top.style = "Continuous";
      top.weight = "Thin";
    });
    expect([cellOf(workbook, 2, 0)?.borders, cellOf(workbook, 3, 0)?.borders]).toEqual([
      { top: { style: "Continuous", weight: "Thin" } },
      undefined,
    ]);
  });

  it("removes alignment and borders when formats are cleared", async () => {
    const { workbook, client } = sheet();
    await run(client, (ark) => {
      ark.getRange("A1").format.horizontalAlignment = "Right";
      ark.getRange("A1").format.borders.getItem("EdgeBottom").style = "Double";
    });
    await run(client, (ark) => ark.getRange("A1").clear("Formats"));
    expect(cellOf(workbook, 0, 0)).toBeUndefined();
  });
});

describe("page layout", () => {
  it("keeps landscape, fit to one page wide and the title rows", async () => {
    const { workbook, client } = sheet();
    await run(client, (ark) => {
      ark.pageLayout.orientation = "Landscape";
      ark.pageLayout.zoom = { horizontalFitToPages: 1 };
      ark.pageLayout.setPrintTitleRows("$4:$4");
    });
    expect(workbook.model.sheets[0].pageLayout).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1 },
      printTitleRows: { row: 3, rows: 1 },
      printArea: null,
    });
  });

  it("refuses title rows that are not entire rows", async () => {
    const { client } = sheet();
    await expect(run(client, (ark) => ark.pageLayout.setPrintTitleRows("A4:E4"))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
  });

  it("refuses a scale together with a fit to pages", async () => {
    const { client } = sheet();
    await expect(
      run(client, (ark) => (ark.pageLayout.zoom = { scale: 80, horizontalFitToPages: 1 })),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("cannot set zoom.scale through the unloaded zoom object", async () => {
    const { client } = sheet();
    await expect(run(client, (ark) => (ark.pageLayout.zoom.scale = 80))).rejects.toMatchObject({
      code: "PropertyNotLoaded",
    });
  });

  it("fails with ApiNotFound below ExcelApi 1.9", async () => {
    const { client } = sheet({ apiVersions: { ExcelApi: "1.8", CustomFunctionsRuntime: "1.3" } });
    await expect(run(client, (ark) => (ark.pageLayout.orientation = "Landscape"))).rejects.toMatchObject({
      code: "ApiNotFound",
    });
  });
});
