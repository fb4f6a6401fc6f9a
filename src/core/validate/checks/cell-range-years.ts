import type { Finding } from '../../findings/finding';
import { numberOf, textOf, type TableRead } from '../../read/read-table';
import { SEED_DOCUMENTS } from '../../seed/documents';
import { keyOf } from '../../read/keys';
import { atCell, atRef, keyValueCell, type ValidationContext } from '../context';

/** The Renstra covers five years from Tahun Awal Renstra. */
export const RENSTRA_YEARS = 5;

const YEAR_OFFSET: ReadonlyMap<string, number> = new Map(
  SEED_DOCUMENTS.map((d) => [keyOf(d.kode), d.yearOffset]),
);

/**
 * cell/range, years that contradict Pengaturan: Renja-RKT is for Tahun Laporan, Renja Tahun
 * Berikut for the year after, LKjIP rows are earlier years, the Renstra period must cover
 * Tahun Laporan, and each Dokumen row is for Tahun Laporan (+ 1 for the two Tahun Berikut).
 * Nothing is said when Tahun Laporan itself is missing (that is cell/required).
 */
export function checkYears(ctx: ValidationContext): Finding[] {
  const tahun = ctx.settings.tahunLaporan;
  if (tahun === null) return [];
  const out: Finding[] = [];
  const exact = (table: TableRead | undefined, wanted: number, rule: 'renja' | 'renja-berikut'): void => {
    for (const row of table?.rows ?? []) {
      const y = numberOf(row, 'tahun');
      if (table !== undefined && y !== undefined && y !== wanted) {
        out.push(
          atCell('cell/range', table, row, 'tahun', {
            expected: String(wanted),
            detail: { rule, tahunLaporan: tahun },
          }),
        );
      }
    }
  };
  exact(ctx.table('renja'), tahun, 'renja');
  exact(ctx.table('renjaBerikut'), tahun + 1, 'renja-berikut');

  const lkjip = ctx.table('lkjip');
  for (const row of lkjip?.rows ?? []) {
    const y = numberOf(row, 'tahun');
    if (lkjip !== undefined && y !== undefined && y >= tahun) {
      out.push(
        atCell('cell/range', lkjip, row, 'tahun', {
          expected: `sebelum ${tahun}`,
          detail: { rule: 'lkjip', tahunLaporan: tahun },
        }),
      );
    }
  }

  const dokumen = ctx.table('dokumen');
  for (const row of dokumen?.rows ?? []) {
    const y = numberOf(row, 'tahun');
    const kode = textOf(row, 'kode');
    const offset = kode === undefined ? undefined : YEAR_OFFSET.get(keyOf(kode));
    if (dokumen !== undefined && y !== undefined && offset !== undefined && y !== tahun + offset) {
      out.push(
        atCell('cell/range', dokumen, row, 'tahun', {
          expected: String(tahun + offset),
          detail: { rule: offset === 0 ? 'dokumen' : 'dokumen-berikut', tahunLaporan: tahun },
        }),
      );
    }
  }

  const awal = ctx.settings.tahunAwalRenstra;
  const pengaturan = ctx.keyValue('pengaturan');
  const field = pengaturan?.fields.get('tahunAwalRenstra');
  const column = pengaturan?.schema.fields.find((f) => f.key === 'tahunAwalRenstra');
  if (awal !== null && (tahun < awal || tahun >= awal + RENSTRA_YEARS) && pengaturan && field && column) {
    out.push(
      atRef('cell/range', keyValueCell(pengaturan, column, field), {
        expected: `${tahun - RENSTRA_YEARS + 1}–${tahun}`,
        detail: { rule: 'renstra', tahunLaporan: tahun, tahunAkhirRenstra: awal + RENSTRA_YEARS - 1 },
      }),
    );
  }
  return out;
}
