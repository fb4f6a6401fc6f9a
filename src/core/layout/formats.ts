/**
 * Excel number formats. Format codes are locale-neutral: Excel shows `#,##0.00` as
 * `1.234,56` on an Indonesian system; `[$-421]` (Indonesian) makes month names Indonesian.
 */
import type { CellType } from '../schema/types';

export const FORMAT = {
  text: '@',
  general: 'General',
  integer: '#,##0',
  rupiah: '#,##0',
  decimal2: '#,##0.00',
  percent2: '0.00',
  year: '0',
  dateShort: 'dd/mm/yyyy',
  dateLong: '[$-421]d mmmm yyyy',
} as const;

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
