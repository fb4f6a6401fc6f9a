import type { Finding } from '../../findings/finding';
import { textOf, type TableRead } from '../../read/read-table';
import { atCell, type ValidationContext } from '../context';

/** The dates of the year's work: SOP steps and documents received. (Identitas SOP dates may be years old.) */
const CYCLE_DATES: readonly { readonly sheet: 'sop' | 'dokumen'; readonly column: string }[] = [
  { sheet: 'sop', column: 'tanggalMulai' },
  { sheet: 'sop', column: 'tanggalSelesai' },
  { sheet: 'dokumen', column: 'tanggalDiterima' },
];

/** How far from Tahun Laporan a date of the cycle may be: the year itself, the one before, the one after. */
export const DATE_YEARS_AROUND = 1;

/**
 * cell/date-range (warning): a date of the cycle outside Tahun Laporan ± 1 — the report of
 * year n is compiled in n + 1, so 2018 is normal for 2017, but 2018 in a 2024 tracker is a
 * date copied from an old file or a typo. Nothing is said without a Tahun Laporan.
 */
export function checkCellDateRange(ctx: ValidationContext): Finding[] {
  const tahun = ctx.settings.tahunLaporan;
  if (tahun === null) return [];
  const out: Finding[] = [];
  for (const { sheet, column } of CYCLE_DATES) {
    const table: TableRead | undefined = ctx.table(sheet);
    for (const row of table?.rows ?? []) {
      const iso = textOf(row, column);
      const year = iso === undefined ? NaN : Number(iso.slice(0, 4));
      if (table === undefined || Number.isNaN(year) || Math.abs(year - tahun) <= DATE_YEARS_AROUND) continue;
      out.push(
        atCell('cell/date-range', table, row, column, {
          expected: `tanggal tahun ${tahun - DATE_YEARS_AROUND}–${tahun + DATE_YEARS_AROUND}`,
          detail: { tahunLaporan: tahun, year },
        }),
      );
    }
  }
  return out;
}
