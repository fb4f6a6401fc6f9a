/**
 * A/B indicators (realisasi = Pembilang ÷ Penyebut × 100): the one rule of `ratioRealisasi`,
 * and the LAKIP Capaian table that shows both numbers. Every figure is worked out by hand in
 * the comment above it.
 */
import type { CellValue } from '../snapshot';
import { ratioRealisasi, type RatioQuarters } from './arithmetic';
import { computeLakip } from './compute-lakip';
import { RATIO_METHOD_NOTE } from './compute-capaian';
import { inlineSnapshot } from '../../../test/support/plan-snapshot';
import { dataRows, type LakipResult, type SummaryRow } from './tables';

const pairs = (a: readonly (number | undefined)[], b: readonly (number | undefined)[]): RatioQuarters => [
  { a: a[0], b: b[0] },
  { a: a[1], b: b[1] },
  { a: a[2], b: b[2] },
  { a: a[3], b: b[3] },
];

// Letters finished on time (A) out of letters received (B), per quarter:
// A 10, 12, 11, 12 → ΣA = 45; B 12, 13, 12, 13 → ΣB = 50; typed cumulatively: A 10, 22, 33, 45; B 12, 25, 37, 50.
const A = [10, 12, 11, 12];
const B = [12, 13, 12, 13];
const A_CUM = [10, 22, 33, 45];
const B_CUM = [12, 25, 37, 50];

describe('ratioRealisasi: the one rule', () => {
  test('Kumulatif and Rata-rata, per quarter: ΣA 45 ÷ ΣB 50 × 100 = 90 (not the mean of 83,33; 92,31; 91,67; 92,31 = 89,90)', () => {
    for (const metode of ['Kumulatif', 'Rata-rata'] as const) {
      expect(ratioRealisasi(pairs(A, B), metode, 4)).toEqual({
        kind: 'ok',
        value: 90,
        a: 45,
        b: 50,
        basis: 'sum',
        quarters: [1, 2, 3, 4],
      });
    }
  });

  test('Nilai Akhir, per quarter: the last quarter, 12 ÷ 13 × 100 = 92,3076923…', () => {
    expect(ratioRealisasi(pairs(A, B), 'Nilai Akhir', 4)).toEqual({
      kind: 'ok',
      value: (12 / 13) * 100,
      a: 12,
      b: 13,
      basis: 'last',
      quarters: [1, 2, 3, 4],
    });
  });

  test('typed Kumulatif s.d. Triwulan: A_last 45 ÷ B_last 50 × 100 = 90 for all three methods', () => {
    for (const metode of ['Kumulatif', 'Rata-rata', 'Nilai Akhir'] as const) {
      expect(ratioRealisasi(pairs(A_CUM, B_CUM), metode, 4, 'Kumulatif s.d. Triwulan')).toEqual({
        kind: 'ok',
        value: 90,
        a: 45,
        b: 50,
        basis: 'last',
        quarters: [1, 2, 3, 4],
      });
    }
  });

  test('up to Triwulan Berjalan only: TW II → (10 + 12) ÷ (12 + 13) × 100 = 22 ÷ 25 × 100 = 88', () => {
    expect(ratioRealisasi(pairs(A, B), 'Kumulatif', 2)).toMatchObject({
      kind: 'ok',
      value: 88,
      a: 22,
      b: 25,
    });
  });

  test('a quarter with Penyebut 0 inside the sum is fine: (0 + 12 + 11 + 12) ÷ (0 + 13 + 12 + 13) = 35 ÷ 38 × 100', () => {
    expect(ratioRealisasi(pairs([0, 12, 11, 12], [0, 13, 12, 13]), 'Kumulatif', 4)).toMatchObject({
      kind: 'ok',
      value: (35 / 38) * 100,
      a: 35,
      b: 38,
    });
  });

  test('the Penyebut divided by is 0: not computable (not 0, not Infinity)', () => {
    // ΣB = 0 + 0 + 0 + 0 = 0.
    expect(ratioRealisasi(pairs([0, 0, 0, 0], [0, 0, 0, 0]), 'Kumulatif', 4)).toEqual({
      kind: 'penyebut-nol',
      quarter: 4,
      basis: 'sum',
    });
    // Nilai Akhir: the last quarter's B is 0 although ΣB = 38.
    expect(ratioRealisasi(pairs([12, 11, 12, 0], [13, 12, 13, 0]), 'Nilai Akhir', 4)).toEqual({
      kind: 'penyebut-nol',
      quarter: 4,
      basis: 'last',
    });
  });

  test('one of the two numbers missing in a quarter: incomplete, naming the quarters', () => {
    expect(ratioRealisasi(pairs([10, 12, 11, 12], [12, undefined, 12, 13]), 'Kumulatif', 4)).toEqual({
      kind: 'incomplete',
      quarters: [2],
    });
    // Neither number in TW IV while TW I–III have them: TW IV is incomplete too.
    expect(ratioRealisasi(pairs([10, 12, 11], [12, 13, 12]), 'Kumulatif', 4)).toEqual({
      kind: 'incomplete',
      quarters: [4],
    });
  });

  test('no number at all up to Triwulan Berjalan: not an A/B reading', () => {
    expect(ratioRealisasi(pairs([], []), 'Kumulatif', 4)).toEqual({ kind: 'none' });
    expect(
      ratioRealisasi(pairs([undefined, undefined, 5], [undefined, undefined, 6]), 'Kumulatif', 2),
    ).toEqual({
      kind: 'none',
    });
  });

  test('numbers beyond a double: overflow, never Infinity', () => {
    expect(ratioRealisasi(pairs([9e307, 9e307, 9e307, 9e307], [1, 1, 1, 1]), 'Kumulatif', 4)).toEqual({
      kind: 'overflow',
      quarter: 4,
    });
  });
});

type Row = Record<string, CellValue>;

function pk(kode: string, polaritas: string, metode: string, target: number, over: Row = {}): Row {
  return {
    kodeIndikator: kode,
    sasaran: 'Sasaran Uji',
    indikator: `Indikator ${kode}`,
    satuan: '%',
    polaritas,
    metode,
    target,
    kodeProgram: 'P1',
    program: 'Program Uji',
    anggaran: 1_000_000,
    penanggungJawab: 'PEM',
    pembilang: 'Jumlah surat selesai tepat waktu',
    penyebut: 'Jumlah surat masuk',
    ...over,
  };
}

function dk(
  kode: string,
  a: readonly (number | undefined)[],
  b: readonly (number | undefined)[],
  over: Row = {},
): Row {
  return {
    bagian: 'PEM',
    kodeIndikator: kode,
    pembilangTw1: a[0] ?? null,
    pembilangTw2: a[1] ?? null,
    pembilangTw3: a[2] ?? null,
    pembilangTw4: a[3] ?? null,
    penyebutTw1: b[0] ?? null,
    penyebutTw2: b[1] ?? null,
    penyebutTw3: b[2] ?? null,
    penyebutTw4: b[3] ?? null,
    ...over,
  };
}

function capaianRows(r: LakipResult): readonly SummaryRow[] {
  const t = r.tables.find((x) => x.id === 'capaian');
  if (!t) throw new Error('no capaian table');
  // The indicators' rows (each sasaran ends with its average, a group row).
  return dataRows(t.sections[0]);
}

describe('the LAKIP Capaian table of A/B indicators', () => {
  // AB-K  Kumulatif Positif target 95, per quarter: 45 ÷ 50 × 100 = 90 → 90 ÷ 95 × 100 = 94,7368421052632 %
  // AB-C  the same typed Kumulatif s.d. Triwulan (PK Isian Realisasi): 45 ÷ 50 × 100 = 90 → 94,7368421052632 %
  // AB-N  Nilai Akhir Positif target 95: 12 ÷ 13 × 100 = 92,3076923076923 → 92,3076923076923 ÷ 95 × 100 = 97,165991902834 %
  // AB-R  Rata-rata Positif target 95: the same 90 → 94,7368421052632 %
  // AB-−  Kumulatif Negatif target 10 (late complaints ÷ complaints): A 2, 1, 3, 2 (ΣA 8), B 10, 25, 40, 25 (ΣB 100)
  //       → 8 ÷ 100 × 100 = 8 (the mean of 20; 4; 7,5; 8 would be 9,875) → (2 × 10 − 8) ÷ 10 × 100 = 120 %
  const wb = inlineSnapshot({
    tables: {
      pk: [
        pk('AB-K', 'Positif', 'Kumulatif', 95),
        pk('AB-C', 'Positif', 'Kumulatif', 95, { isianRealisasi: 'Kumulatif s.d. Triwulan' }),
        pk('AB-N', 'Positif', 'Nilai Akhir', 95),
        pk('AB-R', 'Positif', 'Rata-rata', 95),
        pk('AB-NEG', 'Negatif', 'Kumulatif', 10, {
          pembilang: 'Jumlah pengaduan terlambat ditangani',
          penyebut: 'Jumlah pengaduan',
        }),
      ],
      dataKinerja: [
        dk('AB-K', A, B),
        dk('AB-C', A_CUM, B_CUM),
        dk('AB-N', A, B),
        dk('AB-R', A, B),
        dk('AB-NEG', [2, 1, 3, 2], [10, 25, 40, 25]),
      ],
    },
  });
  const rows = capaianRows(computeLakip(wb));

  test('realisasi and capaian from the two numbers', () => {
    expect(rows.map((r) => [r.cells[5], r.cells[6], r.cells[7]])).toEqual([
      [90, 94.7368421052632, 'Sangat Tinggi'],
      [90, 94.7368421052632, 'Sangat Tinggi'],
      [92.3076923076923, 97.165991902834, 'Sangat Tinggi'],
      [90, 94.7368421052632, 'Sangat Tinggi'],
      [8, 120, 'Sangat Tinggi'],
    ]);
  });

  test('each row shows both numbers and their names; the rule is written under the table', () => {
    expect(rows.map((r) => r.note)).toEqual([
      'Realisasi = 45 ÷ 50 × 100 (Jumlah surat selesai tepat waktu ÷ Jumlah surat masuk; jumlah TW I–TW IV).',
      'Realisasi = 45 ÷ 50 × 100 (Jumlah surat selesai tepat waktu ÷ Jumlah surat masuk; angka s.d. TW IV).',
      'Realisasi = 12 ÷ 13 × 100 (Jumlah surat selesai tepat waktu ÷ Jumlah surat masuk; angka TW IV).',
      'Realisasi = 45 ÷ 50 × 100 (Jumlah surat selesai tepat waktu ÷ Jumlah surat masuk; jumlah TW I–TW IV).',
      'Realisasi = 8 ÷ 100 × 100 (Jumlah pengaduan terlambat ditangani ÷ Jumlah pengaduan; jumlah TW I–TW IV).',
    ]);
    const t = computeLakip(wb).tables.find((x) => x.id === 'capaian');
    expect(t?.notes).toContain(RATIO_METHOD_NOTE);
  });

  test('Penyebut 0 and a missing number: no capaian, with the reason (never 0)', () => {
    const bad = inlineSnapshot({
      tables: {
        pk: [pk('AB-0', 'Positif', 'Kumulatif', 95), pk('AB-HALF', 'Positif', 'Kumulatif', 95)],
        dataKinerja: [
          // ΣB = 0 → no realisasi.
          dk('AB-0', [0, 0, 0, 0], [0, 0, 0, 0]),
          // Penyebut TW II empty.
          dk('AB-HALF', A, [12, undefined, 12, 13]),
        ],
      },
    });
    const result = computeLakip(bad);
    const r = capaianRows(result);
    expect(r.map((x) => [x.cells[5], x.cells[6], x.mark])).toEqual([
      [
        null,
        null,
        'Capaian tidak dapat dihitung: penyebut indikator ini 0, sehingga realisasi Pembilang ÷ Penyebut × 100 tidak ada (pembagian dengan nol).',
      ],
      [
        null,
        null,
        'Capaian tidak dapat dihitung: realisasi indikator ini = Pembilang ÷ Penyebut × 100, tetapi Pembilang atau Penyebut TW II di sheet Data Kinerja belum diisi.',
      ],
    ]);
    // The calc/undefined finding sits on Penyebut TW IV of AB-0 (Data Kinerja column X, row 2).
    expect(result.findings.map((f) => [f.code, f.cell, f.detail])).toEqual([
      ['calc/undefined', 'X2', { reason: 'penyebut-nol', basis: 'sum', kode: 'AB-0' }],
    ]);
  });

  test('an indicator without the numbers keeps its typed realisasi (70 ÷ 120 × 100 = 58,3333333333333 %)', () => {
    const plain = inlineSnapshot({
      tables: {
        pk: [pk('K', 'Positif', 'Kumulatif', 120, { pembilang: null, penyebut: null })],
        dataKinerja: [
          {
            bagian: 'PEM',
            kodeIndikator: 'K',
            realisasiTw1: 20,
            realisasiTw2: 20,
            realisasiTw3: 25,
            realisasiTw4: 5,
          },
        ],
      },
    });
    const r = capaianRows(computeLakip(plain));
    expect(r.map((x) => [x.cells[5], x.cells[6], x.note])).toEqual([[70, 58.3333333333333, undefined]]);
  });
});
