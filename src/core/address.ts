/** A1-style addresses. Rows and columns here are 1-based, as Excel shows them. */

export function columnLetter(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) return Number.NaN;
    n = n * 26 + (code - 64);
  }
  return n;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

export function rangeAddress(row: number, col: number, rows: number, cols: number): string {
  const first = cellAddress(row, col);
  if (rows <= 1 && cols <= 1) return first;
  return `${first}:${cellAddress(row + rows - 1, col + cols - 1)}`;
}

/** Quote a sheet name for use in a reference (`'Data Kinerja'!A1`). */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
