import type { Finding } from '../../findings/finding';
import { formatRupiah } from '../../format/indonesian';
import { keyOf, rowKey } from '../../read/keys';
import { numberOf, type TableRow } from '../../read/read-table';
import { addressOf, atCell, type ValidationContext } from '../context';

/**
 * ref/mismatch for programs: every PK row of one Kode Program/Kegiatan carries the same
 * Anggaran (Rp). Rows after the first that differ from it are findings; rows that leave the
 * Anggaran empty (optional) are not compared. When the PK has its program table below the
 * indicators, that table is the reference: an indicator row whose filled Anggaran differs from
 * the program's row there (found by Kode, else by Program/Kegiatan) is the finding instead.
 */
export function checkRefMismatchAnggaran(ctx: ValidationContext): Finding[] {
  const pk = ctx.table('pk');
  if (pk === undefined || !pk.columnIndex.has('anggaran')) return [];
  const out: Finding[] = [];
  const programs = ctx.tracker.pkPrograms;
  const byKode = new Map<string, TableRow>();
  const byName = new Map<string, TableRow>();
  for (const row of programs?.rows ?? []) {
    if (numberOf(row, 'anggaran') === undefined) continue;
    const kode = keyOf(rowKey(row, ['kodeProgram']) ?? '');
    const name = keyOf(rowKey(row, ['program']) ?? '');
    if (kode !== '' && !byKode.has(kode)) byKode.set(kode, row);
    if (name !== '' && !byName.has(name)) byName.set(name, row);
  }
  /** The program table's row of an indicator row, by its Kode when filled, else its Program/Kegiatan. */
  const tableRowOf = (row: TableRow): TableRow | undefined => {
    const kode = keyOf(rowKey(row, ['kodeProgram']) ?? '');
    if (kode !== '') return byKode.get(kode);
    const name = keyOf(rowKey(row, ['program']) ?? '');
    return name === '' ? undefined : byName.get(name);
  };
  const mismatch = (row: TableRow, first: TableRow, amount: number, sheet: typeof pk): void => {
    out.push(
      atCell('ref/mismatch', pk, row, 'anggaran', {
        expected: formatRupiah(amount),
        detail: {
          otherSheet: sheet.sheetName,
          otherCell: addressOf(sheet, first.excelRow, 'anggaran') ?? '',
          field: 'Anggaran (Rp)',
        },
      }),
    );
  };

  if (programs !== undefined) {
    for (const row of pk.rows) {
      const a = numberOf(row, 'anggaran');
      const reference = a === undefined ? undefined : tableRowOf(row);
      const amount = reference === undefined ? undefined : numberOf(reference, 'anggaran');
      if (reference !== undefined && amount !== undefined && a !== amount)
        mismatch(row, reference, amount, programs);
    }
  }
  for (const rows of ctx.index('pk', 'kodeProgram').repeated()) {
    // A program of the program table is compared with it, above.
    if (rows.some((r) => tableRowOf(r) !== undefined)) continue;
    const first = rows.find((r) => numberOf(r, 'anggaran') !== undefined);
    const amount = first === undefined ? undefined : numberOf(first, 'anggaran');
    if (first === undefined || amount === undefined) continue;
    for (const row of rows) {
      const a = numberOf(row, 'anggaran');
      if (row === first || a === undefined || a === amount) continue;
      mismatch(row, first, amount, pk);
    }
  }
  return out;
}
