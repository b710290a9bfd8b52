/** A rectangle of cells, 0-based, on a named sheet. */
export type CellBlock = { sheet: string; row: number; column: number; rows: number; columns: number };

/** The column letters of a 0-based column index: 0 → A, 26 → AA. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** The 0-based index of column letters: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/** A sheet name as it must appear before "!" in an address (quoted when it holds anything but letters and digits). */
export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** The A1 address of a block, with its sheet: `BAR!A1:P8`. */
export function toAddress(block: CellBlock): string {
  const start = `${columnLetters(block.column)}${block.row + 1}`;
  const single = block.rows === 1 && block.columns === 1;
  const end = `${columnLetters(block.column + block.columns - 1)}${block.row + block.rows}`;
  return `${quoteSheet(block.sheet)}!${single ? start : `${start}:${end}`}`;
}

/** The address of one cell inside a block, by 0-based offsets. */
export function cellAddress(block: CellBlock, row: number, column: number): string {
  return toAddress({
    sheet: block.sheet,
    row: block.row + row,
    column: block.column + column,
    rows: 1,
    columns: 1,
  });
}

const ADDRESS =
  /^(?:(?:'((?:[^']|'')+)'|([^!]+))!)?\$?([A-Za-z]{1,3})?\$?(\d+)?(?::\$?([A-Za-z]{1,3})?\$?(\d+)?)?$/;

/** The largest sheet Excel has; whole-column and whole-row addresses extend to it. */
export const SHEET_LIMITS = { rows: 1048576, columns: 16384 } as const;

/**
 * Reads `Sheet!A1:B2`, `'My sheet'!B2`, `A:C` or `3:5`; `defaultSheet` when the address
 * names none. Returns null for anything else.
 */
export function parseAddress(address: string, defaultSheet = ""): CellBlock | null {
  const match = ADDRESS.exec(address.trim());
  if (!match) return null;
  const [, quoted, plain, c1, r1, c2, r2] = match;
  const sheet = quoted !== undefined ? quoted.replace(/''/g, "'") : (plain ?? defaultSheet);
  const hasEnd = c2 !== undefined || r2 !== undefined;
  // Sheet names cannot hold ":", so a colon with nothing after it is a broken range.
  if (!hasEnd && address.includes(":")) return null;
  const cells = c1 !== undefined && r1 !== undefined && (!hasEnd || (c2 !== undefined && r2 !== undefined));
  const wholeColumns = c1 !== undefined && r1 === undefined && c2 !== undefined && r2 === undefined;
  const wholeRows = c1 === undefined && r1 !== undefined && c2 === undefined && r2 !== undefined;
  if (!cells && !wholeColumns && !wholeRows) return null;
  const firstColumn = c1 === undefined ? 0 : columnIndex(c1);
  const lastColumn = c1 === undefined ? SHEET_LIMITS.columns - 1 : columnIndex(c2 ?? c1);
  const firstRow = r1 === undefined ? 0 : Number(r1) - 1;
  const lastRow = r1 === undefined ? SHEET_LIMITS.rows - 1 : Number(r2 ?? r1) - 1;
  if (firstRow < 0 || lastRow < firstRow || lastColumn < firstColumn) return null;
  if (lastRow >= SHEET_LIMITS.rows || lastColumn >= SHEET_LIMITS.columns) return null;
  return {
    sheet,
    row: firstRow,
    column: firstColumn,
    rows: lastRow - firstRow + 1,
    columns: lastColumn - firstColumn + 1,
  };
}
