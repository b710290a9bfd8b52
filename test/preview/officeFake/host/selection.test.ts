import { FakeWorkbook, type FakeExcelClient } from "../../../../src/preview/officeFake/fakeExcel";

function twoSheets(): { workbook: FakeWorkbook; anna: FakeExcelClient; bo: FakeExcelClient } {
  const workbook = new FakeWorkbook();
  workbook.model.addSheet("Ark1");
  workbook.model.addSheet("Budget");
  return { workbook, anna: workbook.createClient("Anna"), bo: workbook.createClient("Bo") };
}

function selectedAddress(client: FakeExcelClient): Promise<string> {
  return client.run(async (context) => {
    const range = context.workbook.getSelectedRange().load("address");
    await context.sync();
    return range.address;
  });
}

function activeName(client: FakeExcelClient): Promise<string> {
  return client.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
    await context.sync();
    return sheet.name;
  });
}

describe("the active sheet and the selection", () => {
  it("starts on the first sheet with A1 selected", async () => {
    const { anna } = twoSheets();
    expect([await activeName(anna), await selectedAddress(anna)]).toEqual(["Ark1", "Ark1!A1"]);
  });

  it("gives the range the user selected, on the sheet it is on", async () => {
    const { anna } = twoSheets();
    anna.select("Budget!B2:E9");
    expect([await activeName(anna), await selectedAddress(anna)]).toEqual(["Budget", "Budget!B2:E9"]);
  });

  it("keeps each co-author's selection apart", async () => {
    const { anna, bo } = twoSheets();
    anna.select("Budget!B2:E9");
    expect(await selectedAddress(bo)).toBe("Ark1!A1");
  });

  it("fails the sync with InvalidSelection when several ranges are selected", async () => {
    const { anna } = twoSheets();
    anna.select("Ark1!A1:B2", "Ark1!D1:E2");
    await expect(selectedAddress(anna)).rejects.toMatchObject({ code: "InvalidSelection" });
  });

  it("does not activate a sheet the add-in adds, until it is activated", async () => {
    const { anna } = twoSheets();
    await anna.run(async (context) => {
      context.workbook.worksheets.add("Ny");
      await context.sync();
    });
    const before = await activeName(anna);
    await anna.run(async (context) => {
      context.workbook.worksheets.getItem("Ny").activate();
      await context.sync();
    });
    expect([before, await activeName(anna)]).toEqual(["Ark1", "Ny"]);
  });

  it("moves to the first visible sheet when the active one is hidden", async () => {
    const { anna } = twoSheets();
    anna.select("Ark1!C3");
    await anna.run(async (context) => {
      context.workbook.worksheets.getItem("Ark1").visibility = "Hidden";
      await context.sync();
    });
    expect(await activeName(anna)).toBe("Budget");
  });
});
