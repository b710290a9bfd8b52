import fc from "fast-check";
import { calculateHeadroom, calculateHeadroomFromBlock } from "../../src/engine/headroom";
import { GRANTS, HEADROOM, NET_INTEREST, OPERATING_EXPENDITURE, TAXES } from "../fixtures/operatingBudget";
import { thrownBy } from "../support/thrownBy";

const BUDGET = {
  taxes: TAXES,
  grants: GRANTS,
  operatingExpenditure: OPERATING_EXPENDITURE,
  netInterest: NET_INTEREST,
};

describe("calculateHeadroom", () => {
  it("turns the operating result round so a surplus is positive (golden budget)", () => {
    expect(calculateHeadroom(BUDGET)).toEqual(HEADROOM);
  });

  it("gives a negative headroom for a deficit", () => {
    // −(−1000 − 200 + 1250 + 10) = −60
    expect(
      calculateHeadroom({ taxes: [-1000], grants: [-200], operatingExpenditure: [1250], netInterest: [10] }),
    ).toEqual([-60]);
  });

  it("counts lines that are left out as 0", () => {
    expect(calculateHeadroom({ taxes: [-3000], operatingExpenditure: [2900] })).toEqual([100]);
  });

  it("accepts a municipality that pays into equalisation (grants positive)", () => {
    expect(calculateHeadroom({ taxes: [-5000], grants: [300], operatingExpenditure: [4500] })).toEqual([200]);
  });

  it("accepts net interest received (negative interest)", () => {
    expect(calculateHeadroom({ taxes: [-100], operatingExpenditure: [90], netInterest: [-5] })).toEqual([15]);
  });

  it("gives 0, not −0, for a budget in balance", () => {
    expect(Object.is(calculateHeadroom({ taxes: [0], operatingExpenditure: [0] })[0], 0)).toBe(true);
  });

  it("rejects positive taxes: the sheet uses the other sign convention", () => {
    const error = thrownBy(() => calculateHeadroom({ taxes: [-3000, 3100], grants: [-800, -820] }));
    expect(error.location).toEqual({ argument: "taxes", column: 2 });
    expect(error.problem).toEqual({ code: "incomeSign" });
  });

  it("names the line whose length differs from the taxes", () => {
    const error = thrownBy(() => calculateHeadroom({ taxes: TAXES, netInterest: [20, 25] }));
    expect(error.problem).toEqual({ code: "lengthMismatch", expected: 4, found: 2, other: "taxes" });
    expect(error.location.argument).toBe("netInterest");
  });

  it("rejects an empty taxes line", () => {
    expect(thrownBy(() => calculateHeadroom({ taxes: [] })).problem.code).toBe("emptyRange");
  });

  it("rejects a total beyond Excel's precision", () => {
    const error = thrownBy(() => calculateHeadroom({ taxes: [-9e14], grants: [-9e14] }));
    expect(error.problem.code).toBe("resultTooLarge");
  });
});

describe("calculateHeadroomFromBlock", () => {
  it("sums every line of the block per year (golden budget)", () => {
    const cells = [...TAXES, ...GRANTS, ...OPERATING_EXPENDITURE, ...NET_INTEREST];
    expect(calculateHeadroomFromBlock(cells, 4)).toEqual(HEADROOM);
  });

  it("takes any number of lines, e.g. operating expenditure split by area", () => {
    // −(−3000 − 800 + 2000 + 1000 + 600 + 20) = 180
    expect(calculateHeadroomFromBlock([-3000, -800, 2000, 1000, 600, 20], 1)).toEqual([180]);
  });

  it("names the position of a cell that is not a finite amount", () => {
    const error = thrownBy(() => calculateHeadroomFromBlock([-3000, -2900, Number.NaN, 10], 2));
    expect(error.location).toEqual({ argument: "taxes", column: 3 });
  });

  it("rejects an empty block", () => {
    expect(thrownBy(() => calculateHeadroomFromBlock([], 0)).problem.code).toBe("emptyRange");
  });
});

describe("headroom properties", () => {
  const amount = fc.integer({ min: -1e9, max: 1e9 });
  const budget = fc.integer({ min: 1, max: 8 }).chain((years) =>
    fc.record({
      taxes: fc.array(fc.integer({ min: -1e9, max: 0 }), { minLength: years, maxLength: years }),
      grants: fc.array(amount, { minLength: years, maxLength: years }),
      operatingExpenditure: fc.array(amount, { minLength: years, maxLength: years }),
      netInterest: fc.array(amount, { minLength: years, maxLength: years }),
    }),
  );

  it("gives the same headroom from named lines and from the block, −(sum of the lines)", () => {
    fc.assert(
      fc.property(budget, (lines) => {
        const years = lines.taxes.length;
        const block = [...lines.taxes, ...lines.grants, ...lines.operatingExpenditure, ...lines.netInterest];
        const named = calculateHeadroom(lines);
        expect(calculateHeadroomFromBlock(block, years)).toEqual(named);
        named.forEach((value, year) => {
          const sum =
            lines.taxes[year] +
            lines.grants[year] +
            lines.operatingExpenditure[year] +
            lines.netInterest[year];
          expect(value).toBe(-sum + 0);
        });
      }),
    );
  });

  it("loses exactly what operating expenditure grows by", () => {
    fc.assert(
      fc.property(budget, fc.integer({ min: 0, max: 1e6 }), (lines, growth) => {
        const before = calculateHeadroom(lines);
        const after = calculateHeadroom({
          ...lines,
          operatingExpenditure: lines.operatingExpenditure.map((x) => x + growth),
        });
        after.forEach((value, year) => expect(before[year] - value).toBe(growth));
      }),
    );
  });
});
