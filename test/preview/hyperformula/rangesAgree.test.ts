import { calculateOverview } from "../../../src/engine/overview";
import { CASES, type Case } from "../../../src/engine/scenarioCases";
import { columnLetters } from "../../../src/excel/a1";
import { layoutOf } from "../../../src/excel/layout";
import { saveInitiative } from "../../../src/excel/saveInitiative";
import { REPORT_SHEET, writeStatusReport } from "../../../src/excel/writeStatusReport";
import { paneTexts } from "../../../src/i18n/paneTexts";
import { bindHyperFormula } from "../../../src/preview/hyperformula/hyperFormulaEvaluator";
import { toExcelNamespace } from "../../../src/preview/officeFake/excelEnums";
import type { FakeExcelClient } from "../../../src/preview/officeFake/fakeExcel";
import { toStrategyRows } from "../../../src/taskpane/strategyRows";
import { readWith, setUpFake, stampBy } from "../../support/fakeExcel";
import { REPORT_TEXTS } from "../../support/reportTexts";

const YEARS = [2021, 2022, 2023, 2024];
const LAYOUT = layoutOf(YEARS);
const globals = globalThis as { Excel?: unknown };

/** The BAR sheet's cells of a table's body rows `first`–`last` (1-based), from column `offset` for the four years. */
function yearBlock(table: keyof typeof LAYOUT, offset: number, first: number, last = first): string {
  const column = (at: number) => columnLetters(LAYOUT[table].column + offset + at);
  return `BAR!${column(0)}${first + 1}:${column(3)}${last + 1}`;
}

/** Where each case's figures sit in the report, by the label in its first column. */
async function reportRow(client: FakeExcelClient, label: string): Promise<unknown[]> {
  return client.run(async (context) => {
    const range = context.workbook.worksheets.getItem(REPORT_SHEET).getRange("A1:E80").load("values");
    await context.sync();
    const row = range.values.find((cells) => cells[0] === label);
    if (!row) throw new Error(`no report row "${label}"`);
    return row.slice(1, 5);
  });
}

const STATUS_WORDS: Record<string, string> = {
  BREACH: "Brud på strategien",
  BELOW_OPTIMAL: "Under det optimale",
  OK: "I orden",
  MISSING: "-",
};

afterEach(() => {
  delete globals.Excel;
});

describe("the functions, the pane and the report on one workbook with ranges and unknowns", () => {
  it("give the same three cases of the outstanding amount and of the strategy, year by year", async () => {
    const { workbook, client } = await setUpFake({ example: true });
    bindHyperFormula(workbook.model);
    globals.Excel = toExcelNamespace(client);
    workbook.model.addSheet("Ark1");
    // An initiative estimated as a range, through the pane's store.
    const unge = (await readWith(client)).initiatives[1];
    await client.run((context) =>
      saveInitiative(
        context,
        { base: unge, changes: { effects: { 2022: { low: -1500, high: -900 } } } },
        YEARS,
        stampBy("Anna"),
      ),
    );
    // The model's headroom and cash, and seed 000's unknown challenges estimated for 2021–2023 only.
    client.type(yearBlock("measures", 1, 1, 2), [
      [120, 130, 150, 150],
      [200, 200, 200, 200],
    ]);
    for (const row of [2, 3, 4, 6, 7, 8]) client.type(yearBlock("challenges", 2, row), [[0, "0-5", 1, "-"]]);

    // The functions, as an economist writes them over the BAR tables.
    const targets = yearBlock("targets", 3, 1);
    const lines = yearBlock("initiatives", 8, 1, 7);
    const formulas = CASES.map(
      (scenario) => `=BAR.CARRYFORWARD(${targets},IFNA(BAR.SCENARIO(${lines},"${scenario}"),0))`,
    );
    client.type(
      "Ark1!A1:A3",
      formulas.map((formula) => [formula]),
    );
    const strategy = `=BAR.STRATEGYCASES(${yearBlock("measures", 1, 1)},${yearBlock("measures", 1, 2)},${yearBlock("challenges", 2, 1, 9)})`;
    client.type("Ark1!A5", [[strategy]]);
    const functions = {
      outstanding: CASES.map((_, row) =>
        YEARS.map((__, year) => workbook.valueAt(`Ark1!${"ABCD"[year]}${row + 1}`)),
      ),
      strategy: CASES.map((_, row) =>
        YEARS.map((__, year) => workbook.valueAt(`Ark1!${"ABCD"[year]}${row + 5}`)),
      ),
    };

    // The pane, from the same workbook.
    const data = await readWith(client);
    const overview = calculateOverview({
      years: data.years,
      targets: data.targets,
      initiatives: data.initiatives,
      surplusRule: data.settings.surplusRule,
      staleAfterDays: data.settings.staleAfterDays,
      now: new Date("2021-05-01"),
    }).targets[0];
    const pane = {
      outstanding: CASES.map((scenario) => overview.years.map((year) => year.cases[scenario].outstanding)),
      notEstimated: overview.years.map((year) => year.notEstimated),
      strategy: toStrategyRows(data, paneTexts("da"))?.map((row) => row.status),
    };

    // The report, written from what the pane read.
    await client.run((context) => writeStatusReport(context, data, REPORT_TEXTS));
    const caseRow: Record<Case, string> = {
      pessimistic: REPORT_TEXTS.caseRows.pessimistic,
      expected: REPORT_TEXTS.netWithCarry,
      optimistic: REPORT_TEXTS.caseRows.optimistic,
    };
    const report = {
      outstanding: await Promise.all(CASES.map((scenario) => reportRow(client, caseRow[scenario]))),
      notEstimated: await reportRow(client, REPORT_TEXTS.notEstimatedRow),
      strategy: await Promise.all(
        CASES.map((scenario) =>
          reportRow(client, `${REPORT_TEXTS.strategyRow}, ${REPORT_TEXTS.caseNames[scenario]}`),
        ),
      ),
    };

    // Seed 002 with 2022 of "Foranstaltninger for unge" at -1.500 til -900 (release rule).
    const outstanding = [
      [0, -1077, -3797, -8517],
      [0, -777, -3497, -8217],
      [0, -477, -3197, -7917],
    ];
    expect(functions.outstanding).toEqual(outstanding);
    expect(pane.outstanding).toEqual(outstanding);
    expect(report.outstanding).toEqual(outstanding);
    expect(pane.notEstimated).toEqual([5, 5, 5, 5]);
    expect(report.notEstimated).toEqual([5, 5, 5, 5]);

    // Costs 32,5–64,5 in 2021 (the six at 0), 32,5–94,5 in 2022 (at 0-5), 38,5–70,5 in 2023 (at 1),
    // against headroom 120, 130, 150; in 2024 six challenges are unknown.
    const strategyByCase = [
      ["BREACH", "BREACH", "BELOW_OPTIMAL", "#N/A"],
      ["BELOW_OPTIMAL", "BREACH", "BELOW_OPTIMAL", "#N/A"],
      ["BELOW_OPTIMAL", "BELOW_OPTIMAL", "OK", "#N/A"],
    ];
    expect(
      functions.strategy.map((line) => line.map((cell) => (String(cell).startsWith("#N/A") ? "#N/A" : cell))),
    ).toEqual(strategyByCase);
    expect(pane.strategy).toEqual(
      strategyByCase[1].map((status) => (status === "#N/A" ? "MISSING" : status)),
    );
    expect(report.strategy).toEqual(
      strategyByCase.map((line) =>
        line.map((status) => STATUS_WORDS[status === "#N/A" ? "MISSING" : status]),
      ),
    );
  });
});
