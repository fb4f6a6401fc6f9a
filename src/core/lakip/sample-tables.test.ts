/**
 * The whole LAKIP tables of the built-in sample (Kecamatan Pasrujambe 2017, as `lakip init
 * --sample` writes it) against figures computed here by hand from the sample's numbers —
 * the quarters of Data Kinerja, the LKjIP rows, the Renstra and the DPA — written out
 * independently of the code under test.
 */
import { computeLakip } from './compute-lakip';
import { sampleSnapshot } from '../../../test/support/plan-snapshot';
import { dataRows, type LakipResult, type SummaryRow, type SummaryTable, type SummaryTableId } from './tables';

let result: LakipResult;
beforeAll(() => {
  result = computeLakip(sampleSnapshot());
});

function table(id: SummaryTableId): SummaryTable {
  const t = result.tables.find((x) => x.id === id);
  if (!t) throw new Error(id);
  return t;
}

/** The data rows of a section (a sasaran's average, a kegiatan's title and subtotal left out). */
function rows(id: SummaryTableId, section = 0): readonly SummaryRow[] {
  return dataRows(table(id).sections[section]);
}

/** Compares a row with the expected cells: numbers to 9 decimals, everything else exactly. */
function expectCells(
  actual: readonly (string | number | null)[],
  expected: readonly (string | number | null)[],
): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((e, i) => {
    const a = actual[i];
    if (typeof e === 'number') {
      expect(typeof a).toBe('number');
      expect(a as number).toBeCloseTo(e, 9);
    } else {
      expect(a).toBe(e);
    }
  });
}

/** Rounded for display, Indonesian style, as the sample's header table prints it. */
function shown(v: string | number | null | undefined): string {
  return typeof v === 'number' ? v.toFixed(2).replace('.', ',') : String(v);
}

// Annual realisasi by Metode Agregasi, from the quarters of the sample's Data Kinerja.
const R = {
  ik01: (83.2 + 84.1 + 85 + 85.7) / 4, // Rata-rata = 84,5
  ik02: 85.71, // Nilai Akhir: TW IV (TW I–III are reported zeros)
  ik03: 2 + 4 + 3 + 3, // Kumulatif = 12
  ik04: (96.8 + 97.4 + 98.1 + 97.7) / 4, // Rata-rata = 97,5
  ik05: 81.25, // Nilai Akhir
  ik06: (97.2 + 96.45 + 96.8 + 97.15) / 4, // Rata-rata = 96,9
  ik07: 47.5, // Nilai Akhir
};
// Capaian against the PK targets (= Renstra Target Tahun 4); IK-03 is negative, formula A.
const C = {
  ik01: (R.ik01 / 82) * 100,
  ik02: (R.ik02 / 100) * 100,
  ik03: ((2 * 10 - R.ik03) / 10) * 100,
  ik04: (R.ik04 / 95) * 100,
  ik05: (R.ik05 / 80) * 100,
  ik06: (R.ik06 / 98) * 100,
  ik07: (R.ik07 / 65) * 100,
};
// DPA: pagu and Σ realisasi TW I–IV.
const DPA = [
  { kode: '5.01.01', pagu: 185_000_000, real: 28_450_000 + 46_125_000 + 49_870_000 + 52_315_000 },
  { kode: '5.01.02', pagu: 142_500_000, real: 31_200_000 + 27_850_000 + 29_400_000 + 36_575_000 },
  { kode: '5.01.03', pagu: 96_750_000, real: 18_600_000 + 22_350_000 + 21_900_000 + 28_125_000 },
  { kode: '5.01.04', pagu: 118_400_000, real: 15_720_000 + 29_860_000 + 31_045_000 + 37_210_000 },
  { kode: '5.01.05', pagu: 412_360_000, real: 96_540_000 + 101_275_000 + 98_830_000 + 105_420_000 },
];
const serapanOf = (kode: string): number => {
  const p = DPA.find((d) => d.kode === kode);
  if (!p) throw new Error(kode);
  return (p.real / p.pagu) * 100;
};
const S1 = 'Meningkatnya kualitas pelayanan publik kecamatan';
const S2 = 'Meningkatnya kualitas penyelenggaraan pemerintahan desa dan partisipasi masyarakat';
const S3 = 'Terwujudnya ketenteraman dan ketertiban umum di wilayah kecamatan';
const S4 = 'Meningkatnya akuntabilitas kinerja dan disiplin aparatur kecamatan';

test('captions, unit and year', () => {
  expect(result.unit).toBe('Kecamatan Pasrujambe');
  expect(result.tahun).toBe(2017);
  expect(result.tables.map((t) => t.caption)).toEqual([
    'Tabel 2.1 Perjanjian Kinerja Kecamatan Pasrujambe Tahun 2017',
    'Tabel 3.1 Capaian Kinerja Kecamatan Pasrujambe Tahun 2017',
    'Tabel 3.2 Perbandingan Realisasi dan Capaian Kinerja Kecamatan Pasrujambe Tahun 2017',
    'Tabel 3.3 Analisis Penyebab Keberhasilan/Kegagalan Capaian Kinerja Kecamatan Pasrujambe Tahun 2017',
    'Tabel 3.4 Efisiensi Penggunaan Sumber Daya Kecamatan Pasrujambe Tahun 2017',
    'Tabel 3.5 Realisasi Anggaran Kecamatan Pasrujambe Tahun 2017',
    'Tabel L.1 Pelaksanaan SOP Pengumpulan Data Kinerja Kecamatan Pasrujambe Tahun 2017',
  ]);
});

test('nothing in the sample is undefined: no marks, no calc/undefined', () => {
  expect(result.findings).toEqual([]);
  for (const t of result.tables)
    for (const s of t.sections) for (const r of s.rows) expect(r.mark).toBeUndefined();
});

test('Tabel 2.1 Perjanjian Kinerja: 7 indicators with their targets; 4 programs, Jumlah 542.650.000', () => {
  expect(rows('perjanjianKinerja').map((r) => [r.cells[0], r.cells[1], r.cells[4]])).toEqual([
    [1, S1, 82],
    [2, S2, 100],
    [3, S3, 10],
    [4, S1, 95],
    [5, S2, 80],
    [6, S4, 98],
    [7, S4, 65],
  ]);
  expect(rows('perjanjianKinerja', 1).map((r) => r.cells[2])).toEqual([
    185_000_000, 142_500_000, 96_750_000, 118_400_000,
  ]);
  expect(table('perjanjianKinerja').sections[1]?.total?.cells).toEqual([
    'Jumlah',
    null,
    185_000_000 + 142_500_000 + 96_750_000 + 118_400_000,
    null, // Keterangan
  ]);
  expect(table('perjanjianKinerja').sections[1]?.total?.cells[2]).toBe(542_650_000);
});

test('Tabel 3.1 Capaian: target, realisasi, capaian and kategori of each indicator', () => {
  const expected = [
    [
      1,
      S1,
      'Indeks Kepuasan Masyarakat (IKM) terhadap pelayanan kecamatan',
      'nilai',
      82,
      R.ik01,
      C.ik01,
      'Sangat Tinggi',
    ],
    [2, S2, 'Persentase desa yang menetapkan APBDes tepat waktu', '%', 100, R.ik02, C.ik02, 'Tinggi'],
    [
      3,
      S3,
      'Jumlah gangguan ketenteraman dan ketertiban umum (trantibum)',
      'kejadian',
      10,
      R.ik03,
      C.ik03,
      'Tinggi',
    ],
    [
      4,
      S1,
      'Persentase pelayanan administrasi terpadu kecamatan (PATEN) yang diselesaikan tepat waktu',
      '%',
      95,
      R.ik04,
      C.ik04,
      'Sangat Tinggi',
    ],
    [
      5,
      S2,
      'Persentase partisipasi masyarakat dalam Musrenbang kecamatan',
      '%',
      80,
      R.ik05,
      C.ik05,
      'Sangat Tinggi',
    ],
    [6, S4, 'Persentase kehadiran pegawai', '%', 98, R.ik06, C.ik06, 'Sangat Tinggi'],
    [
      7,
      S4,
      'Nilai Akuntabilitas Kinerja Instansi Pemerintah (AKIP) kecamatan',
      'nilai',
      65,
      R.ik07,
      C.ik07,
      'Sedang',
    ],
  ] as const;
  // Grouped by sasaran (S1: IK-01, IK-04; S2: IK-02, IK-05; S3: IK-03; S4: IK-06, IK-07);
  // compared here in PK order.
  expect(rows('capaian').map((r) => r.cells[0])).toEqual([1, 4, 2, 5, 3, 6, 7]);
  const actual = [...rows('capaian')].sort((a, b) => Number(a.cells[0]) - Number(b.cells[0]));
  expect(actual).toHaveLength(7);
  expected.forEach((e, i) => expectCells(actual[i]?.cells ?? [], e));
  // As the sample's header table prints them.
  expect(actual.map((r) => shown(r.cells[5]))).toEqual([
    '84,50',
    '85,71',
    '12,00',
    '97,50',
    '81,25',
    '96,90',
    '47,50',
  ]);
  expect(actual.map((r) => shown(r.cells[6]))).toEqual([
    '103,05',
    '85,71',
    '80,00',
    '102,63',
    '101,56',
    '98,88',
    '73,08',
  ]);
  expect(result.summary.byKategori).toEqual({
    'Sangat Tinggi': 4,
    Tinggi: 2,
    Sedang: 1,
    Rendah: 0,
    'Sangat Rendah': 0,
  });
  expect(result.summary.indicators).toBe(7);
  expect(result.summary.undefinedCount).toBe(0);
});

test('Tabel 3.1: each sasaran closes with its Rata-rata capaian sasaran, in the order the PK names them', () => {
  const all = table('capaian').sections[0]?.rows ?? [];
  const averages = all.filter((r) => r.group !== undefined);
  // S1: (C.ik01 103,0488 + C.ik04 102,6316) ÷ 2 = 102,84 (≥ 91 Sangat Tinggi)
  // S2: (C.ik02 85,71 + C.ik05 101,5625) ÷ 2 = 93,64 (Sangat Tinggi)
  // S3: C.ik03 80 ÷ 1 = 80,00 (≥ 76 Tinggi)
  // S4: (C.ik06 98,8776 + C.ik07 73,0769) ÷ 2 = 85,98 (Tinggi)
  expect(averages.map((r) => [r.cells[2], shown(r.cells[6]), r.cells[7]])).toEqual([
    ['Rata-rata capaian sasaran', '102,84', 'Sangat Tinggi'],
    ['Rata-rata capaian sasaran', '93,64', 'Sangat Tinggi'],
    ['Rata-rata capaian sasaran', '80,00', 'Tinggi'],
    ['Rata-rata capaian sasaran', '85,98', 'Tinggi'],
  ]);
  expect(averages[0]?.cells[6]).toBeCloseTo((C.ik01 + C.ik04) / 2, 9);
  expect(averages[3]?.cells[6]).toBeCloseTo((C.ik06 + C.ik07) / 2, 9);
  expect(averages.map((r) => r.group)).toEqual([
    { kind: 'average', rows: 2 },
    { kind: 'average', rows: 2 },
    { kind: 'average', rows: 1 },
    { kind: 'average', rows: 2 },
  ]);
  // Every indicator has a capaian: nothing left out, nothing marked.
  expect(averages.every((r) => r.mark === undefined && r.note === undefined)).toBe(true);
  expect(all.map((r) => r.cells[0])).toEqual([1, 4, null, 2, 5, null, 3, null, 6, 7, null]);
});

test('Tabel 3.2 Perbandingan with 2015 and 2016 (LKjIP): realisasi, capaian, change in points, tren', () => {
  // Real 2015, Target Tahun Lalu (2016), Real 2016, Target 2017, Real 2017, Cap 2015, Cap 2016,
  // Cap 2017, Δ poin, Tren. Target Tahun Lalu is the Target of the LKjIP 2016 row (the Renstra's
  // Target Tahun 3): e.g. IK-01 81, whose 2016 capaian 82,1 ÷ 81 × 100 = 101,36 the LKjIP prints.
  const expected = [
    [80.25, 81, 82.1, 82, R.ik01, 100.94, 101.36, C.ik01, C.ik01 - 101.36, 'Naik (membaik)'],
    [71.43, 85.71, 85.71, 100, R.ik02, 83.34, 100, C.ik02, C.ik02 - 100, 'Tetap'],
    [15, 12, 11, 10, R.ik03, 92.86, 108.33, C.ik03, C.ik03 - 108.33, 'Naik (memburuk)'],
    [91.35, 92.5, 94.2, 95, R.ik04, 101.5, 101.84, C.ik04, C.ik04 - 101.84, 'Naik (membaik)'],
    [70.4, 75, 77.3, 80, R.ik05, 97.1, 103.07, C.ik05, C.ik05 - 103.07, 'Naik (membaik)'],
    [95.1, 97, 96.75, 98, R.ik06, 99.06, 99.74, C.ik06, C.ik06 - 99.74, 'Naik (membaik)'],
    [51.2, 57.5, 49.85, 65, R.ik07, 102.4, 86.7, C.ik07, C.ik07 - 86.7, 'Turun (memburuk)'],
  ] as const;
  const actual = rows('perbandingan', 0);
  expected.forEach((e, i) => expectCells(actual[i]?.cells.slice(3) ?? [], e));
  expect(table('perbandingan').sections[0]?.columns[4]?.label).toBe('Target Tahun Lalu (2016)');
  // IK-07 trends down: 102,40 → 86,70 → 73,08; IK-02 falls 14,29 points.
  expect(shown(actual[6]?.cells[10])).toBe('73,08');
  expect(shown(actual[1]?.cells[11])).toBe('-14,29');
});

test('Tabel 3.2 against the Renstra 2014–2018: 2017 is Target Tahun 4; capaian toward Kondisi Akhir', () => {
  // Kondisi Awal, Target Renstra 2017, Realisasi 2017, Target Akhir, Capaian thd Target Akhir
  const expected = [
    [76.5, 82, R.ik01, 83, (R.ik01 / 83) * 100],
    [57.14, 100, R.ik02, 100, (R.ik02 / 100) * 100],
    [18, 10, R.ik03, 8, ((2 * 8 - R.ik03) / 8) * 100],
    [85, 95, R.ik04, 97, (R.ik04 / 97) * 100],
    [65, 80, R.ik05, 82.5, (R.ik05 / 82.5) * 100],
    [93.5, 98, R.ik06, 98.5, (R.ik06 / 98.5) * 100],
    [40, 65, R.ik07, 70, (R.ik07 / 70) * 100],
  ] as const;
  const actual = rows('perbandingan', 1);
  expected.forEach((e, i) => expectCells(actual[i]?.cells.slice(3) ?? [], e));
  expect(actual.map((r) => shown(r.cells[7]))).toEqual([
    '101,81',
    '85,71',
    '50,00',
    '100,52',
    '98,48',
    '98,38',
    '67,86',
  ]);
});

test('Tabel 3.3 Analisis: capaian and the three texts from Data Kinerja', () => {
  const actual = rows('analisis');
  [C.ik01, C.ik02, C.ik03, C.ik04, C.ik05, C.ik06, C.ik07].forEach((c, i) =>
    expect(actual[i]?.cells[2]).toBeCloseTo(c, 9),
  );
  expect(actual[1]?.cells[4]).toContain('Desa Kertosari terlambat menetapkan APBDes 2018');
  expect(actual[0]?.cells[4]).toBeNull();
  // Every indicator below 100 % (IK-02, IK-03, IK-06, IK-07) has its penghambat and upaya.
  for (const i of [1, 2, 5, 6]) {
    expect(actual[i]?.cells[4]).not.toBeNull();
    expect(actual[i]?.cells[5]).not.toBeNull();
    expect(actual[i]?.note).toBeUndefined();
  }
});

test('Tabel 3.5 Realisasi Anggaran: pagu, realisasi, serapan, sisa; Jumlah serapan = Σ realisasi ÷ Σ pagu', () => {
  const actual = rows('anggaran');
  DPA.forEach((d, i) => {
    expectCells(actual[i]?.cells.slice(3) ?? [], [d.pagu, d.real, (d.real / d.pagu) * 100, d.pagu - d.real]);
  });
  expect(actual.map((r) => r.cells[4])).toEqual([
    176_760_000, 125_025_000, 90_975_000, 113_835_000, 402_065_000,
  ]);
  expect(actual.map((r) => r.cells[6])).toEqual([8_240_000, 17_475_000, 5_775_000, 4_565_000, 10_295_000]);
  expect(actual.map((r) => shown(r.cells[5]))).toEqual(['95,55', '87,74', '94,03', '96,14', '97,50']);
  const pagu = DPA.reduce((s, d) => s + d.pagu, 0);
  const real = DPA.reduce((s, d) => s + d.real, 0);
  const total = table('anggaran').sections[0]?.total?.cells ?? [];
  expectCells(total, ['Jumlah', null, null, pagu, real, (real / pagu) * 100, pagu - real]);
  expect(total.slice(3)).toEqual([955_010_000, 908_660_000, expect.closeTo(95.1466476790819, 9), 46_350_000]);
  // Not the (wrong) average of the percentages:
  const average = DPA.reduce((s, d) => s + (d.real / d.pagu) * 100, 0) / DPA.length;
  expect(Math.abs((total[5] as number) - average)).toBeGreaterThan(0.9);
  expect(result.summary).toMatchObject({ pagu: 955_010_000, realisasi: 908_660_000 });
  expect(result.summary.serapan).toBeCloseTo((908_660_000 / 955_010_000) * 100, 9);
});

test('Tabel 3.4 Efisiensi: capaian against the serapan of the indicator’s program', () => {
  const expected = [
    [C.ik01, serapanOf('5.01.01'), 'Efisien'],
    [C.ik02, serapanOf('5.01.02'), 'Cukup Efisien'],
    [C.ik03, serapanOf('5.01.03'), 'Tidak Efisien'],
    [C.ik04, serapanOf('5.01.01'), 'Efisien'],
    [C.ik05, serapanOf('5.01.02'), 'Efisien'],
    [C.ik06, serapanOf('5.01.04'), 'Cukup Efisien'],
    [C.ik07, serapanOf('5.01.04'), 'Tidak Efisien'],
  ] as const;
  const actual = rows('efisiensi');
  expected.forEach(([c, s, status], i) =>
    expectCells(actual[i]?.cells.slice(4) ?? [], [c, s, c - s, status]),
  );
  expect(actual.map((r) => shown(r.cells[6]))).toEqual([
    '7,50',
    '-2,03',
    '-14,03',
    '7,09',
    '13,83',
    '2,73',
    '-23,07',
  ]);
});

test('LAKIP SOP: 4 of 13 steps done, 12 of 14 documents received, the SOP’s warning', () => {
  const steps = rows('sop', 0);
  expect(steps).toHaveLength(13);
  expect(steps.map((r) => r.cells[3])).toEqual([
    'Selesai',
    'Selesai',
    'Selesai',
    'Selesai',
    'Proses',
    'Belum',
    'Belum',
    'Belum',
    'Belum',
    'Belum',
    'Belum',
    'Belum',
    'Belum',
  ]);
  expect(steps[2]?.cells[2]).toBe('Kasi/Kasubbag, Staf');
  expect(steps[1]?.cells.slice(4)).toEqual([
    '2018-01-09',
    '2018-01-10',
    '\\\\server\\sakip\\2017\\02-format-data-kinerja',
    'Ya',
    60,
    55,
    55 - 60,
  ]);
  // Jumlah: baku of the four steps with an aktual (not all 13), aktual, and their difference.
  expect(table('sop').sections[0]?.total?.cells.slice(8, 11)).toEqual([
    3 + 3 * 60,
    3 + 55 + 60 + 58,
    176 - 183,
  ]);
  expect(table('sop').sections[0]?.total?.cells[0]).toBe(
    'Jumlah langkah yang waktu aktualnya tercatat (4 dari 13)',
  );
  expect(rows('sop', 1)).toHaveLength(14);
  expect(rows('sop', 1)[12]?.cells.slice(1, 6)).toEqual([
    'Renja Tahun 2018',
    'PERKEU',
    'Draf',
    null,
    'Tidak',
  ]);
  expect(rows('sop', 2).map((r) => r.cells)).toEqual([
    [1, 'Langkah SOP berstatus Selesai', 4, 13, expect.closeTo((4 / 13) * 100, 9)],
    [2, 'Dokumen berstatus Diterima atau Diverifikasi', 12, 14, expect.closeTo((12 / 14) * 100, 9)],
    [3, expect.any(String), 176, 3 + 60 + 60 + 60, expect.closeTo((176 / 183) * 100, 9)],
  ]);
  expect(table('sop').notes.join(' ')).toContain('kegiatan Pelaporan akan terhambat');
  expect(result.summary).toMatchObject({
    sopDone: 4,
    sopTotal: 13,
    documentsReceived: 12,
    documentsTotal: 14,
  });
});
