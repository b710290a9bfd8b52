import fc from "fast-check";
import {
  checkStrategy,
  headroomAndCashStrategy,
  type Strategy,
  type StrategyStatus,
} from "../../src/engine/strategy";
import { thrownBy } from "../support/thrownBy";

const hedensted = headroomAndCashStrategy();
const statuses = (headroom: (number | null)[], cash: (number | null)[], strategy: Strategy = hedensted) =>
  checkStrategy({ headroom, cash }, strategy).map((check) => check.status);

describe("checkStrategy with Hedensted's 2020 strategy", () => {
  it("breaches when headroom is below 70", () => {
    expect(statuses([69.9], [500])).toEqual(["BREACH"]);
  });

  it("breaches when disposable cash is below 100", () => {
    expect(statuses([150], [99])).toEqual(["BREACH"]);
  });

  it("is below optimal between 70 and 100 headroom", () => {
    expect(statuses([85], [150])).toEqual(["BELOW_OPTIMAL"]);
  });

  it("is OK at or above the optimum with enough cash", () => {
    expect(statuses([120], [150])).toEqual(["OK"]);
  });

  it("lets a value exactly at a threshold meet it", () => {
    expect(statuses([70, 100], [100, 100])).toEqual(["BELOW_OPTIMAL", "OK"]);
  });

  it("checks every year on its own", () => {
    expect(statuses([50, 80, 110], [200, 200, 50])).toEqual(["BREACH", "BELOW_OPTIMAL", "BREACH"]);
  });

  it("names every failed rule of a year", () => {
    const [check] = checkStrategy({ headroom: [60], cash: [50] }, hedensted);
    expect(check.status === "BREACH" && check.failedRules.map((rule) => rule.id)).toEqual([
      "minHeadroom",
      "minCash",
      "optimalHeadroom",
    ]);
  });

  it("marks a year without a number as missing, not as zero", () => {
    expect(checkStrategy({ headroom: [null], cash: [150] }, hedensted)).toEqual([
      { status: "MISSING", missingMeasures: ["headroom"] },
    ]);
  });

  it("gives no years for empty series", () => {
    expect(statuses([], [])).toEqual([]);
  });

  it("handles negative headroom (a deficit)", () => {
    expect(statuses([-25], [150])).toEqual(["BREACH"]);
  });
});

describe("strategies as data", () => {
  it("uses another council's thresholds", () => {
    expect(statuses([50], [60], headroomAndCashStrategy(40, 60, 50))).toEqual(["BELOW_OPTIMAL"]);
  });

  it("evaluates an at-most rule, e.g. a ceiling on the tax rate", () => {
    const strategy: Strategy = {
      name: "Pejlemærke",
      rules: [
        { id: "taxCeiling", measure: "taxRate", comparison: "atMost", threshold: 25.5, severity: "BREACH" },
      ],
    };
    expect(checkStrategy({ taxRate: [25.5, 25.6] }, strategy).map((check) => check.status)).toEqual([
      "OK",
      "BREACH",
    ]);
  });

  it("rejects an optimum below the minimum", () => {
    expect(thrownBy(() => headroomAndCashStrategy(100, 70, 100)).problem).toEqual({
      code: "thresholdOrder",
      other: "minHeadroom",
    });
  });

  it("rejects series of different lengths, naming the shorter one", () => {
    expect(thrownBy(() => checkStrategy({ headroom: [1, 2], cash: [1] }, hedensted)).location.argument).toBe(
      "cash",
    );
  });

  it("rejects a strategy whose measure has no series", () => {
    expect(thrownBy(() => checkStrategy({ headroom: [1] }, hedensted)).problem.code).toBe("missing");
  });

  it("rejects a non-finite value", () => {
    expect(thrownBy(() => statuses([Infinity], [1])).problem.code).toBe("notFinite");
  });
});

describe("checkStrategy invariants", () => {
  const value = fc.double({ min: -1000, max: 1000, noNaN: true });
  const rank: Record<StrategyStatus, number> = { OK: 0, BELOW_OPTIMAL: 1, BREACH: 2 };

  it("never improves a year when headroom or cash falls", () => {
    fc.assert(
      fc.property(value, value, fc.double({ min: 0, max: 500, noNaN: true }), (headroom, cash, drop) => {
        const [before] = statuses([headroom], [cash]) as StrategyStatus[];
        const [lowerHeadroom] = statuses([headroom - drop], [cash]) as StrategyStatus[];
        const [lowerCash] = statuses([headroom], [cash - drop]) as StrategyStatus[];
        return rank[lowerHeadroom] >= rank[before] && rank[lowerCash] >= rank[before];
      }),
    );
  });

  it("is OK exactly when headroom ≥ optimum and cash ≥ minimum", () => {
    fc.assert(
      fc.property(value, value, (headroom, cash) => {
        const [status] = statuses([headroom], [cash]);
        return (status === "OK") === (headroom >= 100 && cash >= 100);
      }),
    );
  });
});
