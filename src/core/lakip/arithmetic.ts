/**
 * The arithmetic of docs/domain.md, at full precision (round only for display). Every
 * function here is total: an undefined figure is a value, never NaN or Infinity.
 */
import type { Settings } from '../model/settings';
import type { ParseResult } from '../parse/cell';
import type { IsianRealisasi, MetodeAgregasi, Polaritas, RumusNegatif } from '../schema/choices';

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

/** A quarter whose realisasi is typed `n/a` or `tidak tersedia`: known not to exist (not 0, not empty). */
export const TIDAK_TERSEDIA = 'n/a';

/** A quarter's realisasi: a number, `undefined` (not reported yet) or `TIDAK_TERSEDIA`. */
export type QuarterValue = number | undefined | typeof TIDAK_TERSEDIA;

export type Quarters = readonly [QuarterValue, QuarterValue, QuarterValue, QuarterValue];

/** A parsed quarter cell as a quarter value: a number, not available, or nothing. */
export function quarterValue(p: ParseResult | undefined): QuarterValue {
  if (p?.kind === 'not-available') return TIDAK_TERSEDIA;
  return p?.kind === 'ok' && typeof p.value === 'number' ? p.value : undefined;
}

export type Aggregate =
  | { readonly kind: 'ok'; readonly value: number; readonly quartersReported: readonly number[] }
  | { readonly kind: 'none' }
  /** Quarters up to Triwulan Berjalan typed `n/a`: there is no annual figure (1-based quarters). */
  | { readonly kind: 'not-available'; readonly quarters: readonly number[] }
  /**
   * The quarters are numbers, but their sum (or average) is beyond a double: not computable.
   * `largest` is the quarter (1-based) of largest magnitude, the cell to point at.
   */
  | { readonly kind: 'overflow'; readonly quartersReported: readonly number[]; readonly largest: number };

/**
 * Annual realisasi from quarterly values by Metode Agregasi, counting quarters up to
 * Triwulan Berjalan. `undefined` is "not reported"; 0 is a reported zero.
 *
 * `isian` says how the quarters were typed (Pengaturan "Isian Realisasi Triwulan", or the PK
 * column "Isian Realisasi"). `Per Triwulan`: each quarter's own figure p₁…p₄. `Kumulatif s.d.
 * Triwulan`: the running figure cₖ = p₁ + … + pₖ, so pₖ = cₖ − cₖ₋₁ and every method reads the
 * same annual figure from either input:
 * - Kumulatif: Σ pₖ = the last cumulative value c_last (not the sum of the cₖ, which counts
 *   TW I four times);
 * - Rata-rata: the mean of the increments, (c_last − 0) ÷ n = c_last ÷ n;
 * - Nilai Akhir: an index or percentage is a level, and the level "s.d. triwulan k" is the
 *   level at the end of quarter k: the same number in both inputs, the last one reported.
 */
export function aggregateQuarters(
  quarters: Quarters,
  metode: MetodeAgregasi,
  triwulanBerjalan: number,
  isian: IsianRealisasi = 'Per Triwulan',
): Aggregate {
  const reported: number[] = [];
  const values: number[] = [];
  const notAvailable: number[] = [];
  quarters.forEach((v, i) => {
    if (i >= triwulanBerjalan) return;
    if (v === TIDAK_TERSEDIA) notAvailable.push(i + 1);
    else if (typeof v === 'number' && Number.isFinite(v)) {
      reported.push(i + 1);
      values.push(v);
    }
  });
  // One quarter without a figure leaves the year without one, whatever the method.
  if (notAvailable.length > 0) return { kind: 'not-available', quarters: notAvailable };
  if (values.length === 0) return { kind: 'none' };
  let value: number;
  const last = values[values.length - 1] as number;
  if (isian === 'Kumulatif s.d. Triwulan') {
    // The increments telescope: Σ (cₖ − cₖ₋₁) = c_last, computed without the intermediate
    // differences so that no rounding creeps in (0,3 − 0,1 is not 0,2 in binary).
    value = metode === 'Rata-rata' ? last / values.length : last;
  } else {
    switch (metode) {
      case 'Kumulatif':
        value = values.reduce((a, b) => a + b, 0);
        break;
      case 'Nilai Akhir':
        value = last;
        break;
      case 'Rata-rata':
        value = values.reduce((a, b) => a + b, 0) / values.length;
        break;
    }
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

/** One quarter of an A/B indicator: its Pembilang (A) and Penyebut (B), `undefined` when empty. */
export interface RatioQuarter {
  readonly a: number | undefined;
  readonly b: number | undefined;
}

export type RatioQuarters = readonly [RatioQuarter, RatioQuarter, RatioQuarter, RatioQuarter];

/** How close a typed realisasi must be to A ÷ B × 100 to agree with it (two decimals, as shown). */
export const RATIO_TOLERANCE = 0.005;

export type RatioAggregate =
  /** No Pembilang nor Penyebut up to Triwulan Berjalan: not an A/B indicator this year. */
  | { readonly kind: 'none' }
  /**
   * `value` = `a` ÷ `b` × 100, where `a` and `b` are the numbers the rule takes (ΣA and ΣB,
   * or the last quarter's A and B); `quarters` are the quarters reported (1-based).
   */
  | {
      readonly kind: 'ok';
      readonly value: number;
      readonly a: number;
      readonly b: number;
      /** `sum`: ΣA ÷ ΣB; `last`: the last quarter's A ÷ B. */
      readonly basis: 'sum' | 'last';
      readonly quarters: readonly number[];
    }
  /** Quarters up to Triwulan Berjalan with only one of the two numbers, or neither while others have them. */
  | { readonly kind: 'incomplete'; readonly quarters: readonly number[] }
  /** The Penyebut the rule divides by is 0 (ΣB, or the last quarter's B): `quarter` is the cell to name. */
  | { readonly kind: 'penyebut-nol'; readonly quarter: number; readonly basis: 'sum' | 'last' }
  /** The numbers are valid one by one, but their sum or ratio is beyond a double. */
  | { readonly kind: 'overflow'; readonly quarter: number };

/**
 * The annual realisasi of an A/B indicator (realisasi = Pembilang ÷ Penyebut × 100), from the
 * quarters' numbers up to Triwulan Berjalan. The one rule, for validation, the LAKIP tables and
 * consolidation alike:
 * - a quarter's realisasi is its A ÷ B × 100 (`ratioOfQuarter`);
 * - `Per Triwulan` (each quarter's own counts): Kumulatif and Rata-rata take the ratio of the
 *   sums, ΣA ÷ ΣB × 100 — never the sum nor the average of the quarters' percentages, which
 *   weigh a quarter of 2 letters like one of 200 — and Nilai Akhir the last quarter's A ÷ B × 100;
 * - `Kumulatif s.d. Triwulan` (counts from January to the end of each quarter): the last
 *   quarter's numbers already are the year's, so A_last ÷ B_last × 100 for all three methods;
 * - the Penyebut divided by is 0: not computable (`penyebut-nol`), never 0 nor Infinity;
 * - a quarter with only one of the two numbers, or neither while other quarters have them:
 *   `incomplete` (a n/a quarter is the caller's to tell, as for typed realisasi).
 */
export function ratioRealisasi(
  quarters: RatioQuarters,
  metode: MetodeAgregasi,
  triwulanBerjalan: number,
  isian: IsianRealisasi = 'Per Triwulan',
): RatioAggregate {
  const upTo = quarters.slice(0, Math.max(0, Math.min(4, triwulanBerjalan)));
  const known = (n: number | undefined): n is number => n !== undefined && Number.isFinite(n);
  if (!upTo.some((q) => known(q.a) || known(q.b))) return { kind: 'none' };
  const incomplete = upTo.flatMap((q, i) => (known(q.a) && known(q.b) ? [] : [i + 1]));
  if (incomplete.length > 0) return { kind: 'incomplete', quarters: incomplete };
  const as = upTo.map((q) => q.a as number);
  const bs = upTo.map((q) => q.b as number);
  const n = upTo.length;
  const basis = isian === 'Kumulatif s.d. Triwulan' || metode === 'Nilai Akhir' ? 'last' : 'sum';
  const a = basis === 'last' ? (as[n - 1] as number) : as.reduce((x, y) => x + y, 0);
  const b = basis === 'last' ? (bs[n - 1] as number) : bs.reduce((x, y) => x + y, 0);
  const reported = upTo.map((_, i) => i + 1);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return { kind: 'overflow', quarter: n };
  if (b === 0) return { kind: 'penyebut-nol', quarter: n, basis };
  const value = (a / b) * 100;
  if (!Number.isFinite(value)) return { kind: 'overflow', quarter: n };
  return { kind: 'ok', value, a, b, basis, quarters: reported };
}

/** One quarter's A ÷ B × 100, or undefined when a number is missing or B is 0. */
export function ratioOfQuarter(q: RatioQuarter): number | undefined {
  if (q.a === undefined || q.b === undefined || q.b === 0) return undefined;
  const value = (q.a / q.b) * 100;
  return Number.isFinite(value) ? value : undefined;
}

/** The other input mode. */
export function otherIsian(isian: IsianRealisasi): IsianRealisasi {
  return isian === 'Per Triwulan' ? 'Kumulatif s.d. Triwulan' : 'Per Triwulan';
}

/** How far beyond the target the per-quarter reading must go before it is called implausible. */
export const ISIAN_PLAUSIBILITY_FACTOR = 1.5;

export interface IsianContradiction {
  /** `naik-melampaui-target`: typed Per Triwulan, never falling, the annual figure ≥ 1,5 × target. `turun`: typed Kumulatif s.d. Triwulan, yet a later quarter is below an earlier one. */
  readonly reason: 'naik-melampaui-target' | 'turun';
  /** The annual realisasi as the choice reads it, and as the other choice would. */
  readonly asChosen: number;
  readonly asOther: number;
  /** The quarter (1-based) to point at: the last reported one, or the first that falls. */
  readonly quarter: number;
}

/**
 * Whether the quarters contradict the way they are said to be typed (Nilai Akhir reads the
 * same either way, so it never does). Needs at least two quarters reported up to Triwulan
 * Berjalan.
 * - Per Triwulan, Kumulatif or Rata-rata: values that never fall, rise at least once, and
 *   whose annual figure is at least 1,5 × the target: running totals typed as quarters (TW
 *   20/40/65/70 for a target of 120 read as 195 = 162,50 % where 70 = 58,33 % was meant).
 * - Kumulatif s.d. Triwulan, Kumulatif or Rata-rata: a running total never falls, so a later
 *   quarter below an earlier one means the quarters were typed one by one.
 */
export function isianContradiction(
  quarters: Quarters,
  metode: MetodeAgregasi,
  triwulanBerjalan: number,
  isian: IsianRealisasi,
  target: number | undefined,
): IsianContradiction | undefined {
  if (metode === 'Nilai Akhir') return undefined;
  const reported: number[] = [];
  const values: number[] = [];
  quarters.forEach((v, i) => {
    if (i < triwulanBerjalan && typeof v === 'number' && Number.isFinite(v)) {
      reported.push(i + 1);
      values.push(v);
    }
  });
  if (values.length < 2) return undefined;
  const chosen = aggregateQuarters(quarters, metode, triwulanBerjalan, isian);
  const other = aggregateQuarters(quarters, metode, triwulanBerjalan, otherIsian(isian));
  if (chosen.kind !== 'ok' || other.kind !== 'ok') return undefined;
  const falls = values.findIndex((v, i) => i > 0 && v < (values[i - 1] as number));
  if (isian === 'Per Triwulan') {
    const rises = values.some((v, i) => i > 0 && v > (values[i - 1] as number));
    if (
      falls < 0 &&
      rises &&
      target !== undefined &&
      target > 0 &&
      chosen.value >= ISIAN_PLAUSIBILITY_FACTOR * target
    ) {
      return {
        reason: 'naik-melampaui-target',
        asChosen: chosen.value,
        asOther: other.value,
        quarter: reported[reported.length - 1] as number,
      };
    }
    return undefined;
  }
  if (falls > 0) {
    return {
      reason: 'turun',
      asChosen: chosen.value,
      asOther: other.value,
      quarter: reported[falls] as number,
    };
  }
  return undefined;
}

/**
 * The quarterly targets of a monthly Rencana Aksi, whose months are typed s.d. that month
 * (cumulative; an empty month adds nothing). A quarter with no month filled is a quarter with
 * nothing planned (`undefined`). Kumulatif and Rata-rata take the quarter's increment, the
 * figure s.d. its last month less the figure s.d. the quarter before; Nilai Akhir the level
 * s.d. its last month — as Isian Realisasi "Kumulatif s.d. Triwulan" reads realisasi.
 */
export function quarterlyFromMonthly(
  months: readonly (number | undefined)[],
  metode: MetodeAgregasi,
): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  let before = 0;
  let running: number | undefined;
  for (let q = 0; q < 4; q++) {
    let filled = false;
    for (let m = q * 3; m < q * 3 + 3; m++) {
      const v = months[m];
      if (v !== undefined && Number.isFinite(v)) {
        running = v;
        filled = true;
      }
    }
    if (!filled || running === undefined) {
      out.push(undefined);
      continue;
    }
    out.push(metode === 'Nilai Akhir' ? running : running - before);
    before = running;
  }
  return out;
}

/**
 * The annual target implied by quarterly targets (Rencana Aksi), by the same method over the
 * quarters that have a target (an empty quarter has nothing planned): Kumulatif their sum,
 * Nilai Akhir the last of them, Rata-rata their mean.
 */
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

/** The five kategori of Permendagri 86, best first: the labels of the Batas keys of Pengaturan. */
export const KATEGORI = ['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah'] as const;
/** The label of a kategori: one of `KATEGORI`, or a label of the office's own sheet Kategori Capaian. */
export type Kategori = string;

/** One band of a kategori scheme: a capaian ≥ `batasBawah` (0–100 scale) and below the band above. */
export interface KategoriBand {
  readonly batasBawah: number;
  readonly kategori: Kategori;
}

/**
 * The kategori in force for a tracker (`model/kategori.ts` picks it): the bands best first
 * (Batas Bawah descending), and the label of an indicator without a target, if the scheme has one.
 */
export interface KategoriScheme {
  /** `sheet`: the sheet Kategori Capaian; `pengaturan`: the four Batas keys of Pengaturan. */
  readonly source: 'sheet' | 'pengaturan';
  readonly bands: readonly KategoriBand[];
  /** The label given to an indicator whose target is empty or 0 ("Tidak Ada Target"), or null. */
  readonly tidakAdaTarget: Kategori | null;
  /** The sheet Kategori Capaian is there but cannot be used (its galat are findings): Pengaturan's bands apply. */
  readonly sheetUnusable: boolean;
}

/** The Pengaturan keys that bound the five kategori. */
export type BatasPengaturan = Pick<
  Settings,
  'batasSangatTinggi' | 'batasTinggi' | 'batasSedang' | 'batasRendah'
>;

/** The five bands of the Pengaturan Batas keys; Sangat Rendah is everything below Batas Rendah. */
export function pengaturanBands(t: BatasPengaturan): KategoriBand[] {
  return [
    { batasBawah: t.batasSangatTinggi, kategori: 'Sangat Tinggi' },
    { batasBawah: t.batasTinggi, kategori: 'Tinggi' },
    { batasBawah: t.batasSedang, kategori: 'Sedang' },
    { batasBawah: t.batasRendah, kategori: 'Rendah' },
    // Everything below Batas Rendah (the lowest band takes what is below its own bound too).
    { batasBawah: Math.min(0, t.batasRendah), kategori: 'Sangat Rendah' },
  ];
}

/** The scheme of the Pengaturan Batas keys (no sheet Kategori Capaian, or one that cannot be used). */
export function pengaturanScheme(t: BatasPengaturan, sheetUnusable = false): KategoriScheme {
  return { source: 'pengaturan', bands: pengaturanBands(t), tidakAdaTarget: null, sheetUnusable };
}

/** The Kategori of a sheet Kategori Capaian row that is not a band: "Tidak Ada Target" (case and spaces ignored). */
export function isTidakAdaTarget(label: string | undefined): boolean {
  return label !== undefined && label.replace(/\s+/g, ' ').trim().toLowerCase() === 'tidak ada target';
}

/**
 * Kategori of a capaian: the first band, best first, whose Batas Bawah it reaches (lower bounds
 * are inclusive); a capaian below every Batas Bawah falls into the lowest band. `bands` best
 * first (a scheme's), or the Pengaturan Batas keys.
 */
export function kategoriOf(capaian: number, bands: readonly KategoriBand[] | BatasPengaturan): Kategori {
  const list = isBandList(bands) ? bands : pengaturanBands(bands);
  for (const band of list) if (capaian >= band.batasBawah) return band.kategori;
  return list[list.length - 1]?.kategori ?? '';
}

function isBandList(b: readonly KategoriBand[] | BatasPengaturan): b is readonly KategoriBand[] {
  return Array.isArray(b);
}

/**
 * Where a band sits from best (0) to worst (1), for colours that run from green to red for any
 * number of bands; undefined for a label that is not a band of the scheme (Tidak Ada Target).
 */
export function kategoriShade(
  kategori: Kategori,
  bands: readonly Pick<KategoriBand, 'kategori'>[],
): number | undefined {
  const rank = bands.findIndex((b) => b.kategori === kategori);
  if (rank < 0) return undefined;
  return bands.length <= 1 ? 0 : rank / (bands.length - 1);
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
 * Efisiensi by Sisa Anggaran: the rupiah left of the pagu, Sisa = Pagu − Realisasi anggaran,
 * counts as saved only when the target is met (capaian ≥ 100 %): then Sisa > 0 Efisien, Sisa
 * = 0 Cukup Efisien, Sisa < 0 (over the pagu) Tidak Efisien. Below 100 % what is left was not
 * saved but not used: Tidak Efisien. Undefined when the difference is beyond a double.
 */
export function efisiensiSisaAnggaran(
  capaian: number,
  pagu: number,
  realisasiAnggaran: number,
): { sisa: number; status: StatusEfisiensi } | undefined {
  const sisa = pagu - realisasiAnggaran;
  if (!Number.isFinite(sisa)) return undefined;
  const status: StatusEfisiensi =
    capaian < 100 || sisa < 0 ? 'Tidak Efisien' : sisa > 0 ? 'Efisien' : 'Cukup Efisien';
  return { sisa, status };
}

/**
 * Efisiensi by Biaya per Satuan Output (the Itjen formula per indicator, 1 − (RAK/RVK)/(PAK/TVK)):
 * Biaya Rencana = Pagu ÷ Target, Biaya Realisasi = Realisasi anggaran ÷ Realisasi output,
 * Efisiensi (%) = (1 − Biaya Realisasi ÷ Biaya Rencana) × 100; > 5 Efisien, −5 … 5 Cukup
 * Efisien, < −5 Tidak Efisien (the bands of Selisih). `null` when a divisor is 0 or below (no
 * cost per unit), undefined when a figure is beyond a double.
 */
export function efisiensiBiayaPerSatuan(
  target: number,
  realisasiOutput: number,
  pagu: number,
  realisasiAnggaran: number,
):
  | { biayaRencana: number; biayaRealisasi: number; efisiensi: number; status: StatusEfisiensi }
  | null
  | undefined {
  if (target <= 0 || realisasiOutput <= 0 || pagu <= 0) return null;
  const biayaRencana = pagu / target;
  const biayaRealisasi = realisasiAnggaran / realisasiOutput;
  const efisiensi = (1 - biayaRealisasi / biayaRencana) * 100;
  if (![biayaRencana, biayaRealisasi, efisiensi].every(Number.isFinite)) return undefined;
  const status: StatusEfisiensi =
    efisiensi > 5 ? 'Efisien' : efisiensi < -5 ? 'Tidak Efisien' : 'Cukup Efisien';
  return { biayaRencana, biayaRealisasi, efisiensi, status };
}

/**
 * A computed figure read to 15 significant digits, as Excel stores and shows it: binary
 * noise such as 90.99999999999999 (9,1 ÷ 10 × 100) becomes 91, so a capaian shown as 91,00
 * is also categorised from 91 and a realisasi of 97,5 is not "lower" than last year's 97,5.
 */
export function atExcelPrecision(n: number): number {
  return Number.isFinite(n) ? Number(n.toPrecision(15)) : n;
}
