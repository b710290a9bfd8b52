import { blankInitiative, type Initiative, type Status } from "../../src/engine/initiative";
import type { WorkbookData } from "../../src/excel/toWorkbookData";
import { REPORT_SHEET, writeStatusReport } from "../../src/excel/writeStatusReport";
import { toExcelNamespace } from "../../src/preview/officeFake/excelEnums";
import type { FakeExcelClient, FakeWorkbook } from "../../src/preview/officeFake/fakeExcel";
import { describeEachHost, readWithoutChallenges, setUpFake } from "../support/fakeExcel";
import { REPORT_TEXTS } from "../support/reportTexts";

const globals = globalThis as { Excel?: unknown };
afterEach(() => {
  delete globals.Excel;
});

const MARCH_3 = new Date(2025, 2, 3);

async function seed(host: "web" | "windows" | "mac" = "web") {
  const { workbook, client } = await setUpFake({ example: true }, { kind: host });
  globals.Excel = toExcelNamespace(client);
  return { workbook, client, data: await readWithoutChallenges(client) };
}

function write(client: FakeExcelClient, data: WorkbookData) {
  return client.run((context) => writeStatusReport(context, data, REPORT_TEXTS, MARCH_3));
}

function reportCell(workbook: FakeWorkbook, row: number, column: number) {
  const sheet = workbook.model.sheetByName(REPORT_SHEET);
  return workbook.model.cell(sheet?.id ?? "", row, column);
}

/** `count` initiatives spread over 12 areas and every status but dropped. */
function manyInitiatives(data: WorkbookData, count: number): Initiative[] {
  const statuses: Status[] = ["idea", "analysis", "estimated", "decided", "realised"];
  return Array.from({ length: count }, (_, index) => ({
    ...blankInitiative(`I-${index}`, data.years),
    name: `Initiativ ${index}`,
    authorityArea: `Område ${index % 12}`,
    status: statuses[index % statuses.length],
    effects: Object.fromEntries(data.years.map((year) => [year, -((index % 97) + 1)])),
  }));
}

describeEachHost("the status report on the sheet", (host) => {
  it("right-aligns the years, the amounts and the dash, and leaves names and statuses as they are", async () => {
    const { workbook, client, data } = await seed(host);
    await write(client, data);
    // Row 3 holds the years; row 21 the seed's first line, not estimated ("-"), status "Analyse".
    expect([
      reportCell(workbook, 2, 1)?.horizontalAlignment,
      reportCell(workbook, 20, 1)?.value,
      reportCell(workbook, 20, 1)?.horizontalAlignment,
      reportCell(workbook, 20, 0)?.horizontalAlignment,
      reportCell(workbook, 20, 5)?.horizontalAlignment,
    ]).toEqual(["Right", "-", "Right", undefined, undefined]);
  });

  it("sets totals in bold with a rule above, and headings in bold with a rule below", async () => {
    const { workbook, client, data } = await seed(host);
    await write(client, data);
    const achieved = reportCell(workbook, 11, 1);
    const heading = reportCell(workbook, 9, 0);
    expect([achieved?.bold, achieved?.borders?.top?.style, heading?.bold, heading?.borders?.bottom]).toEqual([
      true,
      "Continuous",
      true,
      { style: "Continuous", weight: "Thin" },
    ]);
  });

  it("prints landscape, one page wide, with the title, date and years on every page", async () => {
    const { workbook, client, data } = await seed(host);
    await write(client, data);
    expect(workbook.model.sheetByName(REPORT_SHEET)?.pageLayout).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1 },
      printTitleRows: { row: 0, rows: 3 },
      printArea: null,
    });
  });

  it("states its date as a real Excel date", async () => {
    const { workbook, client, data } = await seed(host);
    await write(client, data);
    expect(reportCell(workbook, 1, 1)).toMatchObject({ value: 45719, numberFormat: 'd". "mmmm yyyy' });
  });
});

describe("the status report at scale", () => {
  it("groups 5,000 initiatives into a bounded table, in two round trips, then four to refresh", async () => {
    const { client, data } = await seed();
    const large = { ...data, initiatives: manyInitiatives(data, 5000) };
    const first = await write(client, large);
    expect(client.contexts.at(-1)?.syncCount).toBe(2);
    const rows = Number(/:[A-Z]+(\d+)$/.exec(first.address)?.[1]);
    // One target over every area: 4 certainties × (8 areas × (3 largest + 1 rest) + the other areas) at most.
    expect(rows).toBeLessThanOrEqual(20 + 4 * (8 * 4 + 1));
    expect(await write(client, large)).toMatchObject({ status: "written", address: first.address });
    expect(client.contexts.at(-1)?.syncCount).toBe(4);
  });

  it("sums the rest of an area in one line that says how many it holds", async () => {
    const { workbook, client, data } = await seed();
    await write(client, { ...data, initiatives: manyInitiatives(data, 5000) });
    const sheet = workbook.model.sheetByName(REPORT_SHEET);
    const names = [...(sheet?.cells.values() ?? [])].map((cell) => String(cell.value));
    expect(
      names.filter((name) => /^Øvrige, Område \d+ \(\d+ initiativer\)$/.test(name)).length,
    ).toBeGreaterThan(0);
  });
});
