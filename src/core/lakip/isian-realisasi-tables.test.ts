/** The LAKIP Capaian table reads the quarters as the PK row or Pengaturan says they were typed. */
import type { CellValue } from '../snapshot';
import { computeLakip } from './compute-lakip';
import { inlineSnapshot } from '../../../test/support/plan-snapshot';
import { dataRows, type LakipResult, type SummaryTable } from './tables';

type Row = Record<string, CellValue>;

function pk(kode: string, polaritas: string, metode: string, target: number, over: Row = {}): Row {
  return {
    kodeIndikator: kode,
    sasaran: 'Sasaran Uji',
    indikator: `Indikator ${kode}`,
    satuan: 'kali',
    polaritas,
    metode,
    target,
    kodeProgram: 'P1',
    program: 'Program Uji',
    anggaran: 1_000_000,
    penanggungJawab: 'PEM',
    ...over,
  };
}

function dk(kode: string, tw: readonly number[]): Row {
  return {
    bagian: 'PEM',
    kodeIndikator: kode,
    realisasiTw1: tw[0] ?? null,
    realisasiTw2: tw[1] ?? null,
    realisasiTw3: tw[2] ?? null,
    realisasiTw4: tw[3] ?? null,
  };
}

function capaianTable(r: LakipResult): SummaryTable {
  const t = r.tables.find((x) => x.id === 'capaian');
  if (!t) throw new Error('no capaian table');
  return t;
}

/** Realisasi and Capaian (%) of each row. */
function figures(r: LakipResult): [CellValue | undefined, CellValue | undefined][] {
  return dataRows(capaianTable(r).sections[0]).map((row) => [row.cells[5], row.cells[6]]);
}

// The same year, per quarter and s.d. triwulan, for each metode and polarity. Hand computation:
// K+ Kumulatif Positif target 120: 20 + 20 + 25 + 5 = 70 = s.d. TW IV → 70 / 120 × 100 = 58,333…%
// K− Kumulatif Negatif target 10: 2 + 4 + 3 + 3 = 12 = s.d. TW IV → (20 − 12) / 10 × 100 = 80%
// R+ Rata-rata Positif target 20: (20 + 20 + 25 + 5) / 4 = 17,5 = 70 / 4 → 87,5%
// R− Rata-rata Negatif target 20: 17,5 → (40 − 17,5) / 20 × 100 = 112,5%
// N+ Nilai Akhir Positif target 82: 84,5 either way → 103,0487…%
// N− Nilai Akhir Negatif target 10: 12 either way → 80%
const INDICATORS = [
  ['K+', 'Positif', 'Kumulatif', 120, [20, 20, 25, 5], [20, 40, 65, 70]],
  ['K-', 'Negatif', 'Kumulatif', 10, [2, 4, 3, 3], [2, 6, 9, 12]],
  ['R+', 'Positif', 'Rata-rata', 20, [20, 20, 25, 5], [20, 40, 65, 70]],
  ['R-', 'Negatif', 'Rata-rata', 20, [20, 20, 25, 5], [20, 40, 65, 70]],
  ['N+', 'Positif', 'Nilai Akhir', 82, [78, 80, 83, 84.5], [78, 80, 83, 84.5]],
  ['N-', 'Negatif', 'Nilai Akhir', 10, [12, 11, 12, 12], [12, 11, 12, 12]],
] as const;

const EXPECTED = [
  [70, 58.3333333333333],
  [12, 80],
  [17.5, 87.5],
  [17.5, 112.5],
  [84.5, 103.048780487805],
  [12, 80],
];

describe('Isian Realisasi in the LAKIP Capaian table', () => {
  test('per quarter (Pengaturan default)', () => {
    const r = computeLakip(
      inlineSnapshot({
        tables: {
          pk: INDICATORS.map(([k, p, m, t]) => pk(k, p, m, t)),
          dataKinerja: INDICATORS.map(([k, , , , perTw]) => dk(k, perTw)),
        },
      }),
    );
    expect(figures(r)).toEqual(EXPECTED);
    expect(capaianTable(r).notes.some((n) => n.includes('kumulatif'))).toBe(false);
  });

  test('s.d. triwulan, set in Pengaturan: the same figures, and the note says how', () => {
    const r = computeLakip(
      inlineSnapshot({
        pengaturan: { isianRealisasi: 'Kumulatif s.d. Triwulan' },
        tables: {
          pk: INDICATORS.map(([k, p, m, t]) => pk(k, p, m, t)),
          dataKinerja: INDICATORS.map(([k, , , , , sd]) => dk(k, sd)),
        },
      }),
    );
    expect(figures(r)).toEqual(EXPECTED);
    expect(capaianTable(r).notes[0]).toBe(
      'Realisasi triwulan diisi kumulatif sejak Januari (Isian Realisasi Kumulatif s.d. Triwulan), sehingga realisasi tahunan = angka triwulan terakhir untuk Metode Kumulatif dan Nilai Akhir, dan angka triwulan terakhir ÷ jumlah triwulan untuk Metode Rata-rata.',
    );
  });

  test('s.d. triwulan for some rows only, set in the PK column', () => {
    const r = computeLakip(
      inlineSnapshot({
        tables: {
          pk: INDICATORS.map(([k, p, m, t], i) =>
            pk(k, p, m, t, i % 2 === 0 ? { isianRealisasi: 'Kumulatif s.d. Triwulan' } : {}),
          ),
          dataKinerja: INDICATORS.map(([k, , , , perTw, sd], i) => dk(k, i % 2 === 0 ? sd : perTw)),
        },
      }),
    );
    expect(figures(r)).toEqual(EXPECTED);
    expect(capaianTable(r).notes[0]).toMatch(/^Realisasi triwulan indikator yang Isian Realisasi-nya/);
  });
});
