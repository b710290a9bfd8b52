import { headroom, liquidityAverage } from "../../src/functions/functions";
import { setCurrentLanguage } from "../../src/i18n/language";
import { excelErrorOf } from "../support/excelErrorOf";
import { AVERAGE_2024_12_31, AVERAGE_2025_02_12, LEDGER_BALANCES, LEDGER_DATES } from "../fixtures/liquidity";
import { GRANTS, HEADROOM, NET_INTEREST, OPERATING_EXPENDITURE, TAXES } from "../fixtures/operatingBudget";

// Excel passes `null` for an optional argument left out (custom-functions-parameter-options.md,
// "Optional parameters"); what `parameterAddresses` holds for it is not documented. These calls
// give the left-out arguments addresses, empty strings or nothing, and the result must not change.
const callHeadroom = headroom as (...args: unknown[]) => unknown;
const callAverage = liquidityAverage as (...args: unknown[]) => unknown;
const BLOCK = [TAXES, GRANTS, OPERATING_EXPENDITURE, NET_INTEREST];
const DATES = LEDGER_DATES.map((date) => [date]);
const BALANCES = LEDGER_BALANCES.map((balance) => [balance]);

const ADDRESSES_OF_LEFT_OUT = [
  ["no invocation", undefined],
  ["addresses only for the given argument", ["Budget!C5:F8"]],
  ["an address for every parameter", ["Budget!C5:F8", "Budget!C9", "Budget!C10", "Budget!C11"]],
  ["empty strings for the left-out ones", ["Budget!C5:F8", "", "", ""]],
] as const;

beforeAll(() => setCurrentLanguage("en"));

describe("BAR.HEADROOM tells its two forms by the arguments' values", () => {
  it.each(ADDRESSES_OF_LEFT_OUT)("takes taxes alone as the block of budget lines (%s)", (_, addresses) => {
    const invocation = addresses && { parameterAddresses: [...addresses] };
    expect(callHeadroom(BLOCK, null, null, null, invocation)).toEqual([HEADROOM]);
  });

  it("takes taxes alone as the block when Excel leaves the trailing arguments undefined", () => {
    expect(callHeadroom(BLOCK)).toEqual([HEADROOM]);
  });

  it("takes the lines one by one as soon as a second line is given, without any addresses", () => {
    expect(callHeadroom([TAXES], [GRANTS], [OPERATING_EXPENDITURE], [NET_INTEREST])).toEqual([HEADROOM]);
  });

  it("takes the lines one by one when a middle argument is left out", () => {
    const expected = TAXES.map((tax, year) => -(tax + OPERATING_EXPENDITURE[year]));
    expect(callHeadroom([TAXES], null, [OPERATING_EXPENDITURE], null)).toEqual([expected]);
  });

  it("counts a given row of blank cells as a line, not as a left-out argument", () => {
    expect(callHeadroom([TAXES], [[null, null, null, null]], null, null)).toEqual([TAXES.map((tax) => -tax)]);
  });

  it("checks the sign of the taxes in the line form only", () => {
    const positive = [TAXES.map((tax) => -tax)];
    expect(excelErrorOf(() => callHeadroom(positive, [GRANTS], null, null)).message).toContain(
      "taxes are income",
    );
    expect(callHeadroom([positive[0], GRANTS], null, null, null)).toEqual([
      positive[0].map((tax, year) => -(tax + GRANTS[year])),
    ]);
  });

  it("names the cell of a bad amount in the block form, with addresses given for the left-out arguments", () => {
    const block = [TAXES, [GRANTS[0], "x", GRANTS[2], GRANTS[3]]];
    const invocation = { parameterAddresses: ["Budget!C5:F6", "Budget!C9", "Budget!C10", "Budget!C11"] };
    expect(excelErrorOf(() => callHeadroom(block, null, null, null, invocation)).message).toContain(
      'Argument taxes, cell Budget!D6: expected a number but found the text "x"',
    );
  });

  it("names the cell of a bad amount in the line form", () => {
    const invocation = { parameterAddresses: ["Budget!C5:F5", "", "Budget!C7:F7"] };
    const error = excelErrorOf(() => callHeadroom([TAXES], null, [[1, 2, "-3.100", 4]], null, invocation));
    expect(error.message).toContain(
      'Argument operatingExpenditure, cell Budget!E7: expected a number but found the text "-3.100"',
    );
  });
});

describe("BAR.LIQUIDITYAVERAGE tells a left-out as-of day by its value", () => {
  it.each([
    ["no invocation", undefined],
    ["an address for the left-out as-of day", ["Kasse!A2:A5", "Kasse!B2:B5", "Kasse!D2"]],
    ["an empty string for it", ["Kasse!A2:A5", "Kasse!B2:B5", ""]],
  ] as const)("averages up to the last date when asOf is left out (%s)", (_, addresses) => {
    const invocation = addresses && { parameterAddresses: [...addresses] };
    const [[average]] = callAverage(DATES, BALANCES, null, invocation) as number[][];
    expect(average).toBeCloseTo(AVERAGE_2025_02_12, 10);
  });

  it("averages up to the last date when Excel leaves asOf undefined", () => {
    const [[average]] = callAverage(DATES, BALANCES) as number[][];
    expect(average).toBeCloseTo(AVERAGE_2025_02_12, 10);
  });

  it.each([
    ["the web (null)", null],
    ["desktop (0)", 0],
  ])("gives an empty cell for a blank as-of cell as %s passes it, with no address", (_, blank) => {
    expect(callAverage(DATES, BALANCES, [[blank]])).toEqual([[""]]);
  });

  it("averages up to a given as-of day without any addresses", () => {
    const [[average]] = callAverage(DATES, BALANCES, [[45657]]) as number[][];
    expect(average).toBeCloseTo(AVERAGE_2024_12_31, 10);
  });

  it("names the cell of a bad as-of day", () => {
    const invocation = { parameterAddresses: ["Kasse!A2:A5", "Kasse!B2:B5", "Kasse!D2:D3"] };
    const error = excelErrorOf(() => callAverage(DATES, BALANCES, [[45657], ["i dag"]], invocation));
    expect(error).toEqual({
      code: "#VALUE!",
      message: expect.stringContaining("Argument asOf, cell Kasse!D3"),
    });
  });
});
