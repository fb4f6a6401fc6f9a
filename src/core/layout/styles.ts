/** The few styles every sheet we write shares, so the workbook looks like one document. */
import type { CellStyle, WriteOp } from '../plan/plan';

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

/**
 * The start of a report sheet we rebuild (a LAKIP table, a rekap sheet): the sheet made (as
 * the Temuan plan does: it exists first, the xlsx adapter clears only an existing one), cleared,
 * and its caption and subtitle centred over the table's width in rows 1 and 2.
 */
export function reportSheetStart(sheet: string, width: number, caption: string, subtitle: string): WriteOp[] {
  const titled = (row: number, text: string, style: CellStyle): WriteOp[] => [
    { op: 'setValues', sheet, row, col: 1, values: [[text]] },
    { op: 'mergeCells', sheet, row, col: 1, rows: 1, cols: width },
    { op: 'setStyle', sheet, row, col: 1, rows: 1, cols: width, style },
  ];
  return [
    { op: 'ensureSheet', sheet, tabColor: TAB.report },
    { op: 'clearSheet', sheet },
    ...titled(LAYOUT.titleRow, caption, { ...STYLE.title, hAlign: 'center', wrap: true }),
    ...titled(LAYOUT.subtitleRow, subtitle, { ...STYLE.subtitle, hAlign: 'center' }),
  ];
}
