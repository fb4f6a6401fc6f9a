import { rowOf, runCheck } from '../../../../test/support/tracker-fixtures';
import { checkCellFormulaText } from './cell-formula-text';

describe('cell/formula-text', () => {
  test('ordinary text, and signed numbers in number columns, are fine', () => {
    expect(
      runCheck(
        checkCellFormulaText,
        (d) => (rowOf(d, 'dataKinerja', 0).faktorPendukung = 'Survei 4 kali; A=B bukan rumus'),
      ),
    ).toEqual([]);
  });
  test('Data Kinerja text starting with = + - @ is a warning (kept as literal text)', () => {
    const found = runCheck(checkCellFormulaText, (d) => {
      rowOf(d, 'dataKinerja', 0).buktiDukung = '=HYPERLINK("x")';
      rowOf(d, 'dataKinerja', 1).faktorPendukung = ' +62 812';
      rowOf(d, 'dataKinerja', 1).upayaPerbaikan = '@camat';
    });
    expect(found.map((f) => [f.code, f.severity, f.sheet, f.cell])).toEqual([
      ['cell/formula-text', 'warning', 'Data Kinerja', 'M2'],
      ['cell/formula-text', 'warning', 'Data Kinerja', 'J3'],
      ['cell/formula-text', 'warning', 'Data Kinerja', 'L3'],
    ]);
  });
  test('a lone "-" (none) and "- " bullets are not formulas to anyone: no warning; "-5%" still is', () => {
    const found = runCheck(checkCellFormulaText, (d) => {
      rowOf(d, 'dataKinerja', 0).faktorPendukung = '-';
      rowOf(d, 'dataKinerja', 0).faktorPenghambat = '- anggaran terlambat\n- SDM kurang';
      rowOf(d, 'dataKinerja', 1).upayaPerbaikan = '-5% dari target';
    });
    expect(found.map((f) => f.cell)).toEqual(['L3']);
  });
  test('other sheets are not checked (our own writers keep them literal)', () => {
    expect(runCheck(checkCellFormulaText, (d) => (rowOf(d, 'iku', 0).definisi = '=A1/B1'))).toEqual([]);
  });
});
