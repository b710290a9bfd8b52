import type { RawCellContent } from "hyperformula";
import {
  SEED_002_INITIATIVES,
  SEED_002_NET_WITHOUT_CARRY,
  SEED_002_NET_WITH_CARRY,
  SEED_002_TARGETS,
  SEED_002_YEARS,
} from "../fixtures/seed002";
import { buildSheet, valueAt, valuesAt } from "../support/sheet";

/**
 * The seed 002 status table as an analyst lays it out: years in row 1, the target in
 * row 2, the initiatives in rows 3–9, the formulas below.
 */
function seedTable(formulas: RawCellContent[][]): RawCellContent[][] {
  return [
    ["1.000 kr.", ...SEED_002_YEARS],
    ["Reduktionsmål", ...SEED_002_TARGETS],
    ...SEED_002_INITIATIVES.map((line) => [line.name, ...line.effects]),
    ...formulas,
  ];
}

describe("BAR.CARRYFORWARD in a spreadsheet", () => {
  it("gives the seed table's net outstanding with mode none", () => {
    const hf = buildSheet(seedTable([["Netto", '=BAR.CARRYFORWARD(B2:E2,B3:E9,"none")']]));
    expect(valuesAt(hf, "B10:E10")).toEqual([SEED_002_NET_WITHOUT_CARRY]);
  });

  it("gives the golden carry-forward numbers by default", () => {
    const hf = buildSheet(seedTable([["Netto", "=BAR.CARRYFORWARD(B2:E2,B3:E9)"]]));
    expect(valuesAt(hf, "B10:E10")).toEqual([SEED_002_NET_WITH_CARRY]);
  });

  it("spills four detail rows: effective target, achieved, outstanding, carried", () => {
    const hf = buildSheet(seedTable([["Detalje", "=BAR.CARRYFORWARD(B2:E2,B3:E9,,TRUE())"]]));
    expect(valuesAt(hf, "B10:E13")).toEqual([
      [-2000, -3000, -5720, -10440],
      [-2000, -2280, -2280, -2280],
      [0, -720, -3440, -8160],
      [0, -720, -3440, -8160],
    ]);
  });

  it("spills down a column when the targets are a column", () => {
    const hf = buildSheet([
      [-2000, -977, -1023],
      [-3000, -1257, -1023],
      [-5000, -1257, -1023],
      [-7000, -1257, -1023],
      ["=BAR.CARRYFORWARD(A1:A4,B1:C4)"],
    ]);
    expect(valuesAt(hf, "A5:A8")).toEqual([[0], [-720], [-3440], [-8160]]);
  });

  it("shows #SPILL! when a cell in the spill area is taken", () => {
    const hf = buildSheet(seedTable([["Netto", "=BAR.CARRYFORWARD(B2:E2,B3:E9)", null, "optaget"]]));
    expect(valueAt(hf, "B10")).toMatchObject({ type: "SPILL" });
  });

  it("updates when an initiative's effect is edited", () => {
    const hf = buildSheet(seedTable([["Netto", "=BAR.CARRYFORWARD(B2:E2,B3:E9)"]]));
    hf.setCellContents(hf.simpleCellAddressFromString("C5", 0)!, -720); // Contract basis finds 720 in 2022.
    expect(valuesAt(hf, "B10:E10")).toEqual([[0, 0, -2720, -7440]]);
  });

  it("explains a text amount with the cell's address", () => {
    const hf = buildSheet(seedTable([["Netto", "=BAR.CARRYFORWARD(B2:E2,B3:E9)"]]));
    hf.setCellContents(hf.simpleCellAddressFromString("C4", 0)!, "1.257 kr");
    expect(valueAt(hf, "B10")).toMatchObject({
      type: "VALUE",
      message: expect.stringContaining(
        'Argument achieved, cell Ark1!C4: expected a number but found the text "1.257 kr"',
      ),
    });
  });

  it("passes an error in an effect cell on, with a message naming the cell", () => {
    const hf = buildSheet(seedTable([["Netto", "=BAR.CARRYFORWARD(B2:E2,B3:E9)"]]));
    hf.setCellContents(hf.simpleCellAddressFromString("D4", 0)!, "=NA()");
    expect(valueAt(hf, "B10")).toMatchObject({
      type: "NA",
      message: expect.stringContaining("cell Ark1!D4"),
    });
  });

  it("treats empty cells the same whether the host passes null (web) or 0 (desktop)", () => {
    const rows = seedTable([["Netto", "=BAR.CARRYFORWARD(B2:E2,B3:E9)"]]).map((row) =>
      row.map((cell) => (cell === "-" ? null : cell)),
    );
    const web = valuesAt(buildSheet(rows, { emptyCells: "web" }), "B10:E10");
    const desktop = valuesAt(buildSheet(rows, { emptyCells: "desktop" }), "B10:E10");
    expect([web, desktop]).toEqual([[SEED_002_NET_WITH_CARRY], [SEED_002_NET_WITH_CARRY]]);
  });
});

describe("BAR.OVERFØR in Danish Excel", () => {
  it("gives the golden numbers with Danish names and ; separators", () => {
    const hf = buildSheet(
      seedTable([
        ["Netto", '=BAR.OVERFØR(B2:E2;B3:E9;"none")'],
        ["Med", "=BAR.OVERFØR(B2:E2;B3:E9)"],
      ]),
      {
        language: "daDK",
      },
    );
    expect(valuesAt(hf, "B10:E11")).toEqual([SEED_002_NET_WITHOUT_CARRY, SEED_002_NET_WITH_CARRY]);
  });

  it("explains bad input in Danish with the Danish argument name", () => {
    const hf = buildSheet(seedTable([["Netto", '=BAR.OVERFØR(B2:E2;B3:E9;"overfør")']]), {
      language: "daDK",
    });
    expect(valueAt(hf, "B10")).toMatchObject({ message: expect.stringContaining("Argumentet regel") });
  });
});
