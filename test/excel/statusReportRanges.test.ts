import {
  NOT_ESTIMATED,
  blankInitiative,
  type Initiative,
  type YearEffect,
} from "../../src/engine/initiative";
import type { ReductionTarget } from "../../src/engine/overview";
import { COUNT_FORMAT } from "../../src/excel/reportBands";
import { toStatusReport, type StatusReportTexts } from "../../src/excel/toStatusReport";
import type { WorkbookData } from "../../src/excel/toWorkbookData";
import { REPORT_SHEET, writeStatusReport } from "../../src/excel/writeStatusReport";
import { toChartData } from "../../src/preview/app/toChartData";
import { bindHyperFormula } from "../../src/preview/hyperformula/hyperFormulaEvaluator";
import { toExcelNamespace } from "../../src/preview/officeFake/excelEnums";
import type { FakeWorkbook } from "../../src/preview/officeFake/fakeExcel";
import { describeEachHost, readWithoutChallenges, setUpFake } from "../support/fakeExcel";
import { ENGLISH_REPORT_TEXTS, REPORT_TEXTS } from "../support/reportTexts";

const globals = globalThis as { Excel?: unknown };
afterEach(() => {
  delete globals.Excel;
});

const YEARS = [2021, 2022, 2023, 2024];
const MARCH_3 = new Date(2025, 2, 3);
const RANGE = { low: -2500, high: -1500 };

const every = <T extends YearEffect | null>(effect: T): Record<number, T> =>
  Object.fromEntries(YEARS.map((year) => [year, effect]));

function initiative(id: string, name: string, effects: Initiative["effects"], area = ""): Initiative {
  return { ...blankInitiative(id, YEARS), name, status: "estimated", effects, authorityArea: area };
}

/**
 * Target -2000 each year; "Hjemmetræning" -2.500 til -1.500 every year; two initiatives
 * without an estimate (one of them only until 2023): 2, 2, 2 and 1 not estimated.
 */
function rangedData(base: WorkbookData, extra: Partial<WorkbookData> = {}): WorkbookData {
  const target: ReductionTarget = {
    id: "T-1",
    name: "Mål i alt",
    authorityArea: null,
    amounts: every(-2000),
  };
  return {
    ...base,
    years: YEARS,
    targets: [target],
    initiatives: [
      initiative("I-1", "Hjemmetræning", every(RANGE)),
      initiative("I-2", "Kontraktgrundlag", every(NOT_ESTIMATED)),
      initiative("I-3", "Takstgruppe", { ...every(NOT_ESTIMATED), 2024: 0 }),
    ],
    settings: { ...base.settings, surplusRule: "release" },
    ...extra,
  };
}

/** Writes the report into a fake of the current host with HyperFormula, and gives its cells as Excel would. */
async function written(
  change: (base: WorkbookData) => WorkbookData,
  texts: StatusReportTexts = REPORT_TEXTS,
) {
  const { workbook, client } = await setUpFake({ example: true });
  bindHyperFormula(workbook.model);
  globals.Excel = toExcelNamespace(client);
  const data = change(await readWithoutChallenges(client));
  const result = await client.run((context) => writeStatusReport(context, data, texts, MARCH_3));
  const syncs = client.contexts.at(-1)?.syncCount;
  const report = toStatusReport(data, texts, { row: 0, column: 0 }, MARCH_3);
  const values = await client.run(async (context) => {
    const range = context.workbook.worksheets
      .getItem(REPORT_SHEET)
      .getRange(`A1:F${report.rows.length}`)
      .load("values");
    await context.sync();
    return range.values;
  });
  const row = (label: string) => values.find((cells) => cells[0] === label);
  const index = (label: string) => values.findIndex((cells) => cells[0] === label);
  return { workbook, client, data, result, syncs, report, values, row, index };
}

function chartOf(workbook: FakeWorkbook, number = 1) {
  const sheet = workbook.model.sheetByName(REPORT_SHEET);
  const chart = sheet?.charts.find((each) => each.name === `BAR_StatusChart${number}`);
  if (!sheet || !chart) throw new Error("no chart");
  const { row, column, rows, columns } = chart.source;
  const cells = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => workbook.model.valueAt(sheet.id, row + r, column + c)),
  );
  return toChartData(chart, cells);
}

describeEachHost("the status report with ranges", () => {
  it("shows a range's exact midpoint as a number on the line, and its ends on the row under it", async () => {
    const { row, index, values } = await written(rangedData);
    expect(row("Hjemmetræning")?.slice(1, 6)).toEqual([-2000, -2000, -2000, -2000, "Skønnet"]);
    expect(values[index("Hjemmetræning") + 1]).toEqual([
      "interval 2021–2024: -2.500 til -1.500",
      "",
      "",
      "",
      "",
      "",
    ]);
  });

  it("keeps the native SUMs and net row honest for the expected case, and says so beside it", async () => {
    const { row } = await written(rangedData);
    expect(row("Opnået i alt")?.slice(1, 5)).toEqual([-2000, -2000, -2000, -2000]);
    expect(row("Netto-udestående med overførsel")?.slice(1, 6)).toEqual([
      0,
      0,
      0,
      0,
      "Forventet (midtpunkt)",
    ]);
  });

  it("gives outstanding with carry-forward in the pessimistic and optimistic case, each carried on its own", async () => {
    const { row } = await written(rangedData);
    expect(row("Netto-udestående med overførsel, pessimistisk")?.slice(1, 5)).toEqual([
      -500, -1000, -1500, -2000,
    ]);
    // Under "release" a surplus goes to the general economy: it is not banked against next year.
    expect(row("Netto-udestående med overførsel, optimistisk")?.slice(1, 5)).toEqual([500, 500, 500, 500]);
  });

  it("puts the band right under the net row, before the other net rows", async () => {
    const { values, index } = await written(rangedData);
    const net = index("Netto-udestående med overførsel");
    expect(values.slice(net, net + 5).map((cells) => cells[0])).toEqual([
      "Netto-udestående med overførsel",
      "Netto-udestående med overførsel, pessimistisk",
      "Netto-udestående med overførsel, optimistisk",
      "Netto-udestående uden overførsel",
      "Netto-udestående, kun besluttet/realiseret",
    ]);
  });

  it("counts the initiatives not estimated per year, as a count, never as 0 outstanding", async () => {
    const { row, report, index } = await written(rangedData);
    expect(row("Antal initiativer ikke skønnet")?.slice(1, 5)).toEqual([2, 2, 2, 1]);
    const cells = report.rows[index("Antal initiativer ikke skønnet")].slice(1, 5);
    expect(cells.map((cell) => cell.numberFormat)).toEqual(Array.from({ length: 4 }, () => COUNT_FORMAT));
  });

  it("draws the band in the chart: pessimistic and optimistic series beside the expected one", async () => {
    const { workbook, report } = await written(rangedData);
    expect(report.chartSources).toEqual(["A10:E15"]);
    const chart = chartOf(workbook);
    expect(chart.categories).toEqual(["2021", "2022", "2023", "2024"]);
    expect(chart.series).toEqual([
      { name: "Reduktionsmål", values: [-2000, -2000, -2000, -2000] },
      { name: "Opnået i alt", values: [-2000, -2000, -2000, -2000] },
      { name: "Netto-udestående med overførsel", values: [0, 0, 0, 0] },
      { name: "Netto-udestående med overførsel, pessimistisk", values: [-500, -1000, -1500, -2000] },
      { name: "Netto-udestående med overførsel, optimistisk", values: [500, 500, 500, 500] },
    ]);
  });

  it("shows the band only for a target with a range: a sub-target without one keeps its four-series chart", async () => {
    const { workbook, values, data } = await written((base) => {
      const ranged = rangedData(base);
      const sub: ReductionTarget = {
        id: "T-2",
        name: "Psykiatri",
        authorityArea: "Psykiatri",
        amounts: every(-100),
      };
      const plain = initiative("I-4", "Bostøtte", every(-100), "Psykiatri");
      return { ...ranged, targets: [...ranged.targets, sub], initiatives: [...ranged.initiatives, plain] };
    });
    expect(data.targets).toHaveLength(2);
    const labels = values.map((cells) => cells[0]);
    expect(labels.filter((label) => label === "Netto-udestående med overførsel, pessimistisk")).toHaveLength(
      1,
    );
    expect(labels.filter((label) => label === "Antal initiativer ikke skønnet")).toHaveLength(2);
    expect(chartOf(workbook, 2).series.map((series) => series.name)).toEqual([
      "Reduktionsmål",
      "Opnået i alt",
      "Netto-udestående med overførsel",
    ]);
  });

  it("leaves the band blank from the first year without a target, as the net rows", async () => {
    const { row } = await written((base) => {
      const data = rangedData(base);
      const amounts = { ...every(-2000), 2023: null };
      return { ...data, targets: [{ ...data.targets[0], amounts }] };
    });
    expect(row("Netto-udestående med overførsel, pessimistisk")?.slice(1, 5)).toEqual([-500, -1000, "", ""]);
    expect(row("Netto-udestående med overførsel")?.slice(1, 5)).toEqual([0, 0, "", ""]);
  });

  it("names each year's range on the row under the line, a run of equal ones together", async () => {
    const { values, index } = await written((base) => {
      const data = rangedData(base);
      const effects = {
        2021: -977,
        2022: { low: -1500, high: -900 },
        2023: { low: -1500, high: -900 },
        2024: { low: -2000, high: -1000 },
      };
      return { ...data, initiatives: [initiative("I-1", "Unge", effects)] };
    });
    expect(values[index("Unge")].slice(1, 5)).toEqual([-977, -1200, -1200, -1500]);
    expect(values[index("Unge") + 1][0]).toBe("interval 2022–2023: -1.500 til -900; 2024: -2.000 til -1.000");
  });

  it("says how many of a summed rest of many initiatives are ranges", async () => {
    const { values } = await written((base) => {
      const data = rangedData(base);
      const many = Array.from({ length: 50 }, (_, index) =>
        initiative(
          `I-${index}`,
          `Initiativ ${index}`,
          every(index % 10 === 0 ? { low: -1, high: -0.5 } : -1),
          "Ældre",
        ),
      );
      return { ...data, initiatives: many };
    });
    // The five ranges (midpoint -0,75) are the smallest, so all are in the rest: 5 × -0,75 + 42 × -1.
    expect(values.find((cells) => String(cells[0]).startsWith("Øvrige"))?.slice(0, 2)).toEqual([
      "Øvrige, Ældre (47 initiativer, heraf 5 med interval)",
      -45.75,
    ]);
  });

  it("still writes in two round trips, and refreshes in four", async () => {
    const { client, data, syncs } = await written(rangedData);
    expect(syncs).toBe(2);
    await client.run((context) => writeStatusReport(context, data, REPORT_TEXTS, MARCH_3));
    expect(client.contexts.at(-1)?.syncCount).toBe(4);
  });

  it("writes no BAR function: the band and the count are numbers, the totals native formulas", async () => {
    const { report } = await written(rangedData);
    expect(report.rows.flat().some((cell) => /BAR\./i.test(String(cell.value)))).toBe(false);
  });

  it("speaks English: the range, the case rows, the expected case and the count", async () => {
    const { row, values, index } = await written(rangedData, ENGLISH_REPORT_TEXTS);
    expect(values[index("Hjemmetræning") + 1][0]).toBe("range 2021–2024: -2,500 to -1,500");
    expect(row("Net outstanding with carry-forward")?.[5]).toBe("Expected (midpoint)");
    expect(row("Net outstanding with carry-forward, pessimistic")?.slice(1, 5)).toEqual([
      -500, -1000, -1500, -2000,
    ]);
    expect(row("Net outstanding with carry-forward, optimistic")?.slice(1, 5)).toEqual([500, 500, 500, 500]);
    expect(row("Number of initiatives not estimated")?.slice(1, 5)).toEqual([2, 2, 2, 1]);
  });
});

describe("the status report without ranges", () => {
  it("shows the expected case only, as the net row, and the count: the three cases are equal", async () => {
    const { values, report } = await written((base) => base);
    const labels = values.map((cells) => cells[0]);
    expect(labels).not.toContain("Netto-udestående med overførsel, pessimistisk");
    expect(labels).toContain("Antal initiativer ikke skønnet");
    expect(report.chartSources).toEqual(["A10:E13"]);
  });

  it("counts the seed's five initiatives without an estimate in every year", async () => {
    const { row } = await written((base) => base);
    expect(row("Antal initiativer ikke skønnet")?.slice(1, 5)).toEqual([5, 5, 5, 5]);
  });
});
