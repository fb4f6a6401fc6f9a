import { rowOf, runCheck } from '../test-fixtures';
import { checkAnalysisMissing } from './analysis-missing';

describe('analysis/missing', () => {
  test('capaian of 100 % or more needs no analysis', () => {
    expect(runCheck(checkAnalysisMissing)).toEqual([]);
  });
  test('capaian below 100 % with Faktor Penghambat or Upaya Perbaikan empty is a warning on the first empty one', () => {
    const found = runCheck(checkAnalysisMissing, (d) => {
      rowOf(d, 'dataKinerja', 0).realisasiTw4 = 60; // mean 78 → 95,12 %
      Object.assign(rowOf(d, 'dataKinerja', 1), {
        realisasiTw4: 8,
        faktorPenghambat: 'Pencurian ternak meningkat',
      }); // 14 → 60 %
    });
    expect(found).toEqual([
      {
        code: 'analysis/missing',
        severity: 'warning',
        sheet: 'Data Kinerja',
        row: 2,
        column: 'Faktor Penghambat',
        cell: 'K2',
        value: null,
        detail: { capaian: (78 / 82) * 100, missing: ['Faktor Penghambat', 'Upaya Perbaikan'] },
      },
      expect.objectContaining({ row: 3, cell: 'L3', detail: { capaian: 60, missing: ['Upaya Perbaikan'] } }),
    ]);
  });
  test('both filled: no finding; a cap of 100 does not hide a shortfall', () => {
    expect(
      runCheck(checkAnalysisMissing, (d) => {
        d.pengaturan.batasAtasCapaian = 100;
        Object.assign(rowOf(d, 'dataKinerja', 0), {
          realisasiTw4: 60,
          faktorPenghambat: 'x',
          upayaPerbaikan: 'y',
        });
      }),
    ).toEqual([]);
  });
});
