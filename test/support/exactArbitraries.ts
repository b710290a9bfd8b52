import fc from "fast-check";

/** The two units of the documents: kr. (with øre) and 1.000 kr. */
export type Unit = "kr" | "thousands";

/** The largest amount generated in each unit: a municipality's budget, not Excel's limit. */
const LARGEST: Record<Unit, number> = { kr: 5_000_000_000, thousands: 5_000_000 };

/** A whole number of hundredths (or tenths), as the decimal a cell would hold. */
function fromUnits(units: number, decimals: 1 | 2): number {
  return Number(
    `${units < 0 ? "-" : ""}${Math.trunc(Math.abs(units) / 10 ** decimals)}.${String(Math.abs(units) % 10 ** decimals).padStart(decimals, "0")}`,
  );
}

/** An amount with 1 or 2 decimals (or none) in `unit`, as typed into a cell. */
export function amountIn(unit: Unit, largest = LARGEST[unit]): fc.Arbitrary<number> {
  return fc.oneof(
    fc.integer({ min: -largest, max: largest }),
    fc.integer({ min: -largest * 10, max: largest * 10 }).map((units) => fromUnits(units, 1)),
    fc.integer({ min: -largest * 100, max: largest * 100 }).map((units) => fromUnits(units, 2)),
  );
}

/** A small amount with 1–2 decimals, where binary doubles go wrong most often (0,1, 0,2, 0,3 …). */
export const smallDecimal: fc.Arbitrary<number> = fc
  .integer({ min: -1000, max: 1000 })
  .map((units) => fromUnits(units, 2));

/** Amounts with 1–2 decimals that add up exactly (in decimals) to `total`. */
export function exactlyOnTotal(total: number, unit: Unit, maxLength = 8): fc.Arbitrary<number[]> {
  const decimals = fc.constantFrom<1 | 2>(1, 2);
  return decimals.chain((places) =>
    fc
      .array(fc.integer({ min: -LARGEST[unit], max: LARGEST[unit] }), {
        minLength: 1,
        maxLength: maxLength - 1,
      })
      .map((parts) => {
        const scale = 10 ** places;
        const units = parts.map((part) => part * (scale / 10) + (part % 7));
        const last = Math.round(total * scale) - units.reduce((sum, each) => sum + each, 0);
        return [...units, last].map((each) => fromUnits(each, places));
      }),
  );
}

/** The two ways the sheets write reductions: negative (the documents) or positive. */
export const signConvention: fc.Arbitrary<1 | -1> = fc.constantFrom<1 | -1>(-1, 1);
