/**
 * Excel number formats read as what they make of a number: a date, a percentage, or a plain
 * number. Both adapters (a file's cell styles, the Office JavaScript API's `numberFormat`) use these, so a
 * workbook gives the same snapshot whichever way it is read.
 */

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
