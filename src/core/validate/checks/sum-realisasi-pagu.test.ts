import { rowOf, runCheck } from '../test-fixtures';
import { checkSumRealisasiPagu } from './sum-realisasi-pagu';

describe('sum/mismatch: realisasi anggaran above pagu', () => {
  test('realisasi within pagu, also exactly at it', () => {
    expect(runCheck(checkSumRealisasiPagu, (d) => (rowOf(d, 'dpa', 0).realisasiTw4 = 40_000_000))).toEqual(
      [],
    );
  });
  test('the sum of the quarters above the pagu is a warning on the last quarter reported', () => {
    const over = runCheck(checkSumRealisasiPagu, (d) => (rowOf(d, 'dpa', 1).realisasiTw3 = 25_000_000));
    expect(over).toEqual([
      expect.objectContaining({
        code: 'sum/mismatch',
        severity: 'warning',
        sheet: 'DPA',
        cell: 'K3',
        value: 10_000_000,
        detail: { rule: 'realisasi-pagu', expected: 50_000_000, actual: 55_000_000, paguCell: 'G3' },
      }),
    ]);
    const lastEmpty = runCheck(checkSumRealisasiPagu, (d) => {
      rowOf(d, 'dpa', 1).realisasiTw3 = 35_000_000;
      rowOf(d, 'dpa', 1).realisasiTw4 = null;
    });
    expect(lastEmpty).toMatchObject([{ cell: 'J3', value: 35_000_000, detail: { actual: 55_000_000 } }]);
  });
  test('only quarters up to Triwulan Berjalan count', () => {
    const found = runCheck(checkSumRealisasiPagu, (d) => {
      d.pengaturan.triwulanBerjalan = 2;
      rowOf(d, 'dpa', 1).realisasiTw2 = 45_000_000;
      rowOf(d, 'dpa', 1).realisasiTw4 = 90_000_000;
    });
    expect(found).toMatchObject([{ cell: 'I3', detail: { actual: 55_000_000 } }]);
  });
});
