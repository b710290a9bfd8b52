import fc from "fast-check";
import { scenario } from "../../src/functions/functions";
import { formatRange } from "../../src/engine/parseRange";
import { amountIn } from "../support/exactArbitraries";
import { installCustomFunctionsStandIn } from "../../src/preview/hyperformula/customFunctionsStandIn";
import { buildSheet, valueAt, valuesAt } from "../support/sheet";

installCustomFunctionsStandIn();

/** Seed 002's targets and two initiatives, with the initiatives "not estimated yet" given ranges as an illustration. */
const PLAN = [
  ["1.000 kr.", 2021, 2022, 2023, 2024],
  ["Reduction target", -2000, -3000, -5000, -7000],
  ["Measures for young people", -977, -1257, -1257, -1257],
  ["Expected, not yet allocated", -1023, -1023, -1023, -1023],
  ["Contract basis", 0, "-1.000 til -500", "-1.000 til -500", "-1.000 til -500"],
];

describe("BAR.SCENARIO in a spreadsheet", () => {
  it("turns numbers, ranges and unknowns into the numbers of a case", () => {
    const hf = buildSheet([
      [-977, "-600 til -300", "-", null, "7,5-14,5"],
      ['=BAR.SCENARIO(A1:E1,"pessimistic")'],
    ]);
    expect(valuesAt(hf, "A2:B2")).toEqual([[-977, -300]]);
    expect(valueAt(hf, "C2")).toMatchObject({ type: "NA", message: expect.stringContaining("cell Ark1!C1") });
    // A cost at its dearest.
    expect(valuesAt(hf, "E2:E2")).toEqual([[14.5]]);
  });

  it("takes the lower end as pessimistic for headroom", () => {
    const hf = buildSheet([["60-80", "-1,500 to -900"], ['=BAR.SCENARIO(A1:B1,"pessimistic","lower")']]);
    expect(valuesAt(hf, "A2:B2")).toEqual([[60, -1500]]);
  });

  it("composes with BAR.CARRYFORWARD, each case carried forward on its own", () => {
    const rows = [
      ...PLAN,
      ['=BAR.CARRYFORWARD(B2:E2,BAR.SCENARIO(B3:E5,"pessimistic"))'],
      ['=BAR.CARRYFORWARD(B2:E2,BAR.SCENARIO(B3:E5,"expected"))'],
      ['=BAR.CARRYFORWARD(B2:E2,BAR.SCENARIO(B3:E5,"optimistic"))'],
    ];
    const hf = buildSheet(rows.map((row) => (row.length === 1 ? [null, ...row] : row)));
    // 2022: the pessimistic case finds 2,780 of 3,000, and the 220 missing go onto 2023's target.
    expect(valuesAt(hf, "B6:E8")).toEqual([
      [0, -220, -2440, -6660],
      [0, 30, -1970, -5940],
      [0, 280, -1720, -5440],
    ]);
  });

  it("keeps an unknown from becoming 0 in the carry-forward", () => {
    const hf = buildSheet([
      [-2000, -3000],
      [-977, "-"],
      ['=BAR.CARRYFORWARD(A1:B1,BAR.SCENARIO(A2:B2,"expected"))'],
    ]);
    expect(valueAt(hf, "A3")).toMatchObject({ type: "NA" });
  });
});

describe("BAR.SCENARIE in Danish Excel", () => {
  it("takes Danish names, ; and the Danish case names", () => {
    const hf = buildSheet(
      [
        [-977, "-600 til -300", "7,5-14,5"],
        ['=BAR.SCENARIE(A1:C1;"forventet")'],
        ['=BAR.OVERFØR(A1:C1;BAR.SCENARIE(A1:C1;"optimistisk"))'],
      ],
      { language: "daDK" },
    );
    expect(valuesAt(hf, "A2:C2")).toEqual([[-977, -450, 11]]);
  });

  it("explains a low end above the high end in Danish", () => {
    const hf = buildSheet([["-300 til -600"], ['=BAR.SCENARIE(A1;"pessimistisk")']], { language: "daDK" });
    expect(valueAt(hf, "A2")).toMatchObject({
      message: expect.stringContaining("den laveste ende -300 er over den højeste -600"),
    });
  });
});

describe("BAR.SCENARIO properties", () => {
  // A range of width 0 is written as the plain number (formatRange), which BAR.SCENARIO refuses as text; the next test covers it.
  const range = fc
    .tuple(amountIn("thousands"), amountIn("thousands"))
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => ({ low: Math.min(a, b), high: Math.max(a, b) }));

  it("orders the cases: pessimistic ≥ expected ≥ optimistic where higher is worse, the reverse where lower is", () => {
    fc.assert(
      fc.property(range, fc.constantFrom<"da" | "en">("da", "en"), (value, language) => {
        const cell = [[formatRange(value, language)]];
        const [p, e, o] = ["pessimistic", "expected", "optimistic"].map(
          (name) => scenario(cell, name, null)[0][0] as number,
        );
        expect([p, o]).toEqual([value.high, value.low]);
        expect(p).toBeGreaterThanOrEqual(e);
        expect(e).toBeGreaterThanOrEqual(o);
        const lower = ["pessimistic", "optimistic"].map((name) => scenario(cell, name, "lower")[0][0]);
        expect(lower).toEqual([value.low, value.high]);
      }),
    );
  });

  it("gives a range of width 0 as the number in every case", () => {
    fc.assert(
      fc.property(amountIn("kr"), fc.constantFrom("til", "to"), (value, word) => {
        const text = formatRange({ low: value, high: value + 1 }, word === "til" ? "da" : "en").split(
          ` ${word} `,
        )[0];
        for (const name of ["pessimistic", "expected", "optimistic"]) {
          expect(scenario([[`${text} ${word} ${text}`, value]], name, null)).toEqual([[value, value]]);
        }
      }),
    );
  });
});
