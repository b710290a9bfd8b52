import { readBack } from "../../src/excel/cells";
import { netFormula, toStatusReport } from "../../src/excel/toStatusReport";
import { SEED_002_NET_WITHOUT_CARRY, SEED_002_NET_WITH_CARRY } from "../fixtures/seed002";
import { readWithoutChallenges, setUpFake } from "../support/fakeExcel";
import { buildSheet, valuesAt } from "../support/sheet";
import { ENGLISH_REPORT_TEXTS, REPORT_TEXTS } from "../support/reportTexts";

const TEXTS = REPORT_TEXTS;
const MARCH_3 = new Date(2025, 2, 3, 14, 30);

async function seedReport(texts = TEXTS) {
  const { client } = await setUpFake({ example: true });
  return toStatusReport(await readWithoutChallenges(client), texts, { row: 0, column: 0 }, MARCH_3);
}

/** The report as a spreadsheet would hold it: formulas evaluated, "" written as an empty cell (as Excel does). */
async function evaluatedReport() {
  const report = await seedReport();
  const hf = buildSheet(report.rows.map((row) => row.map((cell) => (cell.value === "" ? null : cell.value))));
  return { report, values: valuesAt(hf, `A1:F${report.rows.length}`) };
}

const rowOf = (values: unknown[][], label: string) => values.find((row) => row[0] === label);

describe("toStatusReport", () => {
  it("lays out the seed table: title, date, years, strategy, then target, totals, the count not estimated, split and the seven lines", async () => {
    const { rows } = await seedReport();
    expect(rows.map((row) => readBack(row[0]))).toEqual([
      "Status på initiativer",
      "Opgjort pr.",
      "1.000 kr.",
      "",
      "Økonomisk strategi: Hedensted 2020 (mio. kr.)",
      "Råderum",
      "Disponibel kassebeholdning",
      "Vurdering",
      "",
      expect.any(String),
      "Reduktionsmål",
      "Opnået i alt",
      "Netto-udestående med overførsel",
      "Netto-udestående uden overførsel",
      "Netto-udestående, kun besluttet/realiseret",
      "Antal initiativer ikke skønnet",
      "heraf besluttet og realiseret",
      "heraf skønnet (analyse og skøn)",
      "heraf idéer (ikke besluttet)",
      "heraf forventet, men p.t. ufordelt",
      ...Array.from({ length: 7 }, () => expect.any(String)),
    ]);
  });

  it("states its date as an Excel date, shown in a date format", async () => {
    const { rows } = await seedReport();
    // 3 March 2025 is serial 45719 (its time of day left out).
    expect(rows[1][1]).toEqual({ value: 45719, numberFormat: 'd". "mmmm yyyy' });
  });

  it("styles the headings, the totals and the title for the writer", async () => {
    const { styles } = await seedReport();
    expect([styles[0], styles[2], styles[9], styles[11], styles[12], styles[13]]).toEqual([
      "title",
      "header",
      "header",
      "total",
      "total",
      "plain",
    ]);
  });

  it("writes the net rows as native Excel formulas, with no BAR function a Danish Excel or a colleague without BAR would not know", async () => {
    const { rows } = await seedReport();
    expect(rows[13].slice(1, 5).map((cell) => cell.value)).toEqual([
      "=B11-B12",
      "=C11-C12",
      "=D11-D12",
      "=E11-E12",
    ]);
    expect(rows[12].slice(1, 3).map((cell) => cell.value)).toEqual([
      "=B11-B12",
      "=C11-C12+IF(IF(SUM($B$11:$E$11)<>0,SUM($B$11:$E$11),SUM($B$12:$E$12))<0,MIN(0,B13),MAX(0,B13))",
    ]);
    expect(rows.flat().some((cell) => /BAR\./i.test(String(cell.value)))).toBe(false);
  });

  it("carries a whole surplus under the bank rule", () => {
    expect(
      netFormula(2, "bank", { targetRow: 5, achievedRow: 6, row: 15, firstColumn: 1, lastColumn: "E" }),
    ).toBe("=D5-D6+C15");
  });

  it("gives the golden net outstanding without and with carry-forward when evaluated", async () => {
    const { values } = await evaluatedReport();
    expect(rowOf(values, "Netto-udestående uden overførsel")?.slice(1, 5)).toEqual(
      SEED_002_NET_WITHOUT_CARRY,
    );
    expect(rowOf(values, "Netto-udestående med overførsel")?.slice(1, 5)).toEqual(SEED_002_NET_WITH_CARRY);
  });

  it("sums what the initiatives achieve per year", async () => {
    const { values } = await evaluatedReport();
    expect(rowOf(values, "Opnået i alt")?.slice(0, 5)).toEqual(["Opnået i alt", -2000, -2280, -2280, -2280]);
  });

  it("splits what is achieved by certainty, so the seed's estimate and placeholder do not pass for decisions", async () => {
    const { values } = await evaluatedReport();
    expect(
      [
        "heraf besluttet og realiseret",
        "heraf skønnet (analyse og skøn)",
        "heraf forventet, men p.t. ufordelt",
      ].map((label) => rowOf(values, label)?.slice(1, 5)),
    ).toEqual([
      [0, 0, 0, 0],
      [-977, -1257, -1257, -1257],
      [-1023, -1023, -1023, -1023],
    ]);
    // Nothing is decided yet, so counting only decisions, the whole target is outstanding (carried).
    expect(rowOf(values, "Netto-udestående, kun besluttet/realiseret")?.slice(1, 5)).toEqual([
      -2000, -5000, -10000, -17000,
    ]);
  });

  it("gives each line its status in words", async () => {
    const { values } = await evaluatedReport();
    expect(rowOf(values, "Foranstaltninger for unge")?.[5]).toBe("Skønnet");
  });

  it("writes the documents' dash for a year without an estimate", async () => {
    const { rows } = await seedReport();
    expect(rows.slice(20).some((row) => row.slice(1, 5).every((cell) => cell.value === "-"))).toBe(true);
  });

  it("formats the cells the net formulas spill into as amounts", async () => {
    const { rows } = await seedReport();
    expect(rows.slice(12, 15).flatMap((row) => row.slice(1, 5).map((cell) => cell.numberFormat))).toEqual(
      Array.from({ length: 12 }, () => "#,##0;-#,##0;0;@"),
    );
  });

  it("takes the chart's data from the years, target, achieved and net-with-carry rows", async () => {
    expect((await seedReport()).chartSources).toEqual(["A10:E13"]);
  });

  it("repeats the title, date and row of years on every printed page", async () => {
    expect((await seedReport()).titleRows).toEqual({ first: 0, count: 3 });
  });

  it("keeps a name that looks like a formula as text", async () => {
    const { client } = await setUpFake({ example: true });
    const data = await readWithoutChallenges(client);
    data.initiatives[0] = { ...data.initiatives[0], name: '=HYPERLINK("x")' };
    const line = toStatusReport(data, TEXTS).rows.find((row) => String(row[0].value).includes("HYPERLINK"));
    expect(line?.[0]).toEqual({ value: `'=HYPERLINK("x")`, numberFormat: "@" });
  });

  it("speaks English when asked", async () => {
    const { rows } = await seedReport(ENGLISH_REPORT_TEXTS);
    expect([rows[0][0].value, rows[1][0].value, rows[16][0].value, rows[9][5].value]).toEqual([
      "'Status of initiatives",
      "'As of",
      "'of which decided and realised",
      "Status",
    ]);
  });
});
