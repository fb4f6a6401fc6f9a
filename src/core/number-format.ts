/**
 * Excel number formats read as what they make of a number: a date, a percentage, or a plain
 * number. Both adapters (a file's cell styles, Office.js's `numberFormat`) use these, so a
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
