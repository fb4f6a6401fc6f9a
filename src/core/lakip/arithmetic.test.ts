import {
  aggregateQuarters,
  annualFromQuarterlyTargets,
  computeCapaian,
  efisiensiOf,
  kategoriOf,
  serapan,
  trenOf,
} from './arithmetic';

const A = '(2*Target-Realisasi)/Target' as const;
const B = 'Target/Realisasi' as const;
const thresholds = { batasSangatTinggi: 91, batasTinggi: 76, batasSedang: 66, batasRendah: 51 };

describe('computeCapaian — the worked examples of domain.md', () => {
  test('IKM target 82, realisasi 84,5 → 103,05 %', () => {
    const c = computeCapaian(82, 84.5, 'Positif', A, null);
    expect(c.kind).toBe('ok');
    if (c.kind === 'ok') expect(c.value).toBeCloseTo(103.0488, 4);
  });
  test('APBDes tepat waktu target 100, realisasi 85,71 → 85,71 %', () => {
    expect(computeCapaian(100, 85.71, 'Positif', A, null)).toEqual({
      kind: 'ok',
      value: 85.71,
      uncapped: 85.71,
    });
  });
  test('gangguan trantibum (negative) target 10, realisasi 12 → A 80,00 %, B 83,33 %', () => {
    const a = computeCapaian(10, 12, 'Negatif', A, null);
    const b = computeCapaian(10, 12, 'Negatif', B, null);
    expect(a).toEqual({ kind: 'ok', value: 80, uncapped: 80 });
    expect(b.kind === 'ok' && b.value).toBeCloseTo(83.3333, 4);
  });
});

describe('computeCapaian — undefined and bounded cases', () => {
  test.each([
    [0, 5, 'Positif', A, 'target-nol'],
    [0, 5, 'Negatif', A, 'target-nol'],
    [0, 5, 'Negatif', B, 'target-nol'],
    [10, 0, 'Negatif', B, 'realisasi-nol'],
    [undefined, 5, 'Positif', A, 'tidak-ada-data'],
    [10, undefined, 'Positif', A, 'tidak-ada-data'],
    [Number.NaN, 5, 'Positif', A, 'tidak-ada-data'],
  ] as const)('target %p realisasi %p %s %s → undefined (%s)', (t, r, pol, rumus, reason) => {
    expect(computeCapaian(t, r, pol, rumus, null)).toEqual({ kind: 'undefined', reason });
  });
  test('formula A never goes below 0', () => {
    expect(computeCapaian(10, 35, 'Negatif', A, null)).toEqual({ kind: 'ok', value: 0, uncapped: 0 });
  });
  test('a negative indicator with realisasi 0 under formula A is 200 %', () => {
    expect(computeCapaian(10, 0, 'Negatif', A, null)).toEqual({ kind: 'ok', value: 200, uncapped: 200 });
  });
  test('the cap limits capaian but keeps the uncapped figure', () => {
    expect(computeCapaian(82, 84.5, 'Positif', A, 100)).toEqual({
      kind: 'ok',
      value: 100,
      uncapped: expect.closeTo(103.0488, 4) as number,
    });
    expect(computeCapaian(100, 85.71, 'Positif', A, 100)).toMatchObject({ value: 85.71 });
  });
});

describe('aggregateQuarters', () => {
  test.each([
    ['Kumulatif', [1, 2, 3, 4], 4, 10, [1, 2, 3, 4]],
    ['Kumulatif', [1, 2, 3, 4], 2, 3, [1, 2]],
    ['Kumulatif', [1, undefined, 0, 4], 4, 5, [1, 3, 4]],
    ['Nilai Akhir', [80, 82, 83, 84.5], 4, 84.5, [1, 2, 3, 4]],
    ['Nilai Akhir', [80, 82, undefined, undefined], 4, 82, [1, 2]],
    ['Nilai Akhir', [80, 82, 0, undefined], 4, 0, [1, 2, 3]],
    ['Nilai Akhir', [80, 82, 83, 84.5], 3, 83, [1, 2, 3]],
    ['Rata-rata', [80, 90, undefined, 100], 4, 90, [1, 2, 4]],
    ['Rata-rata', [80, 0, 100, 100], 4, 70, [1, 2, 3, 4]],
  ] as const)('%s %j up to TW %i → %p', (metode, q, tw, value, reported) => {
    expect(aggregateQuarters(q, metode, tw)).toEqual({ kind: 'ok', value, quartersReported: reported });
  });
  test('nothing reported up to Triwulan Berjalan is "none", not zero', () => {
    expect(aggregateQuarters([undefined, undefined, 5, 5], 'Kumulatif', 2)).toEqual({ kind: 'none' });
  });
});

test('annualFromQuarterlyTargets by method', () => {
  expect(annualFromQuarterlyTargets([2, 3, 2, 3], 'Kumulatif')).toBe(10);
  expect(annualFromQuarterlyTargets([70, 75, 80, 82], 'Nilai Akhir')).toBe(82);
  expect(annualFromQuarterlyTargets([90, 95, 95, 100], 'Rata-rata')).toBe(95);
  expect(annualFromQuarterlyTargets([], 'Kumulatif')).toBeUndefined();
});

describe('kategoriOf — boundaries are inclusive lower bounds', () => {
  test.each([
    [103.05, 'Sangat Tinggi'],
    [91, 'Sangat Tinggi'],
    [90.99, 'Tinggi'],
    [85.71, 'Tinggi'],
    [80, 'Tinggi'],
    [76, 'Tinggi'],
    [75.99, 'Sedang'],
    [66, 'Sedang'],
    [65.99, 'Rendah'],
    [51, 'Rendah'],
    [50.99, 'Sangat Rendah'],
    [0, 'Sangat Rendah'],
  ])('%p → %s', (capaian, kategori) => {
    expect(kategoriOf(capaian, thresholds)).toBe(kategori);
  });
  test('thresholds are the workbook’s', () => {
    expect(kategoriOf(85, { ...thresholds, batasSangatTinggi: 85 })).toBe('Sangat Tinggi');
  });
});

test('serapan is Σ realisasi ÷ Σ pagu, undefined for pagu 0', () => {
  expect(serapan(450_000_000, 500_000_000)).toBe(90);
  expect(serapan(0, 0)).toBeUndefined();
});

test('tren judged by polarity', () => {
  expect(trenOf(80, 84.5, 'Positif')).toEqual({ arah: 'naik', membaik: true });
  expect(trenOf(14, 12, 'Negatif')).toEqual({ arah: 'turun', membaik: true });
  expect(trenOf(10, 12, 'Negatif')).toEqual({ arah: 'naik', membaik: false });
  expect(trenOf(5, 5, 'Positif')).toEqual({ arah: 'tetap', membaik: null });
});

test.each([
  [103.05, 95, 'Efisien'],
  [95, 90, 'Cukup Efisien'],
  [85, 90, 'Cukup Efisien'],
  [84.99, 90, 'Tidak Efisien'],
])('efisiensi capaian %p serapan %p → %s', (c, s, status) => {
  expect(efisiensiOf(c, s)?.status).toBe(status);
});

describe('beyond a double (±1,8 × 10^308): not computable, never Infinity or NaN', () => {
  test('a sum or average of quarters that overflows names the quarter of largest magnitude', () => {
    expect(aggregateQuarters([9e307, 9e307, 9e307, 9e307], 'Kumulatif', 4)).toEqual({
      kind: 'overflow',
      quartersReported: [1, 2, 3, 4],
      largest: 1,
    });
    expect(aggregateQuarters([1, 9e307, -2, 1.7e308], 'Rata-rata', 4)).toMatchObject({
      kind: 'overflow',
      largest: 4,
    });
    // Nilai Akhir takes the last quarter: no sum, nothing overflows
    expect(aggregateQuarters([9e307, 9e307, 9e307, 9e307], 'Nilai Akhir', 4)).toMatchObject({
      kind: 'ok',
      value: 9e307,
    });
    // up to Triwulan Berjalan only
    expect(aggregateQuarters([9e307, 9e307, 9e307, 9e307], 'Kumulatif', 1)).toMatchObject({
      kind: 'ok',
      value: 9e307,
    });
  });
  test('capaian, serapan, efisiensi and annual targets', () => {
    expect(computeCapaian(1e-10, 1e300, 'Positif', '(2*Target-Realisasi)/Target', null)).toEqual({
      kind: 'undefined',
      reason: 'terlalu-besar',
    });
    expect(computeCapaian(9e307, -9e307, 'Negatif', '(2*Target-Realisasi)/Target', null)).toEqual({
      kind: 'undefined',
      reason: 'terlalu-besar',
    });
    expect(serapan(1e10, 1e-300)).toBeUndefined();
    expect(efisiensiOf(1.7e308, -1.7e308)).toBeUndefined();
    expect(annualFromQuarterlyTargets([9e307, 9e307], 'Kumulatif')).toBeUndefined();
    expect(annualFromQuarterlyTargets([9e307, 9e307], 'Nilai Akhir')).toBe(9e307);
  });
});
