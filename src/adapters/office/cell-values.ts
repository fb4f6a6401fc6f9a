/**
 * Excel's view of a cell (`values`, `valueTypes`, `numberFormat` of a range) to a snapshot
 * `CellValue`, and a plan's `PlanValue` to what the Excel JavaScript API is given.
 */
import { isoToExcelSerial, parseIso } from '../../core/dates';
import { FORMAT } from '../../core/layout/formats';
import { isFormulaValue, isLinkValue, type PlanValue } from '../../core/plan/plan';
import { numberCell } from '../../core/number-format';
import { isDateValue, isErrorValue, isPercentValue, type CellValue } from '../../core/snapshot';

export const TEXT_FORMAT = '@';
export const DATE_FORMAT: string = FORMAT.dateShort;
export const DATE_TIME_FORMAT = `${FORMAT.dateShort} hh:mm:ss`;
export const PERCENT_FORMAT = '0.00%';

/**
 * One cell as read through `values` / `valueTypes` / `numberFormat`. A number follows core's
 * one rule (`numberCell`, as the xlsx readers: a date format gives a `DateValue` when the
 * serial is a day, counted from 1904 when `date1904`; a time or duration the number; a percent
 * format a `PercentValue`); an Excel error keeps the code Excel shows (`#REF!`); an empty cell,
 * and a formula's empty text, is null.
 */
export function cellFromExcel(
  value: unknown,
  valueType: unknown,
  numberFormat: unknown,
  date1904 = false,
): CellValue {
  const format = typeof numberFormat === 'string' ? numberFormat : '';
  switch (valueType) {
    case 'Empty':
      return null;
    case 'Error':
      return { kind: 'error', code: String(value) };
    case 'Boolean':
      return value === true;
    case 'Double':
    case 'Integer': {
      if (typeof value !== 'number') return typeof value === 'string' && value !== '' ? value : null;
      return numberCell(value, format, date1904);
    }
    default:
      // 'String', and 'RichValue' / 'Unknown', whose `values` entry is the text Excel shows.
      if (typeof value === 'string') return value === '' ? null : value;
      if (typeof value === 'number' || typeof value === 'boolean') return value;
      return null;
  }
}

/** What the API is given for one cell of a `setValues`. */
export type ExcelInput = string | number | boolean;

export interface EncodedCell {
  /** For `range.values`; null when the cell is written through `range.formulas`. */
  readonly value: ExcelInput | null;
  /** For `range.formulas`, with the leading `=`. */
  readonly formula: string | null;
  /** The number format set before the values (null keeps the cell's format). */
  readonly before: string | null;
  /** The plan's format of a text cell, set after the text was written as literal text. */
  readonly after: string | null;
  readonly link: { readonly documentReference: string; readonly textToDisplay: string } | null;
  /** Indonesian note when the value could not be written as it is. */
  readonly note: string | null;
}

/** The error codes Excel accepts as a constant in a formula (`=#N/A`). */
const FORMULA_ERROR_LITERALS: ReadonlySet<string> = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
]);

function quoteSheetAlways(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** `'Data Kinerja'!B7`: the `documentReference` of a link to a cell of this workbook. */
export function documentReference(sheet: string, cell: string): string {
  return `${quoteSheetAlways(sheet)}!${cell}`;
}

function text(s: string, planFormat: string | null, note: string | null = null): EncodedCell {
  if (s === '') return { value: '', formula: null, before: planFormat, after: null, link: null, note };
  // Every non-empty string is literal text: Excel reads a string written through `values` as if
  // typed, so `=…`, `+…`, `-…`, `@…`, `007`, `TRUE` or `#REF!` would change. The cell is made
  // text (`@`) before the value arrives; the plan's own format, if another, is put back after.
  const after = planFormat !== null && planFormat !== TEXT_FORMAT ? planFormat : null;
  return { value: s, formula: null, before: TEXT_FORMAT, after, link: null, note };
}

function formula(f: string, planFormat: string | null, note: string | null = null): EncodedCell {
  // A text-formatted cell would keep the formula as text, so a formula cell is never `@`.
  const before = planFormat === null || planFormat === TEXT_FORMAT ? FORMAT.general : planFormat;
  return { value: null, formula: f.startsWith('=') ? f : `=${f}`, before, after: null, link: null, note };
}

function plain(value: ExcelInput, before: string | null): EncodedCell {
  return { value, formula: null, before, after: null, link: null, note: null };
}

/** How one plan value is written; `planFormat` is the plan's number format for the cell. */
export function encodeCell(v: PlanValue, planFormat: string | null): EncodedCell {
  if (v === null) return plain('', planFormat);
  if (typeof v === 'string') return text(v, planFormat);
  if (typeof v === 'boolean') return plain(v, planFormat);
  if (typeof v === 'number') {
    return Number.isFinite(v)
      ? plain(v, planFormat)
      : formula('#NUM!', planFormat, 'Angka tak hingga atau bukan angka ditulis sebagai #NUM!.');
  }
  if (isFormulaValue(v)) return formula(v.formula, planFormat);
  if (isLinkValue(v)) {
    return {
      ...text(v.text, planFormat),
      link: { documentReference: documentReference(v.sheet, v.cell), textToDisplay: v.text },
    };
  }
  if (isDateValue(v)) {
    const serial = isoToExcelSerial(v.iso);
    if (Number.isNaN(serial))
      return text(v.iso, planFormat, `Tanggal ${v.iso} di luar rentang Excel ditulis sebagai teks.`);
    return plain(serial, planFormat ?? (parseIso(v.iso)?.hasTime === true ? DATE_TIME_FORMAT : DATE_FORMAT));
  }
  if (isPercentValue(v)) return plain(v.value, planFormat ?? PERCENT_FORMAT);
  if (isErrorValue(v)) {
    if (FORMULA_ERROR_LITERALS.has(v.code)) return formula(v.code, planFormat);
    return text(
      v.code,
      planFormat,
      `Galat ${v.code} tidak dapat ditulis sebagai galat Excel; ditulis sebagai teks.`,
    );
  }
  return plain('', planFormat);
}
