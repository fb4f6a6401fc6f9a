import { SCHEMAS } from '../schema/registry';
import type { CellValue, SheetSnapshot } from '../snapshot';
import { findHeaderRow, numberOf, readTable, textOf } from './read-table';
import { normaliseLabel } from './labels';

const sheet = (rows: CellValue[][], name = 'PK'): SheetSnapshot => ({ name, rows });

describe('normaliseLabel', () => {
  test.each([
    ['Kode Indikator', 'kode indikator'],
    ['  KODE   indikator *', 'kode indikator'],
    ['Kode\nIndikator*', 'kode indikator'],
    ['Anggaran (Rp) *', 'anggaran (rp)'],
    ['Target\r\nTW I', 'target tw i'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseLabel(input)).toBe(expected);
  });
});

describe('readTable', () => {
  test('finds the header below title rows, maps reordered columns by label and keeps Excel row numbers', () => {
    const s = sheet([
      ['Perjanjian Kinerja 2017'],
      ['Kecamatan Pasrujambe'],
      [],
      ['Target', 'KODE INDIKATOR *', 'Catatan Saya', 'Indikator\nKinerja', 'Satuan'],
      [82, 'IK-01', 'milik pengguna', 'Indeks Kepuasan Masyarakat', 'nilai'],
      [null, null, null, null, null],
      ['1.234,5', 'IK-02', null, 'Persentase desa', '%'],
    ]);
    const read = readTable(s, SCHEMAS.pk);
    expect(read.headerRow).toBe(4);
    expect(read.columnIndex.get('target')).toBe(0);
    expect(read.columnIndex.get('kodeIndikator')).toBe(1);
    expect(read.columnIndex.get('indikator')).toBe(3);
    expect(read.extraColumns).toEqual([{ label: 'Catatan Saya', col: 2 }]);
    expect(read.rows.map((r) => r.excelRow)).toEqual([5, 7]);
    expect(textOf(read.rows[0]!, 'kodeIndikator')).toBe('IK-01');
    expect(numberOf(read.rows[0]!, 'target')).toBe(82);
    expect(numberOf(read.rows[1]!, 'target')).toBe(1234.5);
    expect(read.rows[1]!.values.get('target')).toMatchObject({ kind: 'ok', numberAsText: true });
    expect(read.missingColumns.map((c) => c.key)).toEqual(
      expect.arrayContaining([
        'sasaran',
        'polaritas',
        'metode',
        'kodeProgram',
        'program',
        'anggaran',
        'penanggungJawab',
      ]),
    );
    expect(read.missingColumns.map((c) => c.key)).not.toContain('target');
  });

  test('a row with only empty or blank text cells is skipped; trailing empty rows are ignored', () => {
    const s = sheet([['Kode Indikator', 'Target'], ['IK-01', 1], ['  ', null], [], ['IK-02', 2], [null], []]);
    const read = readTable(s, SCHEMAS.pk);
    expect(read.headerRow).toBe(1);
    expect(read.rows.map((r) => r.excelRow)).toEqual([2, 5]);
  });

  test('a duplicated header label is reported with every column it stands in; the first one is used', () => {
    const s = sheet([
      ['Kode Indikator', 'Target', 'Target *'],
      ['IK-01', 1, 2],
    ]);
    const read = readTable(s, SCHEMAS.pk);
    expect(read.duplicateColumns.map((d) => ({ key: d.column.key, cols: d.cols }))).toEqual([
      { key: 'target', cols: [1, 2] },
    ]);
    expect(numberOf(read.rows[0]!, 'target')).toBe(1);
  });

  test('no header among the first 10 rows: every column is missing and there are no rows', () => {
    const rows: CellValue[][] = Array.from({ length: 10 }, (_, i) => [`judul ${i}`]);
    rows.push(['Kode Indikator', 'Target'], ['IK-01', 1]);
    const read = readTable(sheet(rows), SCHEMAS.pk);
    expect(read.headerRow).toBeNull();
    expect(read.missingColumns).toHaveLength(SCHEMAS.pk.columns.length);
    expect(read.rows).toEqual([]);
  });

  test('the header row is the one with the most matching labels', () => {
    const s = sheet([['Target'], ['Kode Indikator', 'Target', 'Satuan'], ['IK-01', 5, 'nilai']]);
    expect(findHeaderRow(s, SCHEMAS.pk)).toBe(1);
  });

  test('SOP: the columns between Aktivitas and Kelengkapan are actors, whatever they are called', () => {
    const s = sheet(
      [
        [
          'No',
          'Aktivitas',
          'Camat',
          'Sekcam',
          'Kasi/Kasubbag',
          'Staf',
          'Operator',
          'Kelengkapan',
          'Waktu (Menit)',
          'Output',
          'Catatan Lain',
        ],
        [1, 'Memerintahkan penyusunan LAKIP', '✓', null, null, null, null, 'Nota dinas', 3, 'Dokumen', 'x'],
      ],
      'SOP',
    );
    const read = readTable(s, SCHEMAS.sop);
    expect(read.actorColumns.map((a) => a.label)).toEqual([
      'Camat',
      'Sekcam',
      'Kasi/Kasubbag',
      'Staf',
      'Operator',
    ]);
    expect(read.extraColumns.map((a) => a.label)).toEqual(['Catatan Lain']);
    expect(read.rows[0]!.actors.get('Camat')).toBe('✓');
    expect(read.rows[0]!.actors.get('Staf')).toBeNull();
  });

  test('header cells that are numbers or non-text are handled without throwing', () => {
    const s = sheet([
      [2017, true, { kind: 'error', code: '#REF!' }, 'Kode Indikator'],
      ['x', 'y', 'z', 'IK-9'],
    ]);
    const read = readTable(s, SCHEMAS.pk);
    expect(read.headerRow).toBe(1);
    expect(read.extraColumns).toEqual([{ label: '2017', col: 0 }]);
    expect(textOf(read.rows[0]!, 'kodeIndikator')).toBe('IK-9');
  });
});
