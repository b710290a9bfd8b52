import { SURPLUS_RULES, calculateCarryForward, type SurplusRule } from "../../src/engine/carryForward";
import { NOT_ESTIMATED, blankInitiative, type Effect, type Initiative } from "../../src/engine/initiative";
import { calculateOverview, type ReductionTarget } from "../../src/engine/overview";
import { columnLetters } from "../../src/excel/a1";
import { toStatusReport } from "../../src/excel/toStatusReport";
import type { WorkbookData } from "../../src/excel/toWorkbookData";
import { REPORT_SHEET, writeStatusReport } from "../../src/excel/writeStatusReport";
import { toExcelNamespace } from "../../src/preview/officeFake/excelEnums";
import { readWith, setUpFake } from "../support/fakeExcel";
import { buildSheet, valuesAt } from "../support/sheet";
import { REPORT_TEXTS } from "../support/reportTexts";

const TEXTS = REPORT_TEXTS;

/** A small deterministic generator (mulberry32), so a failing case can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed workbook's data, as a base to put generated targets and lines into. */
async function seedData(): Promise<WorkbookData> {
  const { client } = await setUpFake({ example: true });
  return readWith(client);
}

/** One target and its lines, for a horizon of `years`. */
function dataWith(
  base: WorkbookData,
  years: number[],
  amounts: Record<number, number | null>,
  lines: Initiative[],
  rule: SurplusRule,
): WorkbookData {
  const target: ReductionTarget = { id: "T-1", name: "Mål", authorityArea: null, amounts };
  return {
    ...base,
    years,
    targets: [target],
    initiatives: lines,
    settings: { ...base.settings, surplusRule: rule },
  };
}

/** The two net rows of a one-target report, evaluated as a spreadsheet evaluates them ("" and blank as null). */
function evaluatedNetRows(data: WorkbookData): unknown[][] {
  const report = toStatusReport(data, TEXTS);
  const hf = buildSheet(report.rows.map((row) => row.map((cell) => (cell.value === "" ? null : cell.value))));
  const lastColumn = columnLetters(data.years.length);
  const rowOf = (label: string) => report.rows.findIndex((row) => row[0].value === `'${label}`) + 1;
  return [TEXTS.netWithoutCarry, TEXTS.netWithCarry].map((label) =>
    valuesAt(hf, `B${rowOf(label)}:${lastColumn}${rowOf(label)}`)[0].map((cell) =>
      cell === "" ? null : cell,
    ),
  );
}

type Direction = "negative" | "positive" | "allZero";

/** Random targets in one direction, and random lines (some years not estimated) that may over- or under-shoot them. */
function randomCase(next: () => number, direction: Direction) {
  const count = 1 + Math.floor(next() * 6);
  const years = Array.from({ length: count }, (_, index) => 2021 + index);
  // Whole thousands and amounts with one decimal, as analysts type them.
  const amount = (scale: number) => Math.round(next() * scale * 10) / 10;
  const sign = direction === "positive" ? 1 : -1;
  const targets = years.map((_, index) => {
    if (direction === "allZero") return 0;
    // Some years have a zero target, but never all of them.
    return index > 0 && next() < 0.2 ? 0 : sign * (1 + amount(5000));
  });
  const lines: Initiative[] = Array.from({ length: Math.floor(next() * 5) }, (_, line) => ({
    ...blankInitiative(`I-${line}`, years),
    name: `Linje ${line}`,
    kind: next() < 0.2 ? ("unallocated" as const) : ("initiative" as const),
    effects: Object.fromEntries(
      years.map((year): [number, Effect] => [
        year,
        next() < 0.15 ? NOT_ESTIMATED : (next() < 0.8 ? sign : -sign) * amount(2500),
      ]),
    ),
  }));
  const achieved = years.map((year) =>
    lines.reduce((sum, line) => {
      const effect = line.effects[year];
      return typeof effect === "number" ? sum + effect : sum;
    }, 0),
  );
  return { years, targets, lines, achieved };
}

describe("the status report's native net rows against the engine", () => {
  const cases = SURPLUS_RULES.flatMap((rule, ruleIndex) =>
    (["negative", "positive", "allZero"] as const).map((direction, directionIndex) => ({
      rule,
      direction,
      seed: 1 + ruleIndex * 3 + directionIndex,
    })),
  );

  it.each(cases)(
    "equal calculateCarryForward and the pane's overview for random $direction targets under $rule",
    async ({ rule, direction, seed }) => {
      const base = await seedData();
      const next = random(seed);
      for (let run = 0; run < 40; run++) {
        const { years, targets, lines, achieved } = randomCase(next, direction);
        const amounts = Object.fromEntries(years.map((year, index) => [year, targets[index]]));
        const data = dataWith(base, years, amounts, lines, rule);
        const [without, withCarry] = evaluatedNetRows(data);

        const engine = calculateCarryForward(targets, achieved, rule).outstanding;
        const pane = calculateOverview({
          years,
          targets: data.targets,
          initiatives: lines,
          surplusRule: rule,
          staleAfterDays: 60,
          now: new Date("2021-05-01T00:00:00Z"),
        }).targets[0].years;
        const context = JSON.stringify({ run, targets, achieved });
        years.forEach((_, index) => {
          expect([context, without[index]]).toEqual([
            context,
            expect.closeTo(targets[index] - achieved[index], 6),
          ]);
          expect([context, withCarry[index]]).toEqual([context, expect.closeTo(engine[index], 6)]);
          expect([context, withCarry[index]]).toEqual([
            context,
            expect.closeTo(pane[index].outstanding ?? NaN, 6),
          ]);
        });
      }
    },
    30000,
  );

  it("leaves the years without a target without net figures, as the pane does", async () => {
    const base = await seedData();
    const years = [2021, 2022, 2023, 2024];
    const line = {
      ...blankInitiative("I-1", years),
      name: "Linje",
      effects: { 2021: -977, 2022: -1257, 2023: -1257, 2024: -1257 },
    };
    // Targets are only decided for the first two years.
    const amounts = { 2021: -2000, 2022: -3000, 2023: null, 2024: null };
    const data = dataWith(base, years, amounts, [line], "release");
    const pane = calculateOverview({
      years,
      targets: data.targets,
      initiatives: [line],
      surplusRule: "release",
      staleAfterDays: 60,
      now: new Date("2021-05-01T00:00:00Z"),
    }).targets[0].years;

    expect(evaluatedNetRows(data)).toEqual([
      pane.map((year) => year.outstandingWithoutCarry),
      pane.map((year) => year.outstanding),
    ]);
  });
});

describe("the status report's target names", () => {
  const globals = globalThis as { Excel?: unknown };
  afterEach(() => {
    delete globals.Excel;
  });

  it("keeps a target name that looks like a formula as text on the report sheet", async () => {
    const { workbook, client } = await setUpFake({ example: true });
    globals.Excel = toExcelNamespace(client);
    const data = await readWith(client);
    const name = '=HYPERLINK("http://x","Mål")';
    data.targets[0] = { ...data.targets[0], name };

    await client.run((context) => writeStatusReport(context, data, TEXTS));

    const sheet = workbook.model.sheetByName(REPORT_SHEET);
    const cells = [...(sheet?.cells.values() ?? [])];
    expect(cells.filter((cell) => cell.formula?.includes("HYPERLINK"))).toEqual([]);
    expect(cells.some((cell) => cell.value === name)).toBe(true);
  });
});
