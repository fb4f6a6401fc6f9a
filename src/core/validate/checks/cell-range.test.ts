import { rowOf, runCheck } from '../../../../test/support/tracker-fixtures';
import { checkCellRange } from './cell-range';

describe('cell/range (values outside their column range)', () => {
  test('values in range', () => {
    expect(runCheck(checkCellRange)).toEqual([]);
  });
  test('negative rupiah, tahun out of 2000–2100 and Triwulan 5 are errors', () => {
    const found = runCheck(checkCellRange, (d) => {
      d.pengaturan.triwulanBerjalan = 5;
      rowOf(d, 'dpa', 1).pagu = -5;
      rowOf(d, 'lkjip', 0).tahun = 1999;
    });
    expect(found.map((f) => [f.code, f.sheet, f.cell, f.value])).toEqual([
      ['cell/range', 'Pengaturan', 'B4', 5],
      ['cell/range', 'DPA', 'G3', -5],
      ['cell/range', 'LKjIP', 'A2', 1999],
    ]);
    expect(found[0]?.expected).toBe('bilangan antara 1 dan 4');
  });
});
