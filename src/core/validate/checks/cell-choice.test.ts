import { rowOf, runCheck } from '../../../../test/support/tracker-fixtures';
import { checkCellChoice } from './cell-choice';

describe('cell/choice', () => {
  test('choices match ignoring case and spaces', () => {
    expect(runCheck(checkCellChoice, (d) => (rowOf(d, 'pk', 0).metode = '  nilai akhir '))).toEqual([]);
  });
  test('a value not in the list is an error listing the choices', () => {
    expect(runCheck(checkCellChoice, (d) => (rowOf(d, 'bagian', 1).jenis = 'Bidang'))).toEqual([
      {
        code: 'cell/choice',
        severity: 'error',
        sheet: 'Bagian',
        row: 3,
        column: 'Jenis',
        cell: 'C3',
        value: 'Bidang',
        expected: 'salah satu dari: Pimpinan, Sekretariat, Subbagian, Seksi',
      },
    ]);
  });
});
