import type { CellValue } from "../../engine/workbookProblem";
import { parseAddress } from "../../excel/a1";

/** Where a formula sits. */
export type CellPosition = { sheet: string; row: number; column: number };

/** Read access to the fake workbook, for an evaluator that resolves references itself. */
export type WorkbookReader = { valueAt: (sheet: string, row: number, column: number) => CellValue };

/** One cell changed by a batch or by a user typing, as an evaluator mirror needs it. */
export type CellChange = CellPosition & { value: CellValue; formula: string | null };

/**
 * The hook a spreadsheet engine plugs into (the preview binds HyperFormula here):
 * `cellsChanged` mirrors every change, `evaluate` gives a formula's value when it is read.
 */
export type FormulaEvaluator = {
  evaluate: (formula: string, at: CellPosition, workbook: WorkbookReader) => CellValue;
  /** What a formula elsewhere spills into this empty cell; undefined when nothing does. */
  spillValueAt?: (at: CellPosition) => CellValue | undefined;
  cellsChanged?: (changes: readonly CellChange[]) => void;
  sheetAdded?: (name: string) => void;
  sheetRenamed?: (from: string, to: string) => void;
};

/**
 * The evaluator used when none is plugged in: a formula that is a single cell reference
 * (`=Model!C10`, `='Budget 2025'!$D$4`) shows that cell; any other formula shows #NAME?.
 * A reference to an empty cell is 0, as in Excel ("=A1" of a blank A1 shows 0).
 */
export const referenceEvaluator: FormulaEvaluator = {
  evaluate(formula, at, workbook) {
    const block = parseAddress(formula.slice(1).replace(/\$/g, ""), at.sheet);
    if (!block || block.rows !== 1 || block.columns !== 1) return "#NAME?";
    if (block.sheet === at.sheet && block.row === at.row && block.column === at.column) return "#REF!";
    const value = workbook.valueAt(block.sheet, block.row, block.column);
    return value === "" ? 0 : value;
  },
};
