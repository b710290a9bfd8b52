import { benchmarkPotential } from "../../src/functions/functions";
import { setCurrentLanguage } from "../../src/i18n/language";
import { excelErrorOf } from "../support/excelErrorOf";

const call = benchmarkPotential as (...args: unknown[]) => unknown;
const PEERS = [[52000, 49500, 61000, 55000]];
const error = (code: CustomFunctions.ErrorCode) => new CustomFunctions.Error(code);

type BadCase = {
  what: string;
  args: unknown[];
  code: string;
  argument: string;
  detail: string;
  addresses?: string[];
};

const CASES: BadCase[] = [
  {
    what: "an own unit cost typed as Danish text",
    args: ["58.000", PEERS, 1200],
    code: "#VALUE!",
    argument: "ownUnitCost",
    detail: 'found the text "58.000"',
  },
  {
    what: "TRUE as own unit cost",
    args: [true, PEERS, 1200],
    code: "#VALUE!",
    argument: "ownUnitCost",
    detail: "found TRUE",
  },
  {
    what: "#N/A as own unit cost (the error survives)",
    args: [error(CustomFunctions.ErrorCode.notAvailable), PEERS, 1200],
    code: "#N/A",
    argument: "ownUnitCost",
    detail: "holds the error #N/A",
  },
  {
    what: "a missing own unit cost",
    args: [null, PEERS, 1200],
    code: "#VALUE!",
    argument: "ownUnitCost",
    detail: "is missing",
  },
  {
    what: "a blank own unit cost cell",
    args: [null, PEERS, 1200],
    addresses: ["FLIS!B2", "FLIS!D2:J2", "FLIS!B3"],
    code: "#N/A",
    argument: "ownUnitCost",
    detail: "cell FLIS!B2: the cell is blank",
  },
  {
    what: "a range as own unit cost",
    args: [[[58000, 59000]], PEERS, 1200],
    code: "#VALUE!",
    argument: "ownUnitCost",
    detail: "1 row × 2 columns",
  },
  {
    what: "a negative own unit cost",
    args: [-58000, PEERS, 1200],
    code: "#VALUE!",
    argument: "ownUnitCost",
    detail: "expected a unit cost of 0 or more",
  },
  {
    what: "a peer written as text",
    args: [58000, [[52000, "n/a", 61000, 55000]], 1200],
    code: "#VALUE!",
    argument: "peerUnitCosts",
    detail: 'found the text "n/a"',
  },
  {
    what: "a peer that is TRUE",
    args: [58000, [[52000, true, 61000, 55000]], 1200],
    code: "#VALUE!",
    argument: "peerUnitCosts",
    detail: "found TRUE",
  },
  {
    what: "#DIV/0! among the peers (the error survives)",
    args: [58000, [[52000, error(CustomFunctions.ErrorCode.divisionByZero), 61000]], 1200],
    code: "#DIV/0!",
    argument: "peerUnitCosts",
    detail: "#DIV/0!",
  },
  {
    what: "a negative peer in a block, naming its cell",
    args: [
      58000,
      [
        [52000, 49500, 61000],
        [-55000, 47000, 53500],
      ],
      1200,
    ],
    code: "#VALUE!",
    argument: "peerUnitCosts",
    detail: "row 2, column 1 of the range: expected a unit cost of 0 or more",
  },
  {
    what: "two peers",
    args: [58000, [[52000, null, 49500, 0]], 1200],
    code: "#N/A",
    argument: "peerUnitCosts",
    detail: "expected at least 3 unit costs",
  },
  {
    what: "an empty peer range",
    args: [58000, [], 1200],
    code: "#VALUE!",
    argument: "peerUnitCosts",
    detail: "the range is empty",
  },
  {
    what: "NaN among the peers",
    args: [58000, [[52000, Number.NaN, 61000]], 1200],
    code: "#VALUE!",
    argument: "peerUnitCosts",
    detail: "finite number",
  },
  {
    what: "a huge volume",
    args: [58000, PEERS, 1e20],
    code: "#VALUE!",
    argument: "volume",
    detail: "larger than",
  },
  {
    what: "a negative volume",
    args: [58000, PEERS, -1200],
    code: "#VALUE!",
    argument: "volume",
    detail: "expected 0 or more",
  },
  {
    what: "a missing volume",
    args: [58000, PEERS, null],
    code: "#VALUE!",
    argument: "volume",
    detail: "is missing",
  },
  {
    what: "a potential beyond Excel's precision from a huge unit cost (blaming the unit cost, not a volume of 1.314)",
    args: [1e15, [[1, 1, 1]], 1.314],
    code: "#VALUE!",
    argument: "ownUnitCost",
    detail: "the result would be larger than 1E15",
  },
  {
    what: "a potential beyond Excel's precision from a huge volume",
    args: [58000, [[1, 1, 1]], 1e15],
    code: "#VALUE!",
    argument: "volume",
    detail: "the result would be larger than 1E15",
  },
  {
    what: "a quantile of 50 (meant as 50 %)",
    args: [58000, PEERS, 1200, 50],
    code: "#VALUE!",
    argument: "quantile",
    detail: "a number from 0 to 1 (a share such as 0.25 or 25 %)",
  },
  {
    what: "a quantile in words",
    args: [58000, PEERS, 1200, "median"],
    code: "#VALUE!",
    argument: "quantile",
    detail: 'found the text "median"',
  },
  {
    what: "a range as quantile",
    args: [58000, PEERS, 1200, [[0.25], [0.5]]],
    code: "#VALUE!",
    argument: "quantile",
    detail: "expected a single value",
  },
];

describe("BAR.BENCHMARKPOTENTIAL bad input", () => {
  beforeAll(() => setCurrentLanguage("en"));

  it.each(CASES)("rejects $what", ({ args, code, argument, detail, addresses }) => {
    const invocation = addresses ? { parameterAddresses: addresses } : undefined;
    const error = excelErrorOf(() => call(args[0], args[1], args[2], args[3] ?? null, invocation));
    expect(error).toEqual({ code, message: expect.stringContaining(`Argument ${argument}`) });
    expect(error.message).toContain(detail);
  });

  it("names the peer's cell when Excel passes the addresses", () => {
    const invocation = { parameterAddresses: ["FLIS!B2", "FLIS!D2:G2", "FLIS!B3"] };
    const error = excelErrorOf(() => call(58000, [[52000, 49500, -61000, 55000]], 1200, null, invocation));
    expect(error.message).toBe(
      "Argument peerUnitCosts, cell FLIS!F2: expected a unit cost of 0 or more, but found a negative number.",
    );
  });

  it("explains too few peers in Danish", () => {
    setCurrentLanguage("da");
    try {
      expect(excelErrorOf(() => call(58000, [[52000, 49500]], 1200, null)).message).toBe(
        "Argumentet andres_enhedsudgifter: forventede mindst 3 enhedsudgifter (tomme celler, 0 og - tæller ikke med), men fandt 2.",
      );
    } finally {
      setCurrentLanguage("en");
    }
  });
});
