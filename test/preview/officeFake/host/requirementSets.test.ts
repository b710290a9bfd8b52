import { FakeWorkbook } from "../../../../src/preview/officeFake/fakeExcel";
import { hostProfile } from "../../../../src/preview/officeFake/host/hostProfile";
import { versionAtLeast } from "../../../../src/preview/officeFake/host/hostProfile";

async function resizeOn(excelApi: string): Promise<void> {
  const workbook = new FakeWorkbook(
    hostProfile("web", { apiVersions: { ExcelApi: excelApi, CustomFunctionsRuntime: "1.3" } }),
  );
  workbook.model.addSheet("Ark1");
  const client = workbook.createClient();
  client.type("Ark1!A1:A2", [["Id"], ["1"]]);
  workbook.model.tables.rename(
    workbook.model.tables.add({
      sheetId: workbook.model.sheets[0].id,
      row: 0,
      column: 0,
      rows: 2,
      columns: 1,
    }),
    "T",
  );
  await client.run(async (context) => {
    context.workbook.tables.getItem("T").resize("A1:A3");
    await context.sync();
  });
}

describe("requirement sets", () => {
  it("fails Table.resize with ApiNotFound below ExcelApi 1.13", async () => {
    await expect(resizeOn("1.12")).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("runs Table.resize from ExcelApi 1.13", async () => {
    await expect(resizeOn("1.13")).resolves.toBeUndefined();
  });

  it.each([
    ["1.13", "1.13", true],
    ["1.9", "1.13", false],
    ["1.20", "1.13", true],
    ["2", "1.13", true],
  ])("compares %s with %s as versions", (offered, needed, expected) => {
    expect(versionAtLeast(offered, needed)).toBe(expected);
  });
});

describe("requirement sets of events", () => {
  it("fails TableCollection.onAdded with ApiNotFound below ExcelApi 1.9", async () => {
    const workbook = new FakeWorkbook(
      hostProfile("web", { apiVersions: { ExcelApi: "1.8", CustomFunctionsRuntime: "1.3" } }),
    );
    const client = workbook.createClient();
    await expect(
      client.run(async (context) => {
        context.workbook.tables.onAdded.add(async () => undefined);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
