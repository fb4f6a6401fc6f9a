import { rowOf, runCheck } from '../../../../test/support/tracker-fixtures';
import { checkCellType } from './cell-type';

describe('cell/type', () => {
  test('readable cells are fine, Indonesian number forms included', () => {
    expect(runCheck(checkCellType, (d) => (rowOf(d, 'dpa', 0).pagu = 'Rp 100.000.000'))).toEqual([]);
  });
  test('a cell that cannot be read as its type is an error with the expected form', () => {
    const found = runCheck(checkCellType, (d) => {
      rowOf(d, 'pk', 0).target = 'delapan puluh';
      rowOf(d, 'sop', 0).tanggalMulai = '31/02/2018';
      d.pengaturan.tahunLaporan = 2017.5;
    });
    expect(found).toEqual([
      expect.objectContaining({
        sheet: 'Pengaturan',
        cell: 'B3',
        value: 2017.5,
        expected: 'tahun (bilangan bulat 2000–2100), mis. 2017',
      }),
      expect.objectContaining({
        code: 'cell/type',
        severity: 'error',
        sheet: 'SOP',
        cell: 'L2',
        value: '31/02/2018',
      }),
      expect.objectContaining({
        sheet: 'PK',
        row: 2,
        column: 'Target',
        cell: 'G2',
        value: 'delapan puluh',
        expected: 'bilangan, mis. 1.234,5',
      }),
    ]);
  });
});
