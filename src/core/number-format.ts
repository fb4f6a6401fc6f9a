/**
 * Excel number formats read as what they make of a number: a date, a time of day, a duration,
 * a percentage, or a plain number. All three readers (exceljs's, the streaming reader over a
 * file's cell styles, the Office JavaScript API's `numberFormat`) turn a number into a snapshot
 * cell through `numberCell`, so a workbook gives the same snapshot whichever way it is read
 * (test/parity/readers.test.ts holds them to it).
 */
import { excelSerialToIso } from './dates';
import type { CellValue } from './snapshot';

/**
 * The characters of a number format's first section that are format codes: quoted text,
 * `[...]` (locale, colour, condition, elapsed time), `\x` escapes and the `_x` / `*x` fillers
 * are dropped.
 */
function formatCodes(format: string): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === ';') break;
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      i = end < 0 ? format.length : end;
    } else if (ch === '[') {
      const end = format.indexOf(']', i + 1);
      i = end < 0 ? format.length : end;
    } else if (ch === '\\' || ch === '_' || ch === '*') {
      i++;
    } else {
      out += ch;
    }
  }
  return out;
}

function isGeneral(format: string): boolean {
  return /^general$/i.test(format.trim());
}

/**
 * True for a date (or date-time) number format: a `d` or `y` code, or an `m` that is a month
 * because no `h` or `s` makes it minutes. `General`, text and pure time formats are not dates.
 */
export function isDateFormat(format: string): boolean {
  if (isGeneral(format)) return false;
  const codes = formatCodes(format).toLowerCase();
  if (/[dy]/.test(codes)) return true;
  return codes.includes('m') && !/[hs]/.test(codes);
}

/** True for a format that shows the number as a percentage (`%` outside quotes and brackets). */
export function isPercentFormat(format: string): boolean {
  return !isGeneral(format) && formatCodes(format).includes('%');
}

/**
 * What a number format makes of a number:
 * - `date`: a day, or a day and time (`dd/mm/yyyy`, `[$-421]d mmmm yyyy`, `dd/mm/yyyy hh:mm`);
 * - `time`: a time of day without a day (`h:mm`, `hh:mm:ss AM/PM`, `mm:ss`);
 * - `duration`: elapsed time (`[h]:mm:ss`, `[mm]:ss`), which may pass 24 hours;
 * - `percent`, `text` (`@`), and `number` for everything else (`General`, `#,##0.00` …).
 */
export type FormatClass = 'date' | 'time' | 'duration' | 'percent' | 'text' | 'number';

/** The first section of a format with only its quoted text and escapes dropped (brackets kept). */
function firstSectionBrackets(format: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === ';') break;
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      i = end < 0 ? format.length : end;
    } else if (ch === '\\' || ch === '_' || ch === '*') {
      i++;
    } else if (ch === '[') {
      const end = format.indexOf(']', i + 1);
      out.push(format.slice(i + 1, end < 0 ? format.length : end));
      i = end < 0 ? format.length : end;
    }
  }
  return out;
}

const classes = new Map<string, FormatClass>();

/** The class of a number format (see `FormatClass`); a workbook's few formats are classified once each. */
export function classifyFormat(format: string): FormatClass {
  let known = classes.get(format);
  if (known === undefined) {
    known = classify(format);
    if (classes.size > 10_000) classes.clear();
    classes.set(format, known);
  }
  return known;
}

function classify(format: string): FormatClass {
  if (isGeneral(format) || format.trim() === '') return 'number';
  if (isDateFormat(format)) return 'date';
  const codes = formatCodes(format).toLowerCase();
  if (firstSectionBrackets(format).some((b) => /^(h+|m+|s+)$/i.test(b))) return 'duration';
  if (/[hs]/.test(codes) && /^[hms:.0\s]*$/.test(codes.replace(/am\/pm|a\/p/g, ''))) return 'time';
  if (isPercentFormat(format)) return 'percent';
  if (codes.trim() === '@') return 'text';
  return 'number';
}

/**
 * The one rule for a number read from a workbook, in all three readers: the snapshot cell of
 * `value` (the number Excel stores) shown with number format `format`, in a workbook whose
 * date system is 1904 when `date1904` is true.
 * - A date format gives a `DateValue` when the number is a day of Excel's calendar
 *   (1900-01-01 … 9999-12-31, not the 29 February 1900 that never was), else the number
 *   (to the millisecond, as below).
 * - A time of day or a duration stays the number Excel stores, the fraction of a day
 *   (0,5 is `12:00`, 1,5 in `[h]:mm` is `36:00`): a time is not a date in 1899, and a
 *   `bilangan` column reads it as the number it is. It is rounded to the millisecond
 *   (`Math.round(v × 86 400 000) / 86 400 000`), the precision exceljs keeps when it has turned
 *   the number into a Date, so all three readers give the same number.
 * - A percent format gives a `PercentValue`; every other format the number.
 */
export function numberCell(value: number, format: string | undefined, date1904 = false): CellValue {
  if (!Number.isFinite(value)) return null;
  const cls = format === undefined ? 'number' : classifyFormat(format);
  if (cls === 'date') {
    const iso = excelSerialToIso(date1904 ? value + DATE1904_OFFSET : value);
    return iso === null ? toMillisecond(value) : { kind: 'date', iso };
  }
  if (cls === 'time' || cls === 'duration') return toMillisecond(value);
  if (cls === 'percent') return { kind: 'percent', value };
  return value;
}

const MS_PER_DAY = 86_400_000;

function toMillisecond(days: number): number {
  return Math.round(days * MS_PER_DAY) / MS_PER_DAY + 0;
}

/** Days between the 1900 and the 1904 date systems' serial 0 (1904-01-01 is 1462 in 1900). */
export const DATE1904_OFFSET = 1462;

/**
 * The built-in number formats by numFmtId, as exceljs reads them (its lib/xlsx/defaultnumformats.js):
 * one table for the streaming reader and the patching writer, so both read a cell's format alike.
 */
export const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};
