/** The few styles every sheet we write shares, so the workbook looks like one document. */
import type { CellStyle } from '../plan/plan';

export const STYLE = {
  title: { bold: true, fontSize: 14, fontColor: '1F3864' },
  subtitle: { bold: true, fontSize: 11, fontColor: '404040' },
  instruction: { italic: true, fontColor: '595959', wrap: true, vAlign: 'top' },
  header: { bold: true, fill: 'DDEBF7', border: 'thin', wrap: true, vAlign: 'middle', hAlign: 'center' },
  group: { bold: true, fill: 'BDD7EE', border: 'thin', hAlign: 'center', vAlign: 'middle' },
  body: { border: 'thin', vAlign: 'top', wrap: true },
  total: { bold: true, fill: 'F2F2F2', border: 'thin' },
  label: { bold: true, border: 'thin', vAlign: 'top' },
} as const satisfies Record<string, CellStyle>;

export const TAB = {
  settings: '7F7F7F',
  sop: '2F75B5',
  document: '70AD47',
  data: 'ED7D31',
  report: 'C00000',
} as const;

/** Rows of the standard layout of a table sheet we create. */
export const LAYOUT = {
  titleRow: 1,
  subtitleRow: 2,
  instructionRow: 3,
  groupRow: 4,
  headerRow: 5,
  firstDataRow: 6,
  /** Rows below the data that get dropdowns and formats, ready to be filled. */
  readyRows: 300,
} as const;

/** Points per line of 11-pt text, and the smallest row height Excel uses. */
const LINE_HEIGHT = 14.5;
const MIN_ROW_HEIGHT = 15;

/**
 * A row height that shows every wrapped line: LibreOffice and Excel do not always grow a
 * row to fit wrapped text when a file is opened, so we set it. `widths` are in characters.
 */
export function rowHeightFor(cells: readonly unknown[], widths: readonly number[]): number {
  let lines = 1;
  cells.forEach((cell, i) => {
    if (typeof cell !== 'string' || cell === '') return;
    const width = Math.max(1, (widths[i] ?? 10) * 1.15);
    const cellLines = cell
      .split('\n')
      .reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / width)), 0);
    lines = Math.max(lines, cellLines);
  });
  return lines <= 1 ? MIN_ROW_HEIGHT : Math.ceil(lines * LINE_HEIGHT + 2);
}
