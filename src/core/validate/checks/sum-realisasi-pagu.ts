import type { Finding } from '../../findings/finding';
import { formatRupiah } from '../../format/indonesian';
import { aggregateQuarters } from '../../lakip/arithmetic';
import { numberOf } from '../../read/read-table';
import { addressOf, atCell, type ValidationContext } from '../context';

/**
 * sum/mismatch of spending: the realisasi of a DPA row, summed over the quarters up to
 * Triwulan Berjalan, is above its pagu. The finding sits on the last quarter reported.
 */
export function checkSumRealisasiPagu(ctx: ValidationContext): Finding[] {
  const dpa = ctx.table('dpa');
  if (dpa === undefined) return [];
  const out: Finding[] = [];
  for (const row of dpa.rows) {
    const pagu = numberOf(row, 'pagu');
    if (pagu === undefined) continue;
    const total = aggregateQuarters(
      [
        numberOf(row, 'realisasiTw1'),
        numberOf(row, 'realisasiTw2'),
        numberOf(row, 'realisasiTw3'),
        numberOf(row, 'realisasiTw4'),
      ],
      'Kumulatif',
      ctx.settings.triwulanBerjalan,
    );
    if (total.kind !== 'ok' || total.value <= pagu + 1e-6) continue;
    const last = total.quartersReported[total.quartersReported.length - 1] ?? 1;
    out.push(
      atCell('sum/mismatch', dpa, row, `realisasiTw${last}`, {
        expected: `jumlah realisasi paling banyak ${formatRupiah(pagu)}`,
        detail: {
          rule: 'realisasi-pagu',
          expected: pagu,
          actual: total.value,
          paguCell: addressOf(dpa, row.excelRow, 'pagu') ?? '',
        },
      }),
    );
  }
  return out;
}
