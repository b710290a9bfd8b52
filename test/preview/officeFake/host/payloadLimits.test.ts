import { FakeWorkbook } from "../../../../src/preview/officeFake/fakeExcel";
import { hostProfile, type HostKind } from "../../../../src/preview/officeFake/host/hostProfile";

const SIX_MB = "x".repeat(6 * 1024 * 1024);

function workbookOn(host: HostKind, overrides = {}) {
  const workbook = new FakeWorkbook(hostProfile(host, overrides));
  workbook.model.addSheet("Ark1");
  return { workbook, client: workbook.createClient() };
}

const write = (value: string) => async (context: Excel.RequestContext) => {
  context.workbook.worksheets.getItem("Ark1").getRange("A1").values = [[value]];
  await context.sync();
};

const read = async (context: Excel.RequestContext) => {
  const range = context.workbook.worksheets.getItem("Ark1").getRange("A1:B1").load("values");
  await context.sync();
  return range.values;
};

describe("Excel's payload limits", () => {
  it("fails a request over 5 MB on the web, before anything is written", async () => {
    const { workbook, client } = workbookOn("web");
    await expect(client.run(write(SIX_MB))).rejects.toMatchObject({
      code: "RequestPayloadSizeLimitExceeded",
    });
    expect(workbook.valueAt("Ark1!A1")).toBe("");
  });

  it("fails a response over 5 MB on the web", async () => {
    const { workbook, client } = workbookOn("web");
    workbook
      .createClient("typist")
      .type("Ark1!A1:B1", [["'" + SIX_MB.slice(0, 3 * 1024 * 1024), "'" + SIX_MB.slice(0, 3 * 1024 * 1024)]]);
    await expect(client.run(read)).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it.each<HostKind>(["windows", "mac"])("has no 5 MB limit on %s", async (host) => {
    const { workbook, client } = workbookOn(host);
    await client.run(write(SIX_MB));
    expect(String(workbook.valueAt("Ark1!A1")).length).toBe(SIX_MB.length);
  });

  it.each<HostKind>(["web", "windows", "mac"])(
    "limits one read to five million cells on %s",
    async (host) => {
      const { client } = workbookOn(host);
      await expect(
        client.run(async (context) => {
          context.workbook.worksheets.getItem("Ark1").getRange("A1:E1000001").load("values");
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "GeneralException" });
    },
  );

  it("records each sync's request and response bytes", async () => {
    const { client } = workbookOn("web");
    const context = client.newContext();
    context.batch.open = true;
    context.asExcel().workbook.worksheets.getItem("Ark1").getRange("A1").values = [["abc"]];
    await context.sync();
    expect(context.batch.payloads[0].request).toBeGreaterThan(7);
  });
});
