import { computeLakip } from './compute-lakip';
import { displayCell } from './display';
import { joinIndonesian, narrativeFor } from './narrative';
import { sampleSnapshot } from '../../../test/support/plan-snapshot';
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
