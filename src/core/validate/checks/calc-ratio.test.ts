/**
 * The A/B rule's findings (realisasi = Pembilang ÷ Penyebut × 100). The small valid tracker's
 * IK-01 (Rata-rata, Positif, target 82, Data Kinerja row 2) is made an A/B indicator:
 * A 10, 12, 11, 12 (Pembilang TW I–IV, columns Q–T) and B 12, 13, 12, 13 (Penyebut TW I–IV,
 * columns U–X) → ΣA 45 ÷ ΣB 50 × 100 = 90; capaian 90 ÷ 82 × 100 = 109,756097560976 %.
 */
import { describeFinding } from '../../findings/messages';
import type { Finding } from '../../findings/finding';
import { readTrackerModel } from '../../model/tracker-model';
import {
  rowOf,
  runCheck,
  toSnapshot,
  validTrackerData,
  type TrackerData,
} from '../../../../test/support/tracker-fixtures';
import { validateTracker } from '../validate';
import { checkCalcRatio } from './calc-ratio';

function ab(d: TrackerData, numbers: Record<string, number | null> = {}, labels = true): void {
  if (labels)
    Object.assign(rowOf(d, 'pk', 0), {
      pembilang: 'Jumlah responden puas',
      penyebut: 'Jumlah responden',
    });
  Object.assign(rowOf(d, 'dataKinerja', 0), {
    realisasiTw1: null,
    realisasiTw2: null,
    realisasiTw3: null,
    realisasiTw4: null,
    pembilangTw1: 10,
    pembilangTw2: 12,
    pembilangTw3: 11,
    pembilangTw4: 12,
    penyebutTw1: 12,
    penyebutTw2: 13,
    penyebutTw3: 12,
    penyebutTw4: 13,
    ...numbers,
  });
}

const brief = (fs: readonly Finding[]) => fs.map((f) => [f.code, f.severity, f.sheet, f.cell, f.detail]);

describe('calc-ratio: the A/B rule', () => {
  test('the valid tracker has none', () => {
    expect(runCheck(checkCalcRatio)).toEqual([]);
  });

  test('an A/B indicator filled correctly: no finding that the tracker did not have, Realisasi TW may stay empty', () => {
    const base = validTrackerData();
    const data = validTrackerData();
    ab(data);
    expect(validateTracker(toSnapshot(data)).findings).toEqual(validateTracker(toSnapshot(base)).findings);
    const fact = readTrackerModel(toSnapshot(data)).indicatorByKey('IK-01');
    expect([fact?.realisasi, fact?.rasio, fact?.capaian]).toEqual([
      90,
      { a: 45, b: 50, basis: 'sum' },
      { kind: 'ok', value: 109.756097560976, uncapped: 109.756097560976, capped: false },
    ]);
  });

  test('a typed Realisasi TW that differs from A ÷ B × 100: a peringatan naming both, the A/B figure used', () => {
    // TW I typed 85, 10 ÷ 12 × 100 = 83,3333333333333 (differs by 1,67 > 0,005): warned.
    // TW II typed 92,31, 12 ÷ 13 × 100 = 92,3076923076923 (differs by 0,0023 ≤ 0,005): agrees.
    const found = runCheck(checkCalcRatio, (d) => ab(d, { realisasiTw1: 85, realisasiTw2: 92.31 }));
    expect(brief(found)).toEqual([
      [
        'calc/ratio-mismatch',
        'warning',
        'Data Kinerja',
        'F2',
        { kode: 'IK-01', quarter: 1, typed: 85, pembilang: 10, penyebut: 12, computed: 83.3333333333333 },
      ],
    ]);
    expect(describeFinding(found[0]!).message).toBe(
      "'Data Kinerja'!F2: Realisasi TW I indikator IK-01 diisi 85, sedangkan Pembilang ÷ Penyebut × 100 = 10 ÷ 12 × 100 = 83,33; yang dipakai 83,33.",
    );
    const data = validTrackerData();
    ab(data, { realisasiTw1: 85, realisasiTw2: 92.31 });
    expect(readTrackerModel(toSnapshot(data)).indicatorByKey('IK-01')?.realisasi).toBe(90);
  });

  test('only one of the two numbers in a quarter: a galat at the empty cell, and no cell/required on Realisasi TW II', () => {
    const data = validTrackerData();
    ab(data, { penyebutTw2: null });
    const v = validateTracker(toSnapshot(data));
    const mine = v.findings.filter((f) => f.sheet === 'Data Kinerja' && f.row === 2);
    expect(brief(mine)).toEqual([
      [
        'cell/ratio-incomplete',
        'error',
        'Data Kinerja',
        'V2',
        { kode: 'IK-01', quarter: 2, missing: 'penyebut' },
      ],
    ]);
    expect(describeFinding(mine[0]!)).toEqual({
      message:
        "'Data Kinerja'!V2: realisasi indikator IK-01 dihitung dari Pembilang ÷ Penyebut × 100, tetapi Penyebut TW II belum diisi (atau bukan bilangan), sehingga realisasi tahunan dan capaiannya tidak dapat dihitung.",
      saran:
        'Isi kedua angka TW II (0 bila memang nol); bila indikator ini tidak memakai pembilang dan penyebut, kosongkan semua kolom Pembilang dan Penyebut barisnya dan isi Realisasi TW II saja.',
    });
    expect(readTrackerModel(toSnapshot(data)).indicatorByKey('IK-01')?.capaian).toEqual({
      kind: 'undefined',
      problem: 'rasio-tidak-lengkap',
      missing: [2],
    });
  });

  test('Penyebut 0 (ΣB = 0): calc/undefined on Penyebut TW IV, no capaian, never 0', () => {
    const found = runCheck(checkCalcRatio, (d) =>
      ab(d, {
        pembilangTw1: 0,
        pembilangTw2: 0,
        pembilangTw3: 0,
        pembilangTw4: 0,
        penyebutTw1: 0,
        penyebutTw2: 0,
        penyebutTw3: 0,
        penyebutTw4: 0,
      }),
    );
    expect(brief(found)).toEqual([
      [
        'calc/undefined',
        'warning',
        'Data Kinerja',
        'X2',
        { reason: 'penyebut-nol', basis: 'sum', kode: 'IK-01' },
      ],
    ]);
    expect(describeFinding(found[0]!).message).toBe(
      "'Data Kinerja'!X2: penyebut indikator IK-01 berjumlah 0 untuk semua triwulan, sehingga realisasi (Pembilang ÷ Penyebut × 100) dan capaiannya tidak dapat dihitung (pembagian dengan nol).",
    );
  });

  test('numbers without names in the PK: used all the same, with a peringatan on the PK row', () => {
    const found = runCheck(checkCalcRatio, (d) => ab(d, {}, false));
    expect(brief(found)).toEqual([
      [
        'calc/ratio-unlabelled',
        'warning',
        'PK',
        'M2',
        { kode: 'IK-01', missing: 'keduanya', dataSheet: 'Data Kinerja', dataRow: 2 },
      ],
    ]);
    const data = validTrackerData();
    ab(data, {}, false);
    expect(readTrackerModel(toSnapshot(data)).indicatorByKey('IK-01')?.realisasi).toBe(90);
  });
});
