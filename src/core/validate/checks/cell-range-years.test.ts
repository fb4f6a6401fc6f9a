import { rowOf, runCheck } from '../../../../test/support/tracker-fixtures';
import { checkYears } from './cell-range-years';

describe('cell/range: years that contradict Pengaturan', () => {
  test('the fixture years agree with Tahun Laporan 2017', () => {
    expect(runCheck(checkYears)).toEqual([]);
  });
  test('Renja-RKT must be Tahun Laporan, Renja Tahun Berikut the year after', () => {
    const found = runCheck(checkYears, (d) => {
      rowOf(d, 'renja', 0).tahun = 2016;
      rowOf(d, 'renjaBerikut', 0).tahun = 2017;
    });
    expect(found).toEqual([
      expect.objectContaining({
        code: 'cell/range',
        sheet: 'Renja-RKT',
        cell: 'A2',
        value: 2016,
        expected: '2017',
        detail: { rule: 'renja', tahunLaporan: 2017 },
      }),
      expect.objectContaining({ sheet: 'Renja Tahun Berikut', cell: 'A2', value: 2017, expected: '2018' }),
    ]);
  });
  test('LKjIP rows must be earlier years', () => {
    expect(runCheck(checkYears, (d) => (rowOf(d, 'lkjip', 0).tahun = 2017))).toEqual([
      expect.objectContaining({ sheet: 'LKjIP', cell: 'A2', expected: 'sebelum 2017' }),
    ]);
  });
  test('the Renstra period (5 years from Tahun Awal Renstra) must cover Tahun Laporan', () => {
    expect(runCheck(checkYears, (d) => (d.pengaturan.tahunAwalRenstra = 2013))).toEqual([]);
    expect(runCheck(checkYears, (d) => (d.pengaturan.tahunAwalRenstra = 2018))).toEqual([
      expect.objectContaining({
        sheet: 'Pengaturan',
        cell: 'B5',
        value: 2018,
        expected: '2013–2017',
        detail: { rule: 'renstra', tahunLaporan: 2017, tahunAkhirRenstra: 2022 },
      }),
    ]);
    expect(runCheck(checkYears, (d) => (d.pengaturan.tahunAwalRenstra = 2012))).toHaveLength(1);
  });
  test('a Dokumen row is for Tahun Laporan, the two Tahun Berikut documents for the year after', () => {
    const found = runCheck(checkYears, (d) => {
      rowOf(d, 'dokumen', 0).tahun = 2018;
      rowOf(d, 'dokumen', 12).tahun = 2017;
    });
    expect(found.map((f) => [f.cell, f.expected])).toEqual([
      ['D2', '2017'],
      ['D14', '2018'],
    ]);
  });
  test('nothing is checked without a Tahun Laporan', () => {
    expect(
      runCheck(checkYears, (d) => ((d.pengaturan.tahunLaporan = null), (rowOf(d, 'renja', 0).tahun = 2010))),
    ).toEqual([]);
  });
});
