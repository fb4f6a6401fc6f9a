import { rowOf, runCheck } from '../test-fixtures';
import { checkRowDuplicateKey } from './row-duplicate-key';

describe('row/duplicate-key', () => {
  test('unique keys are unique in the fixture', () => {
    expect(runCheck(checkRowDuplicateKey)).toEqual([]);
  });
  test('a second row with the same key (ignoring case and spaces) is an error pointing at the first', () => {
    const found = runCheck(checkRowDuplicateKey, (d) => {
      rowOf(d, 'pk', 1).kodeIndikator = ' ik-01 ';
    });
    expect(found).toEqual([
      {
        code: 'row/duplicate-key',
        severity: 'error',
        sheet: 'PK',
        row: 3,
        column: 'Kode Indikator',
        cell: 'A3',
        value: ' ik-01 ',
        detail: { firstRow: 2, columns: ['Kode Indikator'], key: ['ik-01'] },
      },
    ]);
  });
  test('Data Kinerja has one row per indicator', () => {
    const found = runCheck(checkRowDuplicateKey, (d) => {
      d.tables.dataKinerja?.push({ ...rowOf(d, 'dataKinerja', 0) });
    });
    expect(found).toMatchObject([{ sheet: 'Data Kinerja', cell: 'B4', detail: { firstRow: 2 } }]);
  });
  test('composite keys: LKjIP (Tahun, Kode Indikator) and PK Individu (Jabatan, Kode Indikator)', () => {
    const found = runCheck(checkRowDuplicateKey, (d) => {
      d.tables.lkjip?.push({ ...rowOf(d, 'lkjip', 0), tahun: 2015 }, { ...rowOf(d, 'lkjip', 0) });
      d.tables.pkIndividu?.push({ ...rowOf(d, 'pkIndividu', 0), jabatan: 'Kasi Pemerintahan' });
    });
    expect(found).toEqual([
      expect.objectContaining({
        sheet: 'LKjIP',
        cell: 'A4',
        detail: { firstRow: 2, columns: ['Tahun', 'Kode Indikator'], key: ['2016', 'IK-01'] },
      }),
    ]);
  });
  test('Bagian is unique on Kode and on Nama', () => {
    const found = runCheck(checkRowDuplicateKey, (d) => {
      rowOf(d, 'bagian', 1).nama = 'subbagian perencanaan  dan keuangan';
    });
    expect(found).toMatchObject([{ sheet: 'Bagian', cell: 'B3', column: 'Nama Bagian' }]);
  });
});
