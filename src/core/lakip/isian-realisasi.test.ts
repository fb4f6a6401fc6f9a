/**
 * Isian Realisasi Triwulan: the same year typed per quarter and cumulatively (s.d. triwulan)
 * gives the same annual realisasi and capaian for every Metode Agregasi and both polarities.
 */
import { aggregateQuarters, computeCapaian, isianContradiction, type Quarters } from './arithmetic';
import type { IsianRealisasi, MetodeAgregasi, Polaritas, RumusNegatif } from '../schema/choices';

const A: RumusNegatif = '(2*Target-Realisasi)/Target';
const B: RumusNegatif = 'Target/Realisasi';

function annual(q: Quarters, metode: MetodeAgregasi, isian: IsianRealisasi, tw = 4): number {
  const agg = aggregateQuarters(q, metode, tw, isian);
  if (agg.kind !== 'ok') throw new Error(`no aggregate: ${agg.kind}`);
  return agg.value;
}

function capaian(target: number, realisasi: number, polaritas: Polaritas, rumus: RumusNegatif = A): number {
  const c = computeCapaian(target, realisasi, polaritas, rumus, null);
  if (c.kind !== 'ok') throw new Error(`undefined: ${c.reason}`);
  return c.value;
}

describe('one year typed two ways', () => {
  // Per quarter 20 / 20 / 25 / 5; s.d. triwulan 20 / 40 / 65 / 70.
  const perTw: Quarters = [20, 20, 25, 5];
  const kumulatif: Quarters = [20, 40, 65, 70];

  test('Kumulatif: the sum of the quarters = the last cumulative value', () => {
    // 20 + 20 + 25 + 5 = 70; s.d. TW IV = 70.
    expect(annual(perTw, 'Kumulatif', 'Per Triwulan')).toBe(70);
    expect(annual(kumulatif, 'Kumulatif', 'Kumulatif s.d. Triwulan')).toBe(70);
    // Positive, target 120: 70 / 120 × 100 = 58,333…%.
    expect(capaian(120, annual(kumulatif, 'Kumulatif', 'Kumulatif s.d. Triwulan'), 'Positif')).toBeCloseTo(
      58.333333333,
      8,
    );
    expect(capaian(120, annual(perTw, 'Kumulatif', 'Per Triwulan'), 'Positif')).toBeCloseTo(58.333333333, 8);
    // Negative, target 80: A (2 × 80 − 70) / 80 × 100 = 112,5%; B 80 / 70 × 100 = 114,2857…%.
    for (const [q, isian] of [
      [perTw, 'Per Triwulan'],
      [kumulatif, 'Kumulatif s.d. Triwulan'],
    ] as const) {
      expect(capaian(80, annual(q, 'Kumulatif', isian), 'Negatif', A)).toBe(112.5);
      expect(capaian(80, annual(q, 'Kumulatif', isian), 'Negatif', B)).toBeCloseTo(114.285714286, 8);
    }
  });

  test('Rata-rata: the mean of the quarters = the mean of the increments = last ÷ n', () => {
    // (20 + 20 + 25 + 5) / 4 = 17,5; increments of 20/40/65/70 are 20/20/25/5, mean 70 / 4 = 17,5.
    expect(annual(perTw, 'Rata-rata', 'Per Triwulan')).toBe(17.5);
    expect(annual(kumulatif, 'Rata-rata', 'Kumulatif s.d. Triwulan')).toBe(17.5);
    for (const [q, isian] of [
      [perTw, 'Per Triwulan'],
      [kumulatif, 'Kumulatif s.d. Triwulan'],
    ] as const) {
      // Positive, target 20: 17,5 / 20 × 100 = 87,5%.
      expect(capaian(20, annual(q, 'Rata-rata', isian), 'Positif')).toBe(87.5);
      // Negative, target 20: A (40 − 17,5) / 20 × 100 = 112,5%; B 20 / 17,5 × 100 = 114,2857…%.
      expect(capaian(20, annual(q, 'Rata-rata', isian), 'Negatif', A)).toBe(112.5);
      expect(capaian(20, annual(q, 'Rata-rata', isian), 'Negatif', B)).toBeCloseTo(114.285714286, 8);
    }
  });

  test('Nilai Akhir: a level reads the same either way, the last quarter reported', () => {
    // IKM 78 / 80 / 83 / 84,5: the index s.d. TW IV is the index at the end of TW IV, 84,5.
    const ikm: Quarters = [78, 80, 83, 84.5];
    expect(annual(ikm, 'Nilai Akhir', 'Per Triwulan')).toBe(84.5);
    expect(annual(ikm, 'Nilai Akhir', 'Kumulatif s.d. Triwulan')).toBe(84.5);
    // Target 82: 84,5 / 82 × 100 = 103,0487…% (domain.md: 103,05 %).
    expect(capaian(82, annual(ikm, 'Nilai Akhir', 'Kumulatif s.d. Triwulan'), 'Positif')).toBeCloseTo(
      103.048780488,
      8,
    );
    // Negative level 12 / 11 / 12 / 12, target 10: A (20 − 12) / 10 × 100 = 80%; B 10 / 12 × 100 = 83,33…%.
    const gangguan: Quarters = [12, 11, 12, 12];
    for (const isian of ['Per Triwulan', 'Kumulatif s.d. Triwulan'] as const) {
      expect(capaian(10, annual(gangguan, 'Nilai Akhir', isian), 'Negatif', A)).toBe(80);
      expect(capaian(10, annual(gangguan, 'Nilai Akhir', isian), 'Negatif', B)).toBeCloseTo(83.333333333, 8);
    }
  });

  test('only quarters up to Triwulan Berjalan count (TW III)', () => {
    // 20 + 20 + 25 = 65 = s.d. TW III; mean 65 / 3 = 21,666…
    expect(annual(perTw, 'Kumulatif', 'Per Triwulan', 3)).toBe(65);
    expect(annual(kumulatif, 'Kumulatif', 'Kumulatif s.d. Triwulan', 3)).toBe(65);
    expect(annual(perTw, 'Rata-rata', 'Per Triwulan', 3)).toBeCloseTo(21.666666667, 8);
    expect(annual(kumulatif, 'Rata-rata', 'Kumulatif s.d. Triwulan', 3)).toBeCloseTo(21.666666667, 8);
  });

  test('the issue: cumulative figures read per quarter are summed twice', () => {
    // 20 + 40 + 65 + 70 = 195 → 195 / 120 × 100 = 162,5% where 70 → 58,33% is right.
    expect(capaian(120, annual(kumulatif, 'Kumulatif', 'Per Triwulan'), 'Positif')).toBe(162.5);
    // Negative (the sample's IK-03, 2/4/3/3 per quarter = 2/6/9/12 cumulative), target 10:
    // read per quarter 2 + 6 + 9 + 12 = 29 → A max(0, (20 − 29) / 10 × 100) = 0%; read
    // cumulatively 12 → (20 − 12) / 10 × 100 = 80%; per quarter 2 + 4 + 3 + 3 = 12 → 80%.
    const ik03: Quarters = [2, 6, 9, 12];
    expect(capaian(10, annual(ik03, 'Kumulatif', 'Per Triwulan'), 'Negatif')).toBe(0);
    expect(capaian(10, annual(ik03, 'Kumulatif', 'Kumulatif s.d. Triwulan'), 'Negatif')).toBe(80);
    expect(capaian(10, annual([2, 4, 3, 3], 'Kumulatif', 'Per Triwulan'), 'Negatif')).toBe(80);
  });
});

describe('isianContradiction', () => {
  test('Per Triwulan, never falling, annual ≥ 1,5 × target: running totals typed as quarters', () => {
    // 20 + 40 + 65 + 70 = 195 ≥ 1,5 × 120 = 180; the cumulative reading is 70.
    expect(isianContradiction([20, 40, 65, 70], 'Kumulatif', 4, 'Per Triwulan', 120)).toEqual({
      reason: 'naik-melampaui-target',
      asChosen: 195,
      asOther: 70,
      quarter: 4,
    });
    // Rata-rata, target 20: (20 + 40 + 65 + 70) / 4 = 48,75 ≥ 30; cumulatively 70 / 4 = 17,5.
    expect(isianContradiction([20, 40, 65, 70], 'Rata-rata', 4, 'Per Triwulan', 20)).toEqual({
      reason: 'naik-melampaui-target',
      asChosen: 48.75,
      asOther: 17.5,
      quarter: 4,
    });
    // 10 + 20 + 30 + 40 = 100 ≥ 1,5 × 50 = 75, but not ≥ 1,5 × 70 = 105.
    expect(isianContradiction([10, 20, 30, 40], 'Kumulatif', 4, 'Per Triwulan', 50)?.reason).toBe(
      'naik-melampaui-target',
    );
    expect(isianContradiction([10, 20, 30, 40], 'Kumulatif', 4, 'Per Triwulan', 70)).toBeUndefined();
  });

  test('plausible per-quarter figures are not a contradiction', () => {
    // Falls once (25 → 5): not running totals.
    expect(isianContradiction([20, 20, 25, 5], 'Kumulatif', 4, 'Per Triwulan', 40)).toBeUndefined();
    // Never rises: 30 × 4 = 120 ≥ 1,5 × 60 = 90, yet equal quarters are ordinary.
    expect(isianContradiction([30, 30, 30, 30], 'Kumulatif', 4, 'Per Triwulan', 60)).toBeUndefined();
    // One quarter only (Triwulan Berjalan I).
    expect(isianContradiction([20, 40, 65, 70], 'Kumulatif', 1, 'Per Triwulan', 10)).toBeUndefined();
    // Nilai Akhir reads the same either way.
    expect(isianContradiction([20, 40, 65, 70], 'Nilai Akhir', 4, 'Per Triwulan', 10)).toBeUndefined();
    // No target to compare with.
    expect(isianContradiction([20, 40, 65, 70], 'Kumulatif', 4, 'Per Triwulan', undefined)).toBeUndefined();
  });

  test('Kumulatif s.d. Triwulan that falls: the quarters were typed one by one', () => {
    // 25 → 5 at TW IV; as chosen the last value 5, read per quarter 20 + 20 + 25 + 5 = 70.
    expect(isianContradiction([20, 20, 25, 5], 'Kumulatif', 4, 'Kumulatif s.d. Triwulan', 70)).toEqual({
      reason: 'turun',
      asChosen: 5,
      asOther: 70,
      quarter: 4,
    });
    // Rata-rata: 5 / 4 = 1,25 as chosen, 70 / 4 = 17,5 per quarter; the fall is at TW II (20 → 10).
    expect(isianContradiction([20, 10, 25, 5], 'Rata-rata', 4, 'Kumulatif s.d. Triwulan', 15)).toEqual({
      reason: 'turun',
      asChosen: 1.25,
      asOther: 15,
      quarter: 2,
    });
    expect(
      isianContradiction([20, 40, 65, 70], 'Kumulatif', 4, 'Kumulatif s.d. Triwulan', 70),
    ).toBeUndefined();
  });
});
