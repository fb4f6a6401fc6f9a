import type { Finding } from '../../findings/finding';
import { formatDateShort } from '../../format/indonesian';
import { textOf } from '../../read/read-table';
import { addressOf, atCell, type ValidationContext } from '../context';

/** sop/date-order: Tanggal Selesai is before Tanggal Mulai. */
export function checkSopDateOrder(ctx: ValidationContext): Finding[] {
  const sop = ctx.table('sop');
  if (sop === undefined) return [];
  const out: Finding[] = [];
  for (const row of sop.rows) {
    // Parsed dates are ISO `YYYY-MM-DD` strings, which compare as dates.
    const mulai = textOf(row, 'tanggalMulai');
    const selesai = textOf(row, 'tanggalSelesai');
    if (mulai === undefined || selesai === undefined || selesai >= mulai) continue;
    out.push(
      atCell('sop/date-order', sop, row, 'tanggalSelesai', {
        expected: `tanggal ${formatDateShort(mulai)} atau sesudahnya`,
        detail: {
          mulai: formatDateShort(mulai),
          mulaiCell: addressOf(sop, row.excelRow, 'tanggalMulai') ?? '',
          tahunLaporan: ctx.settings.tahunLaporan,
        },
      }),
    );
  }
  return out;
}
