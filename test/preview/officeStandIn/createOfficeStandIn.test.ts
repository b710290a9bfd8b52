import {
  createOfficeStandIn,
  toSetSupport,
  type PaneHost,
} from "../../../src/preview/officeStandIn/createOfficeStandIn";
import { FakeWorkbook } from "../../../src/preview/officeFake/fakeExcel";
import { hostProfile } from "../../../src/preview/officeFake/host/hostProfile";

function hostWithSheet(ready: Promise<void> = Promise.resolve()): PaneHost & { connections: number } {
  const workbook = new FakeWorkbook();
  workbook.model.addSheet("Ark1");
  const host = {
    ready,
    connections: 0,
    connectPane: () => {
      host.connections++;
      return workbook.createClient("pane");
    },
  };
  return host;
}

describe("createOfficeStandIn", () => {
  it("resolves onReady as Excel on the web once the host is ready", async () => {
    const { Office } = createOfficeStandIn("", hostWithSheet());
    expect(await Office.onReady()).toEqual({ host: "Excel", platform: "OfficeOnline" });
  });

  it("calls an onReady callback too", async () => {
    const { Office } = createOfficeStandIn("", hostWithSheet());
    const info = await new Promise((resolve) => Office.onReady(resolve));
    expect(info).toEqual({ host: "Excel", platform: "OfficeOnline" });
  });

  it("waits for the host's workbook to be set up", async () => {
    let finish = () => undefined as void;
    const { Office } = createOfficeStandIn(
      "",
      hostWithSheet(new Promise<void>((resolve) => (finish = resolve))),
    );
    const waiting = Office.onReady().then(() => "ready");
    // A host that is set up already: its onReady takes every step the first one would take
    // if it did not wait, and started later, so it cannot win the race against one that does not wait.
    const control = createOfficeStandIn("", hostWithSheet())
      .Office.onReady()
      .then(() => "still waiting");
    const first = await Promise.race([waiting, control]);
    finish();
    expect([first, await waiting]).toEqual(["still waiting", "ready"]);
  });

  it("passes on the host's failure to set up", async () => {
    const { Office } = createOfficeStandIn("", hostWithSheet(Promise.reject(new Error("no seed"))));
    await expect(Office.onReady()).rejects.toThrow("no seed");
  });

  it("speaks Danish unless the query says otherwise", () => {
    const danish = createOfficeStandIn("", hostWithSheet()).Office.context.displayLanguage;
    const english = createOfficeStandIn("?lang=en-US", hostWithSheet()).Office.context.displayLanguage;
    expect([danish, english]).toEqual(["da-DK", "en-US"]);
  });

  it("gives Office's dark theme for theme=dark", () => {
    const { Office } = createOfficeStandIn("?theme=dark", hostWithSheet());
    expect(Office.context.officeTheme.isDarkTheme).toBe(true);
  });

  it("runs Excel.run on the host's workbook, connecting once", async () => {
    const host = hostWithSheet();
    const { Excel } = createOfficeStandIn("", host);
    const read = async (context: Excel.RequestContext) => {
      const sheet = context.workbook.worksheets.getItem("Ark1").load("name");
      await context.sync();
      return sheet.name;
    };
    expect([await Excel.run(read), await Excel.run(read), host.connections]).toEqual(["Ark1", "Ark1", 1]);
  });

  it("has the Excel enums the report writer uses", () => {
    const { Excel } = createOfficeStandIn("", hostWithSheet());
    expect([Excel.ClearApplyTo.all, Excel.ChartType.columnClustered, Excel.ChartSeriesBy.rows]).toEqual([
      "All",
      "ColumnClustered",
      "Rows",
    ]);
  });

  it("answers as Office.js outside Office when there is no host page", async () => {
    const { Office, Excel } = createOfficeStandIn("", null);
    expect(await Office.onReady()).toEqual({ host: null, platform: null });
    await expect(Excel.run(async () => undefined)).rejects.toThrow(/open the preview page/);
  });

  it("supports every requirement set in a preview with a workbook, none without", () => {
    const withHost = createOfficeStandIn("", hostWithSheet()).Office.context.requirements;
    const alone = createOfficeStandIn("", null).Office.context.requirements;
    expect([withHost.isSetSupported("ExcelApi", "1.13"), alone.isSetSupported("ExcelApi", "1.13")]).toEqual([
      true,
      false,
    ]);
  });

  it("lacks the sets the host page's query names", () => {
    const { Office } = createOfficeStandIn("?lang=da-DK", hostWithSheet(), "?unsupported=ExcelApi@1.13");
    const supported = (name: string, version: string) =>
      Office.context.requirements.isSetSupported(name, version);
    expect([
      supported("ExcelApi", "1.12"),
      supported("ExcelApi", "1.13"),
      supported("SharedRuntime", "1.1"),
    ]).toEqual([true, false, true]);
  });

  it("fails the pane's Excel.run as Office fails, with Office's code, when told to", async () => {
    const { Excel, faults } = createOfficeStandIn("", hostWithSheet());
    faults.failNext(1, "ItemNotFound");
    const failure = await Excel.run(async () => "ran").catch(
      (error: { code: string; name: string }) => error,
    );
    expect([failure, await Excel.run(async () => "ran"), faults.runs]).toEqual([
      expect.objectContaining({ code: "ItemNotFound", name: "RichApi.Error" }),
      "ran",
      2,
    ]);
  });

  it("fails every run after failAlways (or excel=fail in the query) until cleared", async () => {
    const { Excel, faults } = createOfficeStandIn("", hostWithSheet(), "?excel=fail");
    const codes = [];
    for (let run = 0; run < 3; run++)
      codes.push(await Excel.run(async () => "ran").catch((error: { code: string }) => error.code));
    faults.clear();
    codes.push(await Excel.run(async () => "ran"));
    expect(codes).toEqual(["GeneralException", "GeneralException", "GeneralException", "ran"]);
  });

  it("never answers a hung run, and answers the next", async () => {
    const { Excel, faults } = createOfficeStandIn("", hostWithSheet());
    faults.hangNext();
    const hung = Excel.run(async () => "ran");
    const next = await Excel.run(async () => "ran");
    // The next run has answered; the hung one is still waiting.
    expect([await Promise.race([hung, Promise.resolve("waiting")]), next]).toEqual(["waiting", "ran"]);
  });
});

describe("the stand-in's requirement sets and the workbook's host profile", () => {
  it("offers no more than the workbook's host profile", () => {
    const workbook = new FakeWorkbook(
      hostProfile("web", { apiVersions: { ExcelApi: "1.12", CustomFunctionsRuntime: "1.4" } }),
    );
    const host: PaneHost = {
      ready: Promise.resolve(),
      connectPane: () => workbook.createClient("pane"),
      workbook,
    };
    const { requirements } = createOfficeStandIn("", host).Office.context;
    expect([
      requirements.isSetSupported("ExcelApi", "1.12"),
      requirements.isSetSupported("ExcelApi", "1.13"),
      requirements.isSetSupported("CustomFunctionsRuntime", "1.3"),
      requirements.isSetSupported("SharedRuntime", "1.1"),
    ]).toEqual([true, false, true, true]);
  });
});

describe("toSetSupport", () => {
  it("reads set@version (that version and later missing) and bare names (missing altogether)", () => {
    const supported = toSetSupport("ExcelApi@1.13, SharedRuntime");
    expect([
      supported("ExcelApi", "1.12"),
      supported("excelapi", "1.13"),
      supported("ExcelApi", "2.0"),
      supported("SharedRuntime", "1.1"),
      supported("CustomFunctionsRuntime", "1.3"),
    ]).toEqual([true, false, false, false, true]);
  });

  it("supports everything when nothing is named", () => {
    expect(toSetSupport(null)("ExcelApi", "1.20")).toBe(true);
  });
});
