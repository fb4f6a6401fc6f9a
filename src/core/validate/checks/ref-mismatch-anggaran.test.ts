import { rowOf, runCheck } from '../../../../test/support/tracker-fixtures';
import { checkRefMismatchAnggaran } from './ref-mismatch-anggaran';

describe('ref/mismatch of a program’s anggaran within the PK', () => {
  test('rows of one program with the same anggaran', () => {
    expect(
      runCheck(checkRefMismatchAnggaran, (d) => {
        rowOf(d, 'pk', 1).kodeProgram = '5.01.01';
        rowOf(d, 'pk', 1).anggaran = 'Rp 100.000.000';
      }),
    ).toEqual([]);
  });
  test('a later row of the same program with another anggaran is a warning pointing at the first', () => {
    const found = runCheck(checkRefMismatchAnggaran, (d) => {
      rowOf(d, 'pk', 1).kodeProgram = '5.01.01';
    });
    expect(found).toEqual([
      {
        code: 'ref/mismatch',
        severity: 'warning',
        sheet: 'PK',
        row: 3,
        column: 'Anggaran (Rp)',
        cell: 'J3',
        value: 50_000_000,
        expected: 'Rp 100.000.000',
        detail: { otherSheet: 'PK', otherCell: 'J2', field: 'Anggaran (Rp)' },
      },
    ]);
  });
  test('a row of the program that leaves Anggaran empty (optional) is not compared', () => {
    expect(
      runCheck(checkRefMismatchAnggaran, (d) => {
        rowOf(d, 'pk', 1).kodeProgram = '5.01.01';
        rowOf(d, 'pk', 1).anggaran = null;
      }),
    ).toEqual([]);
  });
});
