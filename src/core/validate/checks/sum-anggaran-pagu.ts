import type { Finding } from '../../findings/finding';
import { formatRupiah } from '../../format/indonesian';
import { numberOf, type TableRead, type TableRow } from '../../read/read-table';
import { rowKey } from '../../read/keys';
import { addressOf, atCell, type ValidationContext } from '../context';
import { sameAmount } from './sum-quarterly-targets';

/**
 * sum/mismatch of budgets: the Anggaran (Rp) of a PK program differs from the Pagu (Rp) of
 * its DPA row. Checked once per program, on its first PK row with an amount (rows that
 * disagree with it are ref/mismatch); rows that leave Kode Program/Kegiatan or Anggaran empty
 * (both optional) are not compared. A row of the PK's program table below the indicators is
 * compared with the DPA row of its Kode Program/Kegiatan, or of its Program/Kegiatan when the
 * code is empty.
 */
export function checkSumAnggaranPagu(ctx: ValidationContext): Finding[] {
  const pk = ctx.table('pk');
  const dpa = ctx.table('dpa');
  if (pk === undefined || dpa === undefined) return [];
  const dpaIndex = ctx.index('dpa', 'kodeProgram');
  const checked = new Set<string>();
  const out: Finding[] = [];
  const mismatch = (table: TableRead, row: TableRow, anggaran: number, dpaRow: TableRow | undefined): void => {
    const pagu = dpaRow === undefined ? undefined : numberOf(dpaRow, 'pagu');
    if (dpaRow === undefined || pagu === undefined || sameAmount(anggaran, pagu)) return;
    out.push(
      atCell('sum/mismatch', table, row, 'anggaran', {
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
  };
  const programs = ctx.tracker.pkPrograms;
  if (programs !== undefined) {
    const byName = ctx.index('dpa', 'program');
    for (const row of programs.rows) {
      const anggaran = numberOf(row, 'anggaran');
      if (anggaran === undefined) continue;
      const kode = rowKey(row, ['kodeProgram']);
      const name = rowKey(row, ['program']);
      const dpaRow =
        kode !== undefined ? dpaIndex.first(kode) : name !== undefined ? byName.first(name) : undefined;
      mismatch(programs, row, anggaran, dpaRow);
    }
  }
  for (const row of pk.rows) {
    const key = rowKey(row, ['kodeProgram']);
    const anggaran = numberOf(row, 'anggaran');
    if (key === undefined || anggaran === undefined || checked.has(key)) continue;
    checked.add(key);
    mismatch(pk, row, anggaran, dpaIndex.first(key));
  }
  return out;
}
