import { rowOf, runCheck } from '../../../../test/support/tracker-fixtures';
import { checkSumAnggaranPagu } from './sum-anggaran-pagu';

describe('sum/mismatch: PK anggaran of a program against the DPA pagu', () => {
  test('equal amounts', () => {
    expect(runCheck(checkSumAnggaranPagu)).toEqual([]);
  });
  test('a different pagu is a warning on the PK anggaran, naming the DPA cell', () => {
    expect(runCheck(checkSumAnggaranPagu, (d) => (rowOf(d, 'dpa', 1).pagu = 55_000_000))).toEqual([
      {
        code: 'sum/mismatch',
        severity: 'warning',
        sheet: 'PK',
        row: 3,
        column: 'Anggaran (Rp)',
        cell: 'J3',
        value: 50_000_000,
        expected: 'Rp 55.000.000',
        detail: {
          rule: 'anggaran-pagu',
          expected: 55000000,
          actual: 50000000,
          otherSheet: 'DPA',
          otherCell: 'G3',
        },
      },
    ]);
  });
  test('a program missing from the DPA is ref/unknown, not a sum', () => {
    expect(runCheck(checkSumAnggaranPagu, (d) => (rowOf(d, 'pk', 1).kodeProgram = '9.99'))).toEqual([]);
  });
  test('a PK row leaving Kode Program/Kegiatan, Program/Kegiatan and Anggaran empty is not compared', () => {
    expect(
      runCheck(checkSumAnggaranPagu, (d) => {
        rowOf(d, 'dpa', 1).pagu = 55_000_000;
        rowOf(d, 'pk', 1).kodeProgram = null;
        rowOf(d, 'pk', 1).program = null;
        rowOf(d, 'pk', 1).anggaran = null;
      }),
    ).toEqual([]);
  });
});
