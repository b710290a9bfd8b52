import { writeStatusReport, REPORT_SHEET } from "../../../src/excel/writeStatusReport";
import { bindHyperFormula } from "../../../src/preview/hyperformula/hyperFormulaEvaluator";
import { toExcelNamespace } from "../../../src/preview/officeFake/excelEnums";
import type { FakeExcelClient } from "../../../src/preview/officeFake/fakeExcel";
import type { HostProfile } from "../../../src/preview/officeFake/host/hostProfile";
import { SEED_002_NET_WITHOUT_CARRY, SEED_002_NET_WITH_CARRY } from "../../fixtures/seed002";
import { readWithoutChallenges, setUpFake } from "../../support/fakeExcel";
import { REPORT_TEXTS } from "../../support/reportTexts";

const TEXTS = REPORT_TEXTS;

const globals = globalThis as { Excel?: unknown };

/** The seed workbook with HyperFormula bound and `Excel` standing in for Office's global. */
async function seedWithReport(profile: Partial<HostProfile> = {}) {
  const { workbook, client } = await setUpFake({ example: true }, profile);
  bindHyperFormula(workbook.model);
  globals.Excel = toExcelNamespace(client);
  const write = async () =>
    client.run(async (context) => writeStatusReport(context, await readWithoutChallenges(client), TEXTS));
  await write();
  return { workbook, client, write };
}

/** The report's cells as Office.js gives them. */
function readReport(client: FakeExcelClient, address: string): Promise<unknown[][]> {
  return client.run(async (context) => {
    const range = context.workbook.worksheets.getItem(REPORT_SHEET).getRange(address).load("values");
    await context.sync();
    return range.values;
  });
}

afterEach(() => {
  delete globals.Excel;
});

describe.each<[string, Partial<HostProfile>]>([
  ["Danish Excel", { displayLanguage: "da-DK" }],
  ["English Excel", { displayLanguage: "en-US" }],
  ["Excel of a co-author without BAR", { barInstalled: false }],
])("the status report in %s", (_, profile) => {
  it("shows the golden net rows and no #NAME? anywhere", async () => {
    const { client } = await seedWithReport(profile);
    const cells = await readReport(client, "A1:F27");
    const row = (label: string) => cells.find((cells) => cells[0] === label)?.slice(1, 5);
    expect([row(TEXTS.netWithoutCarry), row(TEXTS.netWithCarry)]).toEqual([
      SEED_002_NET_WITHOUT_CARRY,
      SEED_002_NET_WITH_CARRY,
    ]);
    expect(cells.flat().filter((cell) => String(cell).startsWith("#"))).toEqual([]);
  });
});

describe("the status report and text that looks like a formula", () => {
  it("keeps initiative names such as =…, +…, -… and @… as text, read back as formulas", async () => {
    const names = ['=HYPERLINK("http://x","y")', "+45 1234", "-5 kr.", "@SUM(A1)"];
    const { workbook, client } = await setUpFake({ example: true });
    bindHyperFormula(workbook.model);
    globals.Excel = toExcelNamespace(client);
    const data = await readWithoutChallenges(client);
    names.forEach((name, index) => (data.initiatives[index] = { ...data.initiatives[index], name }));
    await client.run((context) => writeStatusReport(context, data, TEXTS));
    const column = await client.run(async (context) => {
      const range = context.workbook.worksheets.getItem(REPORT_SHEET).getRange("A1:A30").load("formulas");
      await context.sync();
      return range.formulas.flat();
    });
    for (const name of names) expect(column).toContain(name);
    const sheet = workbook.model.sheetByName(REPORT_SHEET);
    const formulas = [...(sheet?.cells.values() ?? [])].flatMap((cell) =>
      cell.formula ? [cell.formula] : [],
    );
    expect(formulas.filter((formula) => /BAR\.|HYPERLINK|\+45|@SUM/i.test(formula))).toEqual([]);
  });
});

describe("the status report written into the fake", () => {
  it("reads back the golden net rows without and with carry-forward", async () => {
    const { client } = await seedWithReport();
    expect(await readReport(client, "B13:E14")).toEqual([
      SEED_002_NET_WITH_CARRY,
      SEED_002_NET_WITHOUT_CARRY,
    ]);
  });

  it("sums the initiatives per year", async () => {
    const { client } = await seedWithReport();
    expect(await readReport(client, "A12:E12")).toEqual([["Opnået i alt", -2000, -2280, -2280, -2280]]);
  });

  it("adds one chart of target, achieved and the shortfall with carry-forward, with its title", async () => {
    const { workbook } = await seedWithReport();
    expect(workbook.model.sheetByName(REPORT_SHEET)?.charts).toEqual([
      expect.objectContaining({
        name: "BAR_StatusChart1",
        type: "ColumnClustered",
        seriesBy: "Rows",
        title: "Mål, opnået og udestående med overførsel pr. år",
        source: expect.objectContaining({ row: 9, column: 0, rows: 4, columns: 5 }),
      }),
    ]);
  });

  it("refreshes in place: one report sheet, one chart", async () => {
    const { workbook, write } = await seedWithReport();
    await write();
    const reports = workbook.model.sheets.filter((sheet) => sheet.name.startsWith(REPORT_SHEET));
    expect(reports.map((sheet) => [sheet.name, sheet.charts.length])).toEqual([[REPORT_SHEET, 1]]);
  });

  it("follows an edit of the report's amounts, as live formulas do", async () => {
    const { workbook, client } = await seedWithReport();
    // The 2023 effect of "Foranstaltninger for unge" (row 22) goes from -1257 to -3977.
    client.type(`'${REPORT_SHEET}'!D22`, [[-3977]]);
    expect(workbook.valueAt(`'${REPORT_SHEET}'!D14`)).toBe(0);
  });

  it("makes the title bold and large", async () => {
    const { workbook } = await seedWithReport();
    const sheet = workbook.model.sheetByName(REPORT_SHEET);
    expect(workbook.model.cell(sheet?.id ?? "", 0, 0)).toEqual(
      expect.objectContaining({ bold: true, fontSize: 14 }),
    );
  });
});

describe("a refresh of the status report and the user's own work", () => {
  const at = (cell: string) => `'${REPORT_SHEET}'!${cell}`;

  it("keeps a note beside, a formula below and text under the report", async () => {
    const { workbook, client, write } = await seedWithReport();
    client.type(at("G5"), [["min note"]]);
    client.type(at("A30"), [["kommentar"]]);
    client.type(at("B35"), [["=B12*2"]]);
    expect(await write()).toMatchObject({ status: "written", sheet: REPORT_SHEET });
    expect([workbook.valueAt(at("G5")), workbook.valueAt(at("A30")), workbook.valueAt(at("B35"))]).toEqual([
      "min note",
      "kommentar",
      -4000,
    ]);
    expect(await readReport(client, "B13:E14")).toEqual([
      SEED_002_NET_WITH_CARRY,
      SEED_002_NET_WITHOUT_CARRY,
    ]);
  });

  it("never takes over a sheet called BAR Status that BAR did not write: it writes beside it and says so", async () => {
    const { workbook, client } = await setUpFake({ example: true });
    bindHyperFormula(workbook.model);
    globals.Excel = toExcelNamespace(client);
    await client.run(async (context) => {
      context.workbook.worksheets.add(REPORT_SHEET).getRange("A1").values = [["mit eget ark"]];
      await context.sync();
    });
    const result = await client.run(async (context) =>
      writeStatusReport(context, await readWithoutChallenges(client), TEXTS),
    );
    expect(result).toMatchObject({ status: "written", sheet: "BAR Status (2)", besideSheet: REPORT_SHEET });
    expect(workbook.valueAt(at("A1"))).toBe("mit eget ark");
    expect(workbook.model.sheetByName(REPORT_SHEET)?.cells.size).toBe(1);
  });

  it("finds its block by its name on a renamed sheet", async () => {
    const { workbook, client, write } = await seedWithReport();
    await client.run(async (context) => {
      context.workbook.worksheets.getItem(REPORT_SHEET).name = "Rapport";
      await context.sync();
    });
    expect(await write()).toMatchObject({ status: "written", sheet: "Rapport" });
    expect(workbook.model.sheets.map((sheet) => sheet.name)).not.toContain(REPORT_SHEET);
  });

  it("writes nothing when a grown report would cover the user's cells, and says which", async () => {
    const { workbook, client, write } = await seedWithReport();
    client.type(at("A28"), [["lige under"]]);
    client.type("BAR!A9:C9", [["I-0099", "initiative", "Nyt initiativ"]]);
    const result = await write();
    expect(result).toEqual({ status: "blocked", sheet: REPORT_SHEET, address: `'${REPORT_SHEET}'!A28` });
    expect(workbook.valueAt(at("A28"))).toBe("lige under");
  });
});

describe("the strategy's verdict on the report", () => {
  it("gives the engine's verdict per year as a live native formula", async () => {
    const { workbook, client } = await setUpFake({ example: true });
    bindHyperFormula(workbook.model);
    globals.Excel = toExcelNamespace(client);
    const data = await readWithoutChallenges(client);
    const measures = { headroom: [60, 85, 110, 120], cash: [150, 120, 95, 130] };
    await client.run((context) => writeStatusReport(context, { ...data, measures }, TEXTS));
    // The help text's example of BAR.STRATEGYCHECK: BREACH, BELOW_OPTIMAL, BREACH, OK.
    expect(await readReport(client, "B8:E8")).toEqual([
      ["Brud på strategien", "Under det optimale", "Brud på strategien", "I orden"],
    ]);
    client.type(`'${REPORT_SHEET}'!B6`, [[100]]);
    expect(workbook.valueAt(`'${REPORT_SHEET}'!B8`)).toBe("I orden");
  });

  it("gives a verdict per case under coming challenges, meets 70 reached exactly, and says - while a cost is unknown", async () => {
    const { workbook, client } = await setUpFake({ example: true });
    bindHyperFormula(workbook.model);
    globals.Excel = toExcelNamespace(client);
    const data = await readWithoutChallenges(client);
    // 128,2 − 58,2 is 69.99999999999999 in binary: the verdict must still see exactly 70.
    const measures = { headroom: [128.2, 128.2, 128.2, 128.2], cash: [150, 150, 150, 150] };
    const costs = (cost: "notEstimated" | number | { low: number; high: number }) =>
      Object.fromEntries(data.years.map((year) => [year, year === 2024 ? "notEstimated" : cost]));
    const challenges = [
      { name: "A", coreArea: "", costs: costs(58.1), note: "" },
      { name: "B", coreArea: "", costs: costs({ low: 0.1, high: 0.2 }), note: "" },
    ];
    await client.run((context) => writeStatusReport(context, { ...data, measures, challenges }, TEXTS));
    const rows = await readReport(client, "A6:E17");
    const row = (label: string) => rows.find((cells) => cells[0] === label)?.slice(1);
    expect(row("Kommende udfordringer, pessimistisk")).toEqual([58.3, 58.3, 58.3, "-"]);
    expect(row("Råderum efter udfordringer, optimistisk")).toEqual([70, 70, 70, "-"]);
    expect(row("Vurdering, pessimistisk")).toEqual([
      "Brud på strategien",
      "Brud på strategien",
      "Brud på strategien",
      "-",
    ]);
    expect(row("Vurdering, optimistisk")).toEqual([
      "Under det optimale",
      "Under det optimale",
      "Under det optimale",
      "-",
    ]);
  });
});
