import type { RawCellContent } from "hyperformula";
import { LEDGER_BALANCES, LEDGER_DATES } from "../fixtures/liquidity";
import { buildSheet, valueAt, valuesAt } from "../support/sheet";

/** The ledger in A2:B5, statuses spilled into C2:C5. */
const LEDGER: RawCellContent[][] = [
  ["Dato", "Disponibel kasse", "Status"],
  ...LEDGER_DATES.map((date, row) => [date, LEDGER_BALANCES[row]]),
];
const codes = (rows: unknown[][]) =>
  rows.map(([cell]) => (typeof cell === "string" ? cell : (cell as { type: string }).type));

describe("BAR.LIQUIDITYCHECK in a spreadsheet", () => {
  it("checks each date against the floor (golden ledger, floor 60)", () => {
    const rows = [...LEDGER];
    rows[1] = [...rows[1], "=BAR.LIQUIDITYCHECK(A2:A5,B2:B5,60)"];
    const hf = buildSheet(rows);
    // 2024-07-01 holds to 2024-12-30, the first covered day: average 74.93, balance 50.
    // 2024-12-31: average 75.2, balance 200; 2025-02-12: average 86.5, balance 10.
    expect(codes(valuesAt(hf, "C2:C5"))).toEqual(["NA", "BALANCE_BELOW_FLOOR", "OK", "BALANCE_BELOW_FLOOR"]);
  });

  it("uses the law's floor of 0 by default", () => {
    const rows = [...LEDGER];
    rows[1] = [...rows[1], "=BAR.LIQUIDITYCHECK(A2:A5,B2:B5)"];
    expect(codes(valuesAt(buildSheet(rows), "C4:C5"))).toEqual(["OK", "OK"]);
  });

  it("says why a date has no status: less than 365 days of data behind it", () => {
    const rows = [...LEDGER];
    rows[1] = [...rows[1], "=BAR.LIQUIDITYCHECK(A2:A5,B2:B5,100)"];
    expect(valueAt(buildSheet(rows), "C2")).toMatchObject({
      type: "NA",
      message: expect.stringContaining("Argument dates: the balances start on 2024-01-01"),
    });
  });

  it("lets IF and COUNTIF build on the language-independent codes", () => {
    const rows = [...LEDGER];
    rows[1] = [...rows[1], "=BAR.LIQUIDITYCHECK(A2:A5,B2:B5,100)"];
    const hf = buildSheet([...rows, [null, null, '=COUNTIF(C4:C5,"*BELOW*")']]);
    expect(valuesAt(hf, "C4:C6")).toEqual([["AVERAGE_BELOW_FLOOR"], ["BOTH_BELOW_FLOOR"], [2]]);
  });

  it("spills across when the dates run along a row", () => {
    const hf = buildSheet([LEDGER_DATES, LEDGER_BALANCES, ["=BAR.LIQUIDITYCHECK(A1:D1,A2:D2,60)"]]);
    expect(valuesAt(hf, "C3:D3")).toEqual([["OK", "BALANCE_BELOW_FLOOR"]]);
  });

  it("leaves blank rows blank", () => {
    const rows = [...LEDGER, [null, null]];
    rows[1] = [...rows[1], "=BAR.LIQUIDITYCHECK(A2:A6,B2:B6,60)"];
    expect(valueAt(buildSheet(rows), "C6")).toBe("");
  });
});

describe("BAR.LIKVIDITETSTJEK in Danish Excel", () => {
  it("gives the same codes with the Danish name, ; and a decimal comma", () => {
    const rows = [...LEDGER];
    rows[1] = [...rows[1], "=BAR.LIKVIDITETSTJEK(A2:A5;B2:B5;80,5)"];
    const hf = buildSheet(rows, { language: "daDK" });
    expect(codes(valuesAt(hf, "C2:C5"))).toEqual([
      "NA",
      "BOTH_BELOW_FLOOR",
      "AVERAGE_BELOW_FLOOR",
      "BALANCE_BELOW_FLOOR",
    ]);
  });
});
