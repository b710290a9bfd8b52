/** A1 addresses of the cells inside a range argument, for error messages that name the cell. */

const A1_CELL = /^(?:(.*)!)?\$?([A-Za-z]{1,3})\$?(\d+)(?::.*)?$/;

/** The address `rows` below and `columns` right of the top-left cell of `address` ("Ark1!B3:E9" → "Ark1!C5"). */
export function offsetAddress(address: string, rows: number, columns: number): string | undefined {
  const match = A1_CELL.exec(address);
  if (!match) return undefined;
  const [, sheet, letters, digits] = match;
  const column = toColumnNumber(letters.toUpperCase()) + columns;
  const cell = `${toColumnLetters(column)}${Number(digits) + rows}`;
  return sheet ? `${sheet}!${cell}` : cell;
}

function toColumnNumber(letters: string): number {
  let number = 0;
  for (const letter of letters) number = number * 26 + (letter.charCodeAt(0) - 64);
  return number;
}

function toColumnLetters(column: number): string {
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
