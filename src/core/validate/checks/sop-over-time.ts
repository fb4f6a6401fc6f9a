import type { Finding } from '../../findings/finding';
import { formatNumber } from '../../format/indonesian';
import { numberOf } from '../../read/read-table';
import { atCell, type ValidationContext } from '../context';

/** sop/over-time: Waktu Aktual (Menit) exceeds the standard Waktu (Menit) of the step. */
export function checkSopOverTime(ctx: ValidationContext): Finding[] {
  const sop = ctx.table('sop');
  if (sop === undefined) return [];
  const out: Finding[] = [];
  for (const row of sop.rows) {
    const standard = numberOf(row, 'waktu');
    const actual = numberOf(row, 'waktuAktual');
    if (standard === undefined || actual === undefined || actual <= standard) continue;
    out.push(
      atCell('sop/over-time', sop, row, 'waktuAktual', {
        expected: `paling lama ${formatNumber(standard)} menit`,
        detail: { standard, actual },
      }),
    );
  }
  return out;
}
