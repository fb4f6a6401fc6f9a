import { describeFinding } from '../../findings/messages';
import { rowOf, runCheck } from '../../../../test/support/tracker-fixtures';
import { checkCalcIsianRealisasi } from './calc-isian-realisasi';

describe('calc/isian-realisasi: quarterly realisasi that contradict Isian Realisasi', () => {
  test('the valid tracker has none', () => {
    expect(runCheck(checkCalcIsianRealisasi)).toEqual([]);
  });

  test('running totals typed Per Triwulan: a warning naming the indicator and both readings', () => {
    // IK-02 (Negatif, Kumulatif, target 10) typed 2 / 4 / 6 / 8 s.d. triwulan. Per Triwulan:
    // 2 + 4 + 6 + 8 = 20 ≥ 1,5 × 10 → capaian A max(0, (20 − 20) / 10 × 100) = 0%.
    // Kumulatif s.d. Triwulan: 8 → (20 − 8) / 10 × 100 = 120%.
    const found = runCheck(checkCalcIsianRealisasi, (d) => {
      Object.assign(rowOf(d, 'dataKinerja', 1), {
        realisasiTw1: 2,
        realisasiTw2: 4,
        realisasiTw3: 6,
        realisasiTw4: 8,
      });
    });
    expect(found).toEqual([
      {
        code: 'calc/isian-realisasi',
        severity: 'warning',
        sheet: 'Data Kinerja',
        row: 3,
        column: 'Realisasi TW IV',
        cell: 'I3',
        value: 8,
        detail: {
          reason: 'naik-melampaui-target',
          kode: 'IK-02',
          indikator: 'Jumlah gangguan trantibum',
          isian: 'Per Triwulan',
          lain: 'Kumulatif s.d. Triwulan',
          metode: 'Kumulatif',
          target: 10,
          realisasi: 20,
          realisasiLain: 8,
          capaian: 0,
          capaianLain: 120,
        },
      },
    ]);
    expect(describeFinding(found[0]!).message).toBe(
      "'Data Kinerja'!I3: realisasi triwulan indikator IK-02 “Jumlah gangguan trantibum” tidak cocok dengan Isian Realisasi “Per Triwulan”: angkanya tidak pernah turun dan realisasi tahunannya jauh melampaui target 10, seperti angka kumulatif. Dibaca “Per Triwulan”, realisasi tahunannya 20 (capaian 0,00%); dibaca “Kumulatif s.d. Triwulan”, 8 (capaian 120,00%).",
    );
  });

  test('the PK column says Kumulatif s.d. Triwulan: no warning for those figures', () => {
    expect(
      runCheck(checkCalcIsianRealisasi, (d) => {
        Object.assign(rowOf(d, 'dataKinerja', 1), {
          realisasiTw1: 2,
          realisasiTw2: 4,
          realisasiTw3: 6,
          realisasiTw4: 8,
        });
        rowOf(d, 'pk', 1).isianRealisasi = 'Kumulatif s.d. Triwulan';
      }),
    ).toEqual([]);
  });

  test('Pengaturan says Kumulatif s.d. Triwulan, the PK row says Per Triwulan: the row wins', () => {
    const found = runCheck(checkCalcIsianRealisasi, (d) => {
      d.pengaturan.isianRealisasi = 'Kumulatif s.d. Triwulan';
      Object.assign(rowOf(d, 'dataKinerja', 1), {
        realisasiTw1: 2,
        realisasiTw2: 4,
        realisasiTw3: 6,
        realisasiTw4: 8,
      });
      rowOf(d, 'pk', 1).isianRealisasi = 'Per Triwulan';
    });
    expect(found.map((f) => (f.code === 'calc/isian-realisasi' ? f.detail.isian : f.code))).toEqual([
      'Per Triwulan',
    ]);
  });

  test('Kumulatif s.d. Triwulan that falls: a warning on the first quarter that falls', () => {
    // IK-02 typed 3 / 2 / 3 / 2 while Pengaturan says s.d. triwulan: TW II (2) is below TW I (3).
    // As chosen: the last value 2 → (20 − 2) / 10 × 100 = 180%; per quarter 3 + 2 + 3 + 2 = 10 → 100%.
    const found = runCheck(checkCalcIsianRealisasi, (d) => {
      d.pengaturan.isianRealisasi = 'Kumulatif s.d. Triwulan';
      Object.assign(rowOf(d, 'dataKinerja', 1), {
        realisasiTw1: 3,
        realisasiTw2: 2,
        realisasiTw3: 3,
        realisasiTw4: 2,
      });
    });
    expect(found).toEqual([
      expect.objectContaining({
        cell: 'G3',
        detail: expect.objectContaining({
          reason: 'turun',
          isian: 'Kumulatif s.d. Triwulan',
          realisasi: 2,
          realisasiLain: 10,
          capaian: 180,
          capaianLain: 100,
        }) as unknown,
      }),
    ]);
    // IK-01 (Rata-rata, 83 / 84 / 85 / 86) never falls: no warning for it.
    expect(found).toHaveLength(1);
  });

  test('an A/B indicator is read from its Pembilang and Penyebut: typed quarters beside them are not judged', () => {
    // IK-01 (Rata-rata, target 82) typed 50 / 100 / 150 / 200: alone, mean 125 ≥ 1,5 × 82 = 123 warns.
    const typed = { realisasiTw1: 50, realisasiTw2: 100, realisasiTw3: 150, realisasiTw4: 200 };
    expect(
      runCheck(checkCalcIsianRealisasi, (d) => Object.assign(rowOf(d, 'dataKinerja', 0), typed)).map(
        (f) => f.cell,
      ),
    ).toEqual(['I2']);
    // With A 41 / 41 / 41 / 41 and B 50 each (82 % a quarter), the realisasi is 164 ÷ 200 × 100 = 82.
    expect(
      runCheck(checkCalcIsianRealisasi, (d) =>
        Object.assign(rowOf(d, 'dataKinerja', 0), typed, {
          pembilangTw1: 41,
          pembilangTw2: 41,
          pembilangTw3: 41,
          pembilangTw4: 41,
          penyebutTw1: 50,
          penyebutTw2: 50,
          penyebutTw3: 50,
          penyebutTw4: 50,
        }),
      ),
    ).toEqual([]);
  });
});
