import type { SheetSnapshot } from '../snapshot';
import { detectTables, isNumberingRow } from './detect';
import {
  ESAKIP_TRIWULAN,
  LONG_TRIWULAN,
  PK_WORD,
  POHON_PROGRAM,
  RENAKSI_BULANAN,
  RENJA_EVALUASI,
  sourceSnapshot,
  type SourceFixture,
} from './fixtures.test-helper';

function firstSheet(f: SourceFixture): SheetSnapshot {
  return sourceSnapshot(f).sheets[0] as SheetSnapshot;
}

describe('detectTables', () => {
  it('reads the Renja evaluation form: three merged header rows, the numbering row, title rows', () => {
    const [table, ...others] = detectTables(firstSheet(RENJA_EVALUASI));
    expect(others).toEqual([]);
    expect(table?.headerRows).toEqual([4, 6]);
    expect(table?.numberingRow).toBe(7);
    expect(table?.range).toBe('A4:S12');
    expect(table?.titles).toEqual([
      'EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN',
      'DINAS PENDIDIKAN KABUPATEN CONTOH — PERIODE PELAKSANAAN TAHUN 2026',
    ]);
    // The signature after the gap is not data.
    expect(table?.dataRows).toEqual([8, 9, 10, 11, 12]);
    expect(table?.columns.map((c) => c.label)).toEqual([
      'No',
      'Sasaran',
      'Kode',
      'Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan',
      'Indikator Kinerja Program (Outcome)/Kegiatan (Output)',
      'Satuan',
      'Target Kinerja dan Anggaran Renja Tahun 2026 / K',
      'Target Kinerja dan Anggaran Renja Tahun 2026 / Rp.',
      'Realisasi Kinerja dan Anggaran Triwulan / I / K',
      'Realisasi Kinerja dan Anggaran Triwulan / I / Rp.',
      'Realisasi Kinerja dan Anggaran Triwulan / II / K',
      'Realisasi Kinerja dan Anggaran Triwulan / II / Rp.',
      'Realisasi Kinerja dan Anggaran Triwulan / III / K',
      'Realisasi Kinerja dan Anggaran Triwulan / III / Rp.',
      'Realisasi Kinerja dan Anggaran Triwulan / IV / K',
      'Realisasi Kinerja dan Anggaran Triwulan / IV / Rp.',
      // "IV" ends with its group: it is not carried past the start of the next group above.
      'Realisasi Kinerja dan Anggaran Renja / K',
      'Realisasi Kinerja dan Anggaran Renja / Rp.',
      'Perangkat Daerah Penanggung Jawab',
    ]);
  });

  it('finds the PK table at row 38 under the text of the agreement, and the program table below it', () => {
    const tables = detectTables(firstSheet(PK_WORD));
    expect(tables.map((t) => [t.range, t.headerRows, t.dataRows])).toEqual([
      ['A38:D42', [38, 38], [39, 40, 41, 42]],
      ['A45:D48', [45, 45], [46, 47, 48]],
    ]);
    expect(tables[0]?.titles[0]).toBe('PERJANJIAN KINERJA TAHUN 2026');
    expect(tables[0]?.titles).toHaveLength(15);
    expect(tables[1]?.titles).toEqual([]);
    expect(tables[1]?.columns.map((c) => c.label)).toEqual(['NO', 'PROGRAM', 'ANGGARAN', 'KET']);
  });

  it('carries "Target Bulan" over its twelve months', () => {
    const [table] = detectTables(firstSheet(RENAKSI_BULANAN));
    expect(table?.headerRows).toEqual([3, 4]);
    expect(table?.columns.map((c) => c.label).slice(4, 8)).toEqual([
      'Target',
      'Target Bulan / Januari',
      'Target Bulan / Februari',
      'Target Bulan / Maret',
    ]);
    expect(table?.columns[16]?.label).toBe('Target Bulan / Desember');
    expect(table?.columns[17]?.label).toBe('Penanggung Jawab');
    expect(table?.dataRows).toEqual([5, 6]);
  });

  it('reads one-row headers: snake_case, a long table, a program tree', () => {
    expect(detectTables(firstSheet(ESAKIP_TRIWULAN)).map((t) => [t.range, t.headerRows, t.dataRows])).toEqual(
      [['A1:Q4', [1, 1], [2, 3, 4]]],
    );
    expect(detectTables(firstSheet(LONG_TRIWULAN)).map((t) => [t.range, t.dataRows.length])).toEqual([
      ['A1:G7', 6],
    ]);
    const [tree] = detectTables(firstSheet(POHON_PROGRAM));
    expect([tree?.range, tree?.headerRows, tree?.titles]).toEqual([
      'A2:E6',
      [2, 2],
      ['CASCADING PROGRAM DAN KEGIATAN TAHUN 2026'],
    ]);
  });

  it('finds nothing on a sheet of sentences', () => {
    expect(
      detectTables({ name: 'Catatan', rows: [['Laporan ini disusun oleh tim.'], ['Terima kasih.']] }),
    ).toEqual([]);
  });
});

describe('isNumberingRow', () => {
  it.each([
    [[1, 2, 3, 4], true],
    [['(1)', '(2)', '(3)'], true],
    [[1, 2, '3', '13 = 9 + 10 + 11 + 12'], true],
    [[null, 1, null, 2, 3], true],
    [[5, 6, 7], false],
    [[1, 3, 2], false],
    [[1, 'Meningkatnya mutu', 98.5], false],
    [[2026, 2027], false],
  ] as const)('%j → %s', (row, expected) => {
    expect(isNumberingRow(row)).toBe(expected);
  });
});
