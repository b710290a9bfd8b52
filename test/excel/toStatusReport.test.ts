import { readBack } from "../../src/excel/cells";
import { netFormula, toStatusReport } from "../../src/excel/toStatusReport";
import { SEED_002_NET_WITHOUT_CARRY, SEED_002_NET_WITH_CARRY } from "../fixtures/seed002";
import { readWith, setUpFake } from "../support/fakeExcel";
import { buildSheet, valuesAt } from "../support/sheet";
import { REPORT_TEXTS } from "../support/reportTexts";

const TEXTS = REPORT_TEXTS;

async function seedReport() {
  const { client } = await setUpFake({ example: true });
  return toStatusReport(await readWith(client), TEXTS);
}

/** The report as a spreadsheet would hold it: formulas evaluated, "" written as an empty cell (as Excel does). */
async function evaluatedReport() {
  const report = await seedReport();
  const hf = buildSheet(report.rows.map((row) => row.map((cell) => (cell.value === "" ? null : cell.value))));
  return { report, values: valuesAt(hf, `A1:E${report.rows.length}`) };
}

describe("toStatusReport", () => {
  it("lays out the seed table: target, total achieved, seven lines and the two net rows", async () => {
    const { rows } = await seedReport();
    expect(rows.map((row) => readBack(row[0]))).toEqual([
      "Status på initiativer",
      "1.000 kr.",
      "",
      expect.any(String),
      "Reduktionsmål",
      "Opnået i alt",
      ...Array.from({ length: 7 }, () => expect.any(String)),
      "Netto-udestående uden overførsel",
      "Netto-udestående med overførsel",
    ]);
  });

  it("writes the net rows as native Excel formulas, with no BAR function a Danish Excel or a colleague without BAR would not know", async () => {
    const { rows } = await seedReport();
    const [without, withCarry] = rows.slice(-2);
    expect(without.slice(1).map((cell) => cell.value)).toEqual(["=B5-B6", "=C5-C6", "=D5-D6", "=E5-E6"]);
    expect(withCarry.slice(1, 3).map((cell) => cell.value)).toEqual([
      "=B5-B6",
      "=C5-C6+IF(IF(SUM($B$5:$E$5)<>0,SUM($B$5:$E$5),SUM($B$6:$E$6))<0,MIN(0,B15),MAX(0,B15))",
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
    expect(values.slice(-2).map((row) => row.map((cell) => cell ?? ""))).toEqual([
      ["Netto-udestående uden overførsel", ...SEED_002_NET_WITHOUT_CARRY],
      ["Netto-udestående med overførsel", ...SEED_002_NET_WITH_CARRY],
    ]);
  });

  it("sums what the initiatives achieve per year", async () => {
    const { values } = await evaluatedReport();
    expect(values[5]).toEqual(["Opnået i alt", -2000, -2280, -2280, -2280]);
  });

  it("writes the documents' dash for a year without an estimate", async () => {
    const { rows } = await seedReport();
    expect(rows.slice(6, 13).some((row) => row.slice(1).every((cell) => cell.value === "-"))).toBe(true);
  });

  it("formats the cells the net formulas spill into as amounts", async () => {
    const { rows } = await seedReport();
    expect(rows.slice(-2).flatMap((row) => row.slice(1).map((cell) => cell.numberFormat))).toEqual(
      Array.from({ length: 8 }, () => "#,##0;-#,##0;0;@"),
    );
  });

  it("takes the chart's data from the years, target and achieved rows", async () => {
    expect((await seedReport()).chartSources).toEqual(["A4:E6"]);
  });

  it("keeps a name that looks like a formula as text", async () => {
    const { client } = await setUpFake({ example: true });
    const data = await readWith(client);
    data.initiatives[0] = { ...data.initiatives[0], name: '=HYPERLINK("x")' };
    const line = toStatusReport(data, TEXTS).rows.find((row) => String(row[0].value).includes("HYPERLINK"));
    expect(line?.[0]).toEqual({ value: `'=HYPERLINK("x")`, numberFormat: "@" });
  });
});
