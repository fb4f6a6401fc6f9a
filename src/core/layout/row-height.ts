/**
 * Row heights for wrapped text. Excel and LibreOffice do not grow a row to fit wrapped text
 * when a file is opened (and never when it is printed), so every sheet we write sets the
 * height of a row whose text wraps. One model for every sheet: a column `w` characters wide
 * holds `w − 1` characters of 11-pt text per line, bold or not; words wrap at spaces, a word
 * longer than a line is broken. The model is measured on LibreOffice with its fallback fonts
 * (DejaVu, wider than Calibri): a 34-wide column wraps after 34 characters, a bold 16-wide
 * header breaks `Program/Kegiatan` after 15. Excel with Calibri shows a little air, never a
 * cut line.
 */

export const ROW_HEIGHT = {
  /** Points per line of 11-pt text. */
  line: 15,
  /** Points above and below the text. */
  padding: 3,
  /** Excel's default row height. */
  min: 15,
  /** Excel's largest row height. */
  max: 409,
} as const;

/** Characters of text on one line of a column this many characters wide. */
function lineCapacity(widthChars: number): number {
  return Math.max(1, Math.floor(widthChars) - 1);
}

/** Lines a text needs in a column this many characters wide, wrapping at spaces. */
export function linesFor(text: string, widthChars: number): number {
  const usable = lineCapacity(widthChars);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let count = 1;
    let line = 0;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      if (line === 0) line = word.length;
      else if (line + 1 + word.length <= usable) line += 1 + word.length;
      else {
        count++;
        line = word.length;
      }
      while (line > usable) {
        count++;
        line -= usable;
      }
    }
    lines += count;
  }
  return Math.max(1, lines);
}

/** The longest word of a text, in characters (a word that cannot wrap). */
export function longestWord(text: string): number {
  return Math.max(0, ...text.split(/\s+/).map((w) => w.length));
}

/** Whether every word of a text fits on one line of the column (no word is broken). */
export function wordsFit(text: string, widthChars: number): boolean {
  return longestWord(text) <= lineCapacity(widthChars);
}

/** The height of a row showing this many lines. */
export function heightForLines(lines: number): number {
  if (lines <= 1) return ROW_HEIGHT.min;
  return Math.min(ROW_HEIGHT.max, lines * ROW_HEIGHT.line + ROW_HEIGHT.padding);
}

/**
 * A row height that shows every wrapped line of its cells: `cells[i]` sits in a column
 * `widths[i]` characters wide (a merged cell: the sum of its columns). Cells that are not
 * text take one line. A row of one line gets Excel's default height.
 */
export function rowHeightFor(cells: readonly unknown[], widths: readonly number[]): number {
  let lines = 1;
  cells.forEach((cell, i) => {
    if (typeof cell !== 'string' || cell === '') return;
    lines = Math.max(lines, linesFor(cell, widths[i] ?? 10));
  });
  return heightForLines(lines);
}
