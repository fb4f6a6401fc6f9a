import type { Finding } from '../../findings/finding';
import { formatRupiah } from '../../format/indonesian';
import { numberOf } from '../../read/read-table';
import { addressOf, atCell, rowKey, type ValidationContext } from '../context';
import { sameAmount } from './sum-quarterly-targets';

/**
 * sum/mismatch of budgets: the Anggaran (Rp) of a PK program differs from the Pagu (Rp) of
 * its DPA row. Checked once per program, on its first PK row with an amount (rows that
 * disagree with it are ref/mismatch).
 */
export function checkSumAnggaranPagu(ctx: ValidationContext): Finding[] {
  const pk = ctx.table('pk');
  const dpa = ctx.table('dpa');
  if (pk === undefined || dpa === undefined) return [];
  const dpaIndex = ctx.index('dpa', 'kodeProgram');
  const out: Finding[] = [];
  for (const rows of ctx.index('pk', 'kodeProgram').values()) {
    const first = rows.find((r) => numberOf(r, 'anggaran') !== undefined);
    const anggaran = first === undefined ? undefined : numberOf(first, 'anggaran');
    const key = first === undefined ? undefined : rowKey(first, ['kodeProgram']);
    const dpaRow = key === undefined ? undefined : dpaIndex.get(key)?.[0];
    const pagu = dpaRow === undefined ? undefined : numberOf(dpaRow, 'pagu');
    if (first === undefined || anggaran === undefined || dpaRow === undefined || pagu === undefined) continue;
    if (sameAmount(anggaran, pagu)) continue;
    out.push(
      atCell('sum/mismatch', pk, first, 'anggaran', {
        expected: formatRupiah(pagu),
        detail: {
          rule: 'anggaran-pagu',
          otherSheet: dpa.sheetName,
          otherCell: addressOf(dpa, dpaRow.excelRow, 'pagu') ?? '',
        },
      }),
    );
  }
  return out;
}
