import type { Finding } from '../../findings/finding';
import { formatRupiah } from '../../format/indonesian';
import { numberOf } from '../../read/read-table';
import { addressOf, atCell, type ValidationContext } from '../context';

/**
 * ref/mismatch for programs: every PK row of one Kode Program/Kegiatan carries the same
 * Anggaran (Rp). Rows after the first that differ from it are findings.
 */
export function checkRefMismatchAnggaran(ctx: ValidationContext): Finding[] {
  const pk = ctx.table('pk');
  if (pk === undefined || !pk.columnIndex.has('anggaran')) return [];
  const out: Finding[] = [];
  for (const rows of ctx.index('pk', 'kodeProgram').repeated()) {
    const first = rows.find((r) => numberOf(r, 'anggaran') !== undefined);
    const amount = first === undefined ? undefined : numberOf(first, 'anggaran');
    if (first === undefined || amount === undefined) continue;
    for (const row of rows) {
      const a = numberOf(row, 'anggaran');
      if (row === first || a === undefined || a === amount) continue;
      out.push(
        atCell('ref/mismatch', pk, row, 'anggaran', {
          expected: formatRupiah(amount),
          detail: {
            otherSheet: pk.sheetName,
            otherCell: addressOf(pk, first.excelRow, 'anggaran') ?? '',
            field: 'Anggaran (Rp)',
          },
        }),
      );
    }
  }
  return out;
}
