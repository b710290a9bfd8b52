import { createOfficeStandIn, type PaneHost } from "../../../src/preview/officeStandIn/createOfficeStandIn";
import { FakeWorkbook } from "../../../src/preview/officeFake/fakeExcel";

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
});
