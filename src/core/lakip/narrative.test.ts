import { computeLakip } from './compute-lakip';
import { displayCell } from './display';
import { joinIndonesian, narrativeFor } from './narrative';
import { inlineSnapshot, sampleSnapshot } from '../../../test/support/plan-snapshot';
import { dkRow, pkRow } from '../../../test/support/lakip-rows';
import type { LakipResult } from './tables';

let result: LakipResult;
beforeAll(() => {
  result = computeLakip(sampleSnapshot());
});

test('joinIndonesian', () => {
  expect(joinIndonesian([])).toBe('');
  expect(joinIndonesian(['a'])).toBe('a');
  expect(joinIndonesian(['a', 'b'])).toBe('a dan b');
  expect(joinIndonesian(['a', 'b', 'c'])).toBe('a, b dan c');
});

test('the paragraphs of the sample say what its tables show', () => {
  expect(narrativeFor(result, 'perjanjianKinerja')).toEqual([
    'Perjanjian Kinerja Tahun 2017 Kecamatan Pasrujambe memuat 7 indikator kinerja untuk 4 sasaran strategis, didukung 4 program/kegiatan dengan anggaran Rp 542.650.000.',
  ]);
  expect(narrativeFor(result, 'capaian')).toEqual([
    'Dari 7 indikator kinerja, 4 berkategori Sangat Tinggi, 2 Tinggi dan 1 Sedang.',
    'Capaian tertinggi pada indikator Indeks Kepuasan Masyarakat (IKM) terhadap pelayanan kecamatan (103,05%) dan terendah pada indikator Nilai Akuntabilitas Kinerja Instansi Pemerintah (AKIP) kecamatan (73,08%).',
    // The sample's sasaran, by hand from the indicators' capaian: (103,05 + 102,63) ÷ 2 = 102,84
    // (≥ 91 Sangat Tinggi); (85,71 + 101,56) ÷ 2 = 93,64 (Sangat Tinggi); 80,00 ÷ 1 = 80,00
    // (76–91 Tinggi); (98,88 + 73,08) ÷ 2 = 85,98 (Tinggi).
    'Rata-rata capaian sasaran Meningkatnya kualitas pelayanan publik kecamatan adalah 102,84% (Sangat Tinggi).',
    'Rata-rata capaian sasaran Meningkatnya kualitas penyelenggaraan pemerintahan desa dan partisipasi masyarakat adalah 93,64% (Sangat Tinggi).',
    'Rata-rata capaian sasaran Terwujudnya ketenteraman dan ketertiban umum di wilayah kecamatan adalah 80,00% (Tinggi).',
    'Rata-rata capaian sasaran Meningkatnya akuntabilitas kinerja dan disiplin aparatur kecamatan adalah 85,98% (Tinggi).',
  ]);
  expect(narrativeFor(result, 'perbandingan')[0]).toBe(
    // IK-01, IK-04, IK-05, IK-06 up (positive); IK-02 85,71 = 85,71; IK-03 11 → 12 (negative: worse); IK-07 down.
    'Dibandingkan tahun 2016, realisasi membaik pada 4 indikator, tetap pada 1 indikator dan memburuk pada 2 indikator (dinilai menurut polaritas). Perubahan capaian dinyatakan dalam poin persentase.',
  );
  // Toward Kondisi Akhir: IK-01 101,81 and IK-04 100,52 are at or above 100 %.
  expect(narrativeFor(result, 'perbandingan')[1]).toBe(
    'Terhadap target akhir Renstra, 2 dari 7 indikator telah mencapai 100% atau lebih.',
  );
  expect(narrativeFor(result, 'analisis')[0]).toMatch(
    /^4 indikator capaiannya di bawah 100%: Persentase desa yang menetapkan APBDes tepat waktu, /,
  );
  expect(narrativeFor(result, 'efisiensi')[0]).toMatch(
    /^Dibandingkan dengan serapan anggaran program\/kegiatan pendukungnya, 3 Efisien, 2 Cukup Efisien dan 2 Tidak Efisien/,
  );
  expect(narrativeFor(result, 'anggaran')[0]).toMatch(
    /^Dari pagu Rp 955\.010\.000, terealisasi Rp 908\.660\.000 atau 95,15%, dengan sisa Rp 46\.350\.000\./,
  );
  expect(narrativeFor(result, 'sop')).toEqual([
    '4 dari 13 langkah SOP Pengumpulan Data Kinerja berstatus Selesai (30,77%), dan 12 dari 14 dokumen keterkaitan telah Diterima atau Diverifikasi.',
    'Peringatan SOP: Apabila SOP Pengumpulan Data Kinerja tidak diselesaikan maka kegiatan Pelaporan akan terhambat.',
  ]);
});

test('a sentence per sasaran: its average, the indicators left out, a sasaran with no average', () => {
  const pk = (kode: string, sasaran: string, target: number) => pkRow(kode, target, { sasaran });
  // Nilai Akhir: the annual realisasi is TW IV.
  const dk = (kode: string, realisasi: number) => dkRow(kode, [0, 0, 0, realisasi]);
  // Sasaran A: IK-01 100 ÷ 100 × 100 = 100 %; IK-03 90 ÷ 100 × 100 = 90 % → (100 + 90) ÷ 2 = 95,00 %
  //   (≥ 91: Sangat Tinggi). Sasaran B: IK-02 60 ÷ 80 × 100 = 75 %; IK-04 has no Data Kinerja row,
  //   left out → 75 ÷ 1 = 75,00 % (66–76: Sedang), from 1 of its 2 indicators. Sasaran C: IK-05
  //   and IK-06 have no Data Kinerja row → no average.
  const r = computeLakip(
    inlineSnapshot({
      tables: {
        pk: [
          pk('IK-01', 'Sasaran A', 100),
          pk('IK-02', 'Sasaran B', 80),
          pk('IK-03', 'Sasaran A', 100),
          pk('IK-04', 'Sasaran B', 50),
          pk('IK-05', 'Sasaran C', 10),
          pk('IK-06', 'Sasaran C', 10),
        ],
        dataKinerja: [dk('IK-01', 100), dk('IK-02', 60), dk('IK-03', 90)],
      },
    }),
  );
  expect(narrativeFor(r, 'capaian').slice(-3)).toEqual([
    'Rata-rata capaian sasaran Sasaran A adalah 95,00% (Sangat Tinggi).',
    'Rata-rata capaian sasaran Sasaran B adalah 75,00% (Sedang), dihitung dari 1 dari 2 indikatornya yang capaiannya dapat dihitung.',
    'Rata-rata capaian sasaran Sasaran C belum dapat dihitung karena belum ada indikatornya (2 indikator) yang capaiannya dapat dihitung.',
  ]);
});

test('an empty workbook gets sentences, not NaN', () => {
  const empty = computeLakip({ sheets: [] });
  const all = (
    ['perjanjianKinerja', 'capaian', 'perbandingan', 'analisis', 'efisiensi', 'anggaran', 'sop'] as const
  ).flatMap((id) => narrativeFor(empty, id));
  expect(all.join(' ')).not.toMatch(/NaN|undefined|Infinity|∞/);
  expect(narrativeFor(empty, 'capaian')).toEqual(['Belum ada indikator kinerja di sheet PK.']);
});

test.each([
  [{ label: 'x', kind: 'rupiah', width: 1 }, 955010000, '955.010.000'],
  [{ label: 'x', kind: 'percent', width: 1, decimals: 2 }, 103.04878048780488, '103,05'],
  [{ label: 'x', kind: 'number', width: 1 }, 84.5, '84,50'],
  [{ label: 'x', kind: 'number', width: 1 }, 12, '12'],
  [{ label: 'x', kind: 'number', width: 1, decimals: 2 }, -14.29, '-14,29'],
  [{ label: 'x', kind: 'integer', width: 1 }, 2017, '2.017'],
  [{ label: 'x', kind: 'date', width: 1 }, '2018-01-08', '08/01/2018'],
  [{ label: 'x', kind: 'text', width: 1 }, '5.01.01', '5.01.01'],
  [{ label: 'x', kind: 'number', width: 1 }, null, ''],
] as const)('displayCell %j %j → %s', (col, value, shown) => {
  expect(displayCell(col, value)).toBe(shown);
});
