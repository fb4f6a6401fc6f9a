/**
 * The arithmetic of docs/domain.md, at full precision (round only for display). Every
 * function here is total: an undefined figure is a value, never NaN or Infinity.
 */
import type { Settings } from '../model/settings';
import type { MetodeAgregasi, Polaritas, RumusNegatif } from '../schema/choices';

export type Capaian =
  | { readonly kind: 'ok'; readonly value: number; readonly uncapped: number }
  | {
      readonly kind: 'undefined';
      /** `terlalu-besar`: finite figures whose result is beyond a double (±1.8 × 10^308). */
      readonly reason: 'target-nol' | 'realisasi-nol' | 'tidak-ada-data' | 'terlalu-besar';
    };

/**
 * Capaian (%). Positive: R / T × 100. Negative, formula A: (2T − R) / T × 100, never below 0;
 * formula B: T / R × 100. Target 0 (or B with realisasi 0) is undefined. `cap` limits the result.
 */
export function computeCapaian(
  target: number | undefined,
  realisasi: number | undefined,
  polaritas: Polaritas,
  rumus: RumusNegatif,
  cap: number | null,
): Capaian {
  if (
    target === undefined ||
    realisasi === undefined ||
    !Number.isFinite(target) ||
    !Number.isFinite(realisasi)
  ) {
    return { kind: 'undefined', reason: 'tidak-ada-data' };
  }
  if (target === 0) return { kind: 'undefined', reason: 'target-nol' };
  let value: number;
  if (polaritas === 'Positif') {
    value = (realisasi / target) * 100;
  } else if (rumus === '(2*Target-Realisasi)/Target') {
    value = Math.max(0, ((2 * target - realisasi) / target) * 100);
  } else {
    if (realisasi === 0) return { kind: 'undefined', reason: 'realisasi-nol' };
    value = (target / realisasi) * 100;
  }
  if (!Number.isFinite(value)) return { kind: 'undefined', reason: 'terlalu-besar' };
  return { kind: 'ok', value: cap === null ? value : Math.min(value, cap), uncapped: value };
}

export type Quarters = readonly [
  number | undefined,
  number | undefined,
  number | undefined,
  number | undefined,
];

export type Aggregate =
  | { readonly kind: 'ok'; readonly value: number; readonly quartersReported: readonly number[] }
  | { readonly kind: 'none' }
  /**
   * The quarters are numbers, but their sum (or average) is beyond a double: not computable.
   * `largest` is the quarter (1-based) of largest magnitude, the cell to point at.
   */
  | { readonly kind: 'overflow'; readonly quartersReported: readonly number[]; readonly largest: number };

/**
 * Annual realisasi from quarterly values by Metode Agregasi, counting quarters up to
 * Triwulan Berjalan. `undefined` is "not reported"; 0 is a reported zero.
 */
export function aggregateQuarters(
  quarters: Quarters,
  metode: MetodeAgregasi,
  triwulanBerjalan: number,
): Aggregate {
  const reported: number[] = [];
  const values: number[] = [];
  quarters.forEach((v, i) => {
    if (i < triwulanBerjalan && v !== undefined && Number.isFinite(v)) {
      reported.push(i + 1);
      values.push(v);
    }
  });
  if (values.length === 0) return { kind: 'none' };
  let value: number;
  switch (metode) {
    case 'Kumulatif':
      value = values.reduce((a, b) => a + b, 0);
      break;
    case 'Nilai Akhir':
      value = values[values.length - 1] as number;
      break;
    case 'Rata-rata':
      value = values.reduce((a, b) => a + b, 0) / values.length;
      break;
  }
  if (!Number.isFinite(value)) {
    let largest = 0;
    values.forEach((v, i) => {
      if (Math.abs(v) > Math.abs(values[largest] ?? 0)) largest = i;
    });
    return { kind: 'overflow', quartersReported: reported, largest: reported[largest] ?? 1 };
  }
  return { kind: 'ok', value, quartersReported: reported };
}

/** The annual target implied by quarterly targets (Rencana Aksi), by the same method over all four quarters. */
export function annualFromQuarterlyTargets(
  targets: readonly number[],
  metode: MetodeAgregasi,
): number | undefined {
  if (targets.length === 0) return undefined;
  let annual: number | undefined;
  switch (metode) {
    case 'Kumulatif':
      annual = targets.reduce((a, b) => a + b, 0);
      break;
    case 'Nilai Akhir':
      annual = targets[targets.length - 1];
      break;
    case 'Rata-rata':
      annual = targets.reduce((a, b) => a + b, 0) / targets.length;
      break;
  }
  // Beyond a double (targets near 10^308): there is no annual figure to compare with.
  return annual !== undefined && Number.isFinite(annual) ? annual : undefined;
}

export const KATEGORI = ['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah'] as const;
export type Kategori = (typeof KATEGORI)[number];

/** Kategori by the workbook's thresholds; lower bounds are inclusive. */
export function kategoriOf(
  capaian: number,
  t: Pick<Settings, 'batasSangatTinggi' | 'batasTinggi' | 'batasSedang' | 'batasRendah'>,
): Kategori {
  if (capaian >= t.batasSangatTinggi) return 'Sangat Tinggi';
  if (capaian >= t.batasTinggi) return 'Tinggi';
  if (capaian >= t.batasSedang) return 'Sedang';
  if (capaian >= t.batasRendah) return 'Rendah';
  return 'Sangat Rendah';
}

/** Serapan (%) = Σ realisasi ÷ Σ pagu × 100; undefined for a pagu of 0, or a result beyond a double. */
export function serapan(realisasi: number, pagu: number): number | undefined {
  if (pagu === 0 || !Number.isFinite(pagu) || !Number.isFinite(realisasi)) return undefined;
  const value = (realisasi / pagu) * 100;
  return Number.isFinite(value) ? value : undefined;
}

export type Tren = 'naik' | 'turun' | 'tetap';

/** Movement of realisasi against last year, judged by polarity (a fall of a negative indicator is an improvement). */
export function trenOf(
  previous: number,
  current: number,
  polaritas: Polaritas,
): { arah: Tren; membaik: boolean | null } {
  if (current === previous) return { arah: 'tetap', membaik: null };
  const arah: Tren = current > previous ? 'naik' : 'turun';
  return { arah, membaik: polaritas === 'Positif' ? arah === 'naik' : arah === 'turun' };
}

export type StatusEfisiensi = 'Efisien' | 'Cukup Efisien' | 'Tidak Efisien';

/**
 * Efisiensi: Selisih = Capaian − Serapan; > 5 Efisien, −5 … 5 Cukup Efisien, < −5 Tidak
 * Efisien. Undefined when the difference is beyond a double.
 */
export function efisiensiOf(
  capaian: number,
  serapanPersen: number,
): { selisih: number; status: StatusEfisiensi } | undefined {
  const selisih = capaian - serapanPersen;
  if (!Number.isFinite(selisih)) return undefined;
  const status: StatusEfisiensi = selisih > 5 ? 'Efisien' : selisih < -5 ? 'Tidak Efisien' : 'Cukup Efisien';
  return { selisih, status };
}

/**
 * A computed figure read to 15 significant digits, as Excel stores and shows it: binary
 * noise such as 90.99999999999999 (9,1 ÷ 10 × 100) becomes 91, so a capaian shown as 91,00
 * is also categorised from 91 and a realisasi of 97,5 is not "lower" than last year's 97,5.
 */
export function atExcelPrecision(n: number): number {
  return Number.isFinite(n) ? Number(n.toPrecision(15)) : n;
}
