import { rowOf, runCheck } from '../../../../test/support/tracker-fixtures';
import { checkSopDateOrder } from './sop-date-order';

describe('sop/date-order', () => {
  test('finishing on or after the start day', () => {
    expect(runCheck(checkSopDateOrder, (d) => (rowOf(d, 'sop', 0).tanggalSelesai = '02/01/2018'))).toEqual(
      [],
    );
  });
  test('Tanggal Selesai before Tanggal Mulai is an error on Tanggal Selesai (dates typed as text too)', () => {
    expect(
      runCheck(checkSopDateOrder, (d) => (rowOf(d, 'sop', 2).tanggalSelesai = '31 Desember 2017')),
    ).toEqual([
      {
        code: 'sop/date-order',
        severity: 'error',
        sheet: 'SOP',
        row: 4,
        column: 'Tanggal Selesai',
        cell: 'M4',
        value: '31 Desember 2017',
        expected: 'tanggal 04/01/2018 atau sesudahnya',
        detail: { mulai: '04/01/2018', mulaiCell: 'L4', tahunLaporan: 2017 },
      },
    ]);
  });
});
