import { rowOf, runCheck } from '../../../../test/support/tracker-fixtures';
import { checkSumQuarterlyTargets } from './sum-quarterly-targets';

describe('sum/mismatch: Rencana Aksi quarterly targets against the PK target', () => {
  test('Rata-rata (mean 82) and Kumulatif (sum 10) agree with the PK', () => {
    expect(runCheck(checkSumQuarterlyTargets)).toEqual([]);
  });
  test('Nilai Akhir takes TW IV', () => {
    expect(
      runCheck(checkSumQuarterlyTargets, (d) => {
        rowOf(d, 'pk', 0).metode = 'Nilai Akhir';
        Object.assign(rowOf(d, 'renaksi', 0), { targetTw1: 10, targetTw2: 40, targetTw3: 60, targetTw4: 82 });
      }),
    ).toEqual([]);
  });
  test('quarters that do not add up by the method are a warning on TW IV', () => {
    const found = runCheck(checkSumQuarterlyTargets, (d) => {
      rowOf(d, 'renaksi', 1).targetTw4 = 3;
      rowOf(d, 'pk', 0).metode = 'Kumulatif';
    });
    expect(found).toEqual([
      expect.objectContaining({
        code: 'sum/mismatch',
        severity: 'warning',
        sheet: 'Rencana Aksi',
        cell: 'G2',
        expected: '82',
        detail: { rule: 'target-triwulan', metode: 'Kumulatif', expected: 82, actual: 328, pkRow: 2 },
      }),
      expect.objectContaining({
        cell: 'G3',
        value: 3,
        expected: '10',
        detail: expect.objectContaining({ actual: 11 }) as unknown,
      }),
    ]);
  });
  test('a row with an empty quarter is cell/required, not a sum', () => {
    expect(runCheck(checkSumQuarterlyTargets, (d) => (rowOf(d, 'renaksi', 1).targetTw2 = null))).toEqual([]);
  });
});
