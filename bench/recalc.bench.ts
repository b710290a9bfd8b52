import type { RawCellContent } from "hyperformula";
import { buildSheet } from "../test/support/sheet";
import { measure } from "./measure";

const LINES = 5000;
const YEARS = ["B", "C", "D", "E"];
const TARGET_ROW = LINES + 2;

/** 5,000 initiatives × 4 years (rows 2…5001) and the targets (row 5002), as a report holds them. */
function lines(): RawCellContent[][] {
  const rows: RawCellContent[][] = [["Name", "2021", "2022", "2023", "2024"]];
  for (let i = 0; i < LINES; i++) rows.push([`I-${i}`, -(i % 7), -(i % 11), -(i % 13), -(i % 17)]);
  rows.push(["Target", -2000, -3000, -5000, -7000]);
  return rows;
}

/** Net outstanding with carry-forward by BAR.CARRYFORWARD: one formula spilling four years. */
function withBar(): RawCellContent[][] {
  const rows = lines();
  rows.push([null, `=BAR.CARRYFORWARD(B${TARGET_ROW}:E${TARGET_ROW},B2:E${LINES + 1})`]);
  return rows;
}

/**
 * The same in native formulas, as the status report writes them: achieved per year, the
 * effective target (the target plus what the year before carried), and what is outstanding.
 */
function native(): RawCellContent[][] {
  const rows = lines();
  const achieved = YEARS.map((column) => `=SUM(${column}2:${column}${LINES + 1})`);
  const a = TARGET_ROW + 1;
  const effective = YEARS.map((column, at) =>
    at === 0 ? `=${column}${TARGET_ROW}` : `=${column}${TARGET_ROW}+MIN(0,${YEARS[at - 1]}${a + 2})`,
  );
  const outstanding = YEARS.map((column) => `=${column}${a + 1}-${column}${a}`);
  rows.push([null, ...achieved], [null, ...effective], [null, ...outstanding]);
  return rows;
}

/**
 * Recalculation in a real spreadsheet engine (issue 12): after a one-cell edit in a
 * 5,000-initiative sheet, HyperFormula with BAR.CARRYFORWARD against the same figures in
 * native formulas only. HyperFormula recalculates on `setCellContents`, so the edit is timed.
 */
export function runRecalcBench(): void {
  const bar = buildSheet(withBar());
  const plain = buildSheet(native());
  let flip = 0;
  const edit = (hf: ReturnType<typeof buildSheet>) => () => {
    flip++;
    hf.setCellContents({ sheet: 0, row: 100, col: 2 }, [[-(flip % 5)]]);
    return flip;
  };
  // Both sheets must give the same figures, or the comparison says nothing.
  const row = (hf: ReturnType<typeof buildSheet>, at: number) =>
    hf.getRangeValues({ start: { sheet: 0, row: at, col: 1 }, end: { sheet: 0, row: at, col: 4 } })[0];
  const same = JSON.stringify(row(bar, TARGET_ROW)) === JSON.stringify(row(plain, TARGET_ROW + 2));
  if (!same)
    throw new Error(
      `The two sheets disagree: ${JSON.stringify([row(bar, TARGET_ROW), row(plain, TARGET_ROW + 2)])}`,
    );
  const withBarTiming = measure("one-cell edit, BAR.CARRYFORWARD", edit(bar), 31, 5);
  const nativeTiming = measure("one-cell edit, native formulas", edit(plain), 31, 5);
  console.log(
    `\nRecalculation in HyperFormula after a one-cell edit (issue 12), ${LINES.toLocaleString("en")} initiatives × 4 years`,
  );
  for (const timing of [withBarTiming, nativeTiming])
    console.log(`${timing.name.padEnd(58)} ${timing.medianMs.toFixed(2).padStart(9)} ms`);
  console.log(
    `BAR's formula / native formulas: ${(withBarTiming.medianMs / nativeTiming.medianMs).toFixed(2)} (printed, no goal)`,
  );
}
