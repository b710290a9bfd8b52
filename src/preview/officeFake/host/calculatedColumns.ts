/**
 * Calculated columns, desktop Excel with AutoCorrect's default ("Fill formulas in tables to
 * create calculated columns"): a formula written into a cell of an empty table column is
 * copied into every other row of it, and new rows of the table get it too. Office.js writes
 * count as typing here: office-js #2093 (closed "by design"), #5909, #6745. Microsoft's
 * support page "Use calculated columns in an Excel table" states the rule: the formula
 * fills the column when the column is empty; a column that already holds data keeps it.
 */

/** One cell of a table column: its formula, or whether it is blank. */
export type ColumnCell = { formula: string | null; blank: boolean };

/**
 * The rows of a column to fill after a write, and the formula for each: every blank row
 * outside the written rows, when those were the only non-blank cells and one got a formula.
 */
export function calculatedColumnFill(
  cells: readonly ColumnCell[],
  written: { from: number; to: number },
): { row: number; formula: string }[] {
  const source = cells.findIndex((cell, row) => row >= written.from && row < written.to && cell.formula);
  if (source === -1) return [];
  const outside = cells.filter((_, row) => row < written.from || row >= written.to);
  if (outside.some((cell) => !cell.blank)) return [];
  const formula = cells[source].formula as string;
  return cells.flatMap((_, row) =>
    row >= written.from && row < written.to ? [] : [{ row, formula: shiftRows(formula, row - source) }],
  );
}

/**
 * A formula copied `offset` rows down, as Excel fills it: relative row numbers of A1
 * references move, `$`-anchored ones and everything inside string literals stay.
 */
export function shiftRows(formula: string, offset: number): string {
  if (offset === 0) return formula;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(
            /(^|[^A-Za-z0-9_.$])(\$?[A-Za-z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_!])/g,
            (match, before: string, column: string, anchor: string, row: string) =>
              anchor === "$" ? match : `${before}${column}${Number(row) + offset}`,
          ),
    )
    .join("");
}
