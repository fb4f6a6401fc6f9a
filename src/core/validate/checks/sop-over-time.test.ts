import { rowOf, runCheck } from '../../../../test/support/tracker-fixtures';
import { checkSopOverTime } from './sop-over-time';

describe('sop/over-time', () => {
  test('actual time up to the standard', () => {
    expect(runCheck(checkSopOverTime, (d) => (rowOf(d, 'sop', 1).waktuAktual = 60))).toEqual([]);
  });
  test('Waktu Aktual above Waktu (Menit) is a warning on Waktu Aktual', () => {
    expect(runCheck(checkSopOverTime, (d) => (rowOf(d, 'sop', 1).waktuAktual = 75))).toEqual([
      {
        code: 'sop/over-time',
        severity: 'warning',
        sheet: 'SOP',
        row: 3,
        column: 'Waktu Aktual (Menit)',
        cell: 'N3',
        value: 75,
        expected: 'paling lama 60 menit',
        detail: { standard: 60, actual: 75 },
      },
    ]);
  });
});
