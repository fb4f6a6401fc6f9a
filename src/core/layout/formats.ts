/**
 * Excel number formats, in one place.
 *
 * Numbers are written as numbers and read Indonesian (`185.000.000`, `84,50`) through the
 * locale code `[$-421]` (Indonesian) in front of every format that shows a separator:
 * - LibreOffice binds a number format to its locale, so `[$-421]#,##0.00` prints
 *   `1.234,56` whatever the PC's regional setting (tested under en-US and id-ID by
 *   `src/cli/commands/print.test.ts`); without the code an English PC prints `1,234.56`.
 * - Microsoft Excel takes the thousands and decimal separators from Windows (or from
 *   File › Options › Advanced › "Use system separators"), not from a format: there the locale
 *   code changes month and day names. No format code keeps a number a number and forces a
 *   decimal comma in Excel; formats built from literal dots with conditions
 *   (`[>=1000000]#"."###"."##0;…`) group only whole numbers up to two magnitudes and lose
 *   the minus sign in LibreOffice. The Word report (.docx) carries its figures as Indonesian
 *   text, so it reads the same on every PC. docs/architecture.md (Printing) has the details.
 */
import type { CellType } from '../schema/types';

/** The locale code that makes LibreOffice show a format with Indonesian separators. */
export const INDONESIAN = '[$-421]';

export const FORMAT = {
  text: '@',
  general: 'General',
  integer: `${INDONESIAN}#,##0`,
  rupiah: `${INDONESIAN}#,##0`,
  decimal2: `${INDONESIAN}#,##0.00`,
  percent2: `${INDONESIAN}0.00`,
  year: '0',
  dateShort: 'dd/mm/yyyy',
  dateLong: `${INDONESIAN}d mmmm yyyy`,
} as const;

/** `#,##0` with this many decimals, with Indonesian separators (see above). */
export function decimalFormat(decimals: number): string {
  const d = Math.max(0, Math.floor(decimals));
  return d === 0 ? FORMAT.integer : `${INDONESIAN}#,##0.${'0'.repeat(d)}`;
}

/** The number format of an input column of this type. */
export function inputFormat(type: CellType): string {
  switch (type) {
    case 'teks':
    case 'kode':
    case 'pilihan':
    case 'ya/tidak':
      return FORMAT.text;
    case 'bilangan':
      return FORMAT.general;
    case 'persen':
      return FORMAT.percent2;
    case 'rupiah':
      return FORMAT.rupiah;
    case 'tanggal':
      return FORMAT.dateShort;
    case 'tahun':
      return FORMAT.year;
  }
}
