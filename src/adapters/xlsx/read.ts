/**
 * An exceljs workbook as a WorkbookSnapshot: cell values only, as Excel shows them.
 */
import { isPercentFormat } from '../../core/number-format';
import type ExcelJS from 'exceljs';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../core/snapshot';

export { loadWorkbook } from './workbook';

/**
 * Every sheet in tab order, hidden ones included (`hidden: true`). Rows start at A1 and
 * trailing empty cells and rows are trimmed. Formulas give their cached result; errors are
 * ErrorValues; dates DateValues (UTC components); numbers shown with `%` PercentValues; rich
 * text and hyperlinks their plain text. A merged area holds its value at the top-left cell
 * only. An empty string counts as an empty cell (Excel shows no difference).
 */
export function readSnapshot(wb: ExcelJS.Workbook): WorkbookSnapshot {
  return { sheets: wb.worksheets.map(readSheet) };
}

function readSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.master !== cell) return; // covered by a merge
      const value = readCell(cell);
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

function readCell(cell: ExcelJS.Cell): CellValue {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return fromScalar(value, cell.numFmt);
  if ('error' in value) return { kind: 'error', code: value.error };
  if ('richText' in value) return nonEmpty(value.richText.map((run) => run.text).join(''));
  if ('hyperlink' in value) return nonEmpty(plainText(value.text));
  if ('formula' in value || 'sharedFormula' in value) return fromScalar(value.result, cell.numFmt);
  return null;
}

function fromScalar(value: Scalar, numFmt: string | undefined): CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') {
    return numFmt !== undefined && isPercentFormat(numFmt) ? { kind: 'percent', value } : value;
  }
  if (typeof value === 'string') return nonEmpty(value);
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return fromDate(value);
  return { kind: 'error', code: value.error };
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
