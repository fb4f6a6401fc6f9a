import { rowOf, runCheck } from '../test-fixtures';
import { checkCellNumberAsText } from './cell-number-as-text';

describe('cell/number-as-text', () => {
  test('numbers stored as numbers', () => {
    expect(runCheck(checkCellNumberAsText)).toEqual([]);
  });
  test('a number typed as text is a warning carrying the number it was read as', () => {
    const found = runCheck(checkCellNumberAsText, (d) => {
      rowOf(d, 'lkjip', 0).realisasi = '82,25';
      d.pengaturan.tahunLaporan = '2017';
    });
    expect(found).toEqual([
      {
        code: 'cell/number-as-text',
        severity: 'warning',
        sheet: 'Pengaturan',
        row: 3,
        column: 'Tahun Laporan',
        cell: 'B3',
        value: '2017',
        detail: { kind: 'number', number: 2017 },
      },
      {
        code: 'cell/number-as-text',
        severity: 'warning',
        sheet: 'LKjIP',
        row: 2,
        column: 'Realisasi',
        cell: 'F2',
        value: '82,25',
        detail: { kind: 'number', number: 82.25 },
      },
    ]);
  });
  test('a code typed as a number or text is neither (kode columns take both)', () => {
    expect(runCheck(checkCellNumberAsText, (d) => (rowOf(d, 'dpa', 0).kodeProgram = '5.01.01'))).toEqual([]);
  });
});
