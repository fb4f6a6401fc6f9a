/**
 * An exceljs workbook as a WorkbookSnapshot: cell values only, as Excel shows them.
 */
import { numberCell } from '../../core/number-format';
import type ExcelJS from 'exceljs';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../core/snapshot';

export { loadWorkbook } from './workbook';

/**
 * Every sheet in tab order, hidden ones included (`hidden: true`). Rows start at A1 and
 * trailing empty cells and rows are trimmed. Formulas give their cached result; errors are
 * ErrorValues; numbers follow core's one rule (`numberCell`: dates DateValues, times of day
 * and durations the number Excel stores, `%` PercentValues, the 1904 date system too); rich
 * text and hyperlinks their plain text. A merged area holds its value at the top-left cell
 * only. An empty string counts as an empty cell (Excel shows no difference).
 */
export function readSnapshot(wb: ExcelJS.Workbook): WorkbookSnapshot {
  const date1904 = wb.properties.date1904 === true;
  return { sheets: wb.worksheets.map((ws) => readSheet(ws, date1904)) };
}

function readSheet(ws: ExcelJS.Worksheet, date1904: boolean): SheetSnapshot {
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.master !== cell) return; // covered by a merge
      const value = readCell(cell, date1904);
      if (value === null) return;
      while (cells.length < colNumber - 1) cells.push(null);
      cells[colNumber - 1] = value;
    });
    if (cells.length === 0) return;
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = cells;
  });
  const hidden = ws.state === 'hidden' || ws.state === 'veryHidden';
  return hidden ? { name: ws.name, rows, hidden: true } : { name: ws.name, rows };
}

type Scalar = number | string | boolean | Date | ExcelJS.CellErrorValue | undefined;

function readCell(cell: ExcelJS.Cell, date1904: boolean): CellValue {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return fromScalar(value, cell.numFmt, date1904);
  if ('error' in value) return { kind: 'error', code: value.error };
  if ('richText' in value) return nonEmpty(value.richText.map((run) => run.text).join(''));
  if ('hyperlink' in value) return nonEmpty(plainText(value.text));
  if ('formula' in value || 'sharedFormula' in value) return fromScalar(value.result, cell.numFmt, date1904);
  return null;
}

function fromScalar(value: Scalar, numFmt: string | undefined, date1904: boolean): CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return numberCell(value, numFmt, date1904);
  if (typeof value === 'string') return nonEmpty(value);
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) {
    // exceljs turned the stored number into a Date because it calls the format a date (its
    // test counts `h:mm` too): the serial back, in the date system exceljs used, then the rule.
    const ms = value.getTime();
    return Number.isFinite(ms) ? numberCell(serialOf(ms, date1904), numFmt, date1904) : null;
  }
  return { kind: 'error', code: value.error };
}

/** exceljs's dateToExcel: the serial of a Date it made from a cell's number. */
function serialOf(ms: number, date1904: boolean): number {
  return 25569 + ms / 86_400_000 - (date1904 ? 1462 : 0);
}

/** exceljs may give a rich text object even where its typings say string (hyperlink text). */
function plainText(text: unknown): string {
  if (typeof text === 'string') return text;
  if (typeof text === 'object' && text !== null && 'richText' in text && Array.isArray(text.richText)) {
    return (text.richText as { text?: unknown }[])
      .map((run) => (typeof run.text === 'string' ? run.text : ''))
      .join('');
  }
  return '';
}

function nonEmpty(text: string): string | null {
  return text === '' ? null : text;
}

/** A date as the snapshot holds it: UTC components, rounded to whole seconds; null when invalid. */
export function fromDate(d: Date): CellValue {
  const ms = d.getTime();
  if (!Number.isFinite(ms)) return null;
  const t = new Date(Math.round(ms / 1000) * 1000);
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  const date = `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
  const h = t.getUTCHours();
  const m = t.getUTCMinutes();
  const s = t.getUTCSeconds();
  return {
    kind: 'date',
    iso: h === 0 && m === 0 && s === 0 ? date : `${date}T${pad(h)}:${pad(m)}:${pad(s)}`,
  };
}
