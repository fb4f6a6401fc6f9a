import { rowOf, runCheck, type TrackerData } from '../../../../test/support/tracker-fixtures';
import { checkCalcUndefined } from './calc-undefined';

describe('calc/undefined', () => {
  test('capaian computable for every indicator', () => {
    expect(runCheck(checkCalcUndefined)).toEqual([]);
  });
  test('a PK target of 0 is a warning on the PK target', () => {
    expect(runCheck(checkCalcUndefined, (d) => (rowOf(d, 'pk', 0).target = 0))).toEqual([
      {
        code: 'calc/undefined',
        severity: 'warning',
        sheet: 'PK',
        row: 2,
        column: 'Target',
        cell: 'G2',
        value: 0,
        detail: { reason: 'target-nol' },
      },
    ]);
  });
  test('formula Target/Realisasi with realisasi 0 is a warning on the last quarter reported', () => {
    const zero = (d: TrackerData): void => {
      Object.assign(rowOf(d, 'dataKinerja', 1), {
        realisasiTw1: 0,
        realisasiTw2: 0,
        realisasiTw3: 0,
        realisasiTw4: 0,
      });
    };
    expect(runCheck(checkCalcUndefined, zero)).toEqual([]);
    const found = runCheck(checkCalcUndefined, (d) => {
      zero(d);
      d.pengaturan.rumusNegatif = 'Target/Realisasi';
    });
    expect(found).toEqual([
      {
        code: 'calc/undefined',
        severity: 'warning',
        sheet: 'Data Kinerja',
        row: 3,
        column: 'Realisasi TW IV',
        cell: 'I3',
        value: 0,
        detail: { reason: 'realisasi-nol', rumus: 'Target/Realisasi' },
      },
    ]);
  });
  test('no realisasi reported at all is cell/required, not calc/undefined', () => {
    const found = runCheck(checkCalcUndefined, (d) => {
      rowOf(d, 'pk', 0).target = 0;
      Object.assign(rowOf(d, 'dataKinerja', 0), {
        realisasiTw1: null,
        realisasiTw2: null,
        realisasiTw3: null,
        realisasiTw4: null,
      });
    });
    expect(found).toEqual([]);
  });
});
