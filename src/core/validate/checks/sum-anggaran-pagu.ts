import type { Finding } from '../../findings/finding';
import { formatRupiah } from '../../format/indonesian';
import { numberOf } from '../../read/read-table';
import { rowKey } from '../../read/keys';
import { addressOf, atCell, type ValidationContext } from '../context';
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
  const checked = new Set<string>();
  const out: Finding[] = [];
  for (const row of pk.rows) {
    const key = rowKey(row, ['kodeProgram']);
    const anggaran = numberOf(row, 'anggaran');
    if (key === undefined || anggaran === undefined || checked.has(key)) continue;
    checked.add(key);
    const dpaRow = dpaIndex.first(key);
    const pagu = dpaRow === undefined ? undefined : numberOf(dpaRow, 'pagu');
    if (dpaRow === undefined || pagu === undefined || sameAmount(anggaran, pagu)) continue;
    out.push(
      atCell('sum/mismatch', pk, row, 'anggaran', {
        expected: formatRupiah(pagu),
        detail: {
          rule: 'anggaran-pagu',
          expected: pagu,
          actual: anggaran,
          otherSheet: dpa.sheetName,
          otherCell: addressOf(dpa, dpaRow.excelRow, 'pagu') ?? '',
        },
      }),
    );
  }
  return out;
}
