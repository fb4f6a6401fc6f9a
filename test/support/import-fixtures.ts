/**
 * Source workbooks in the layouts offices really use (issue #12), rebuilt by hand — no real
 * file is copied. Each is a snapshot as the reader gives it (a merged area's value in its
 * top-left cell only) plus its merged areas, so that `test/fixtures/import/make-fixtures.ts`
 * writes the same tables as .xlsx files with real merges. A small tracker to import into.
 */
import { columnNumber } from '../../src/core/address';
import { buildInitPlan } from '../../src/core/init/init-plan';
import { applyPlanToSnapshot } from '../../src/core/plan/plan-to-snapshot';
import { findHeaderRow } from '../../src/core/read/read-table';
import { schemaById } from '../../src/core/schema/registry';
import type { SheetId, TableSheetSchema } from '../../src/core/schema/types';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';

export interface FixtureSheet extends SheetSnapshot {
  /** Merged areas (A1 ranges), for the .xlsx generator. */
  readonly merges: readonly string[];
}

export interface SourceFixture {
  /** The .xlsx file name under test/fixtures/import/. */
  readonly file: string;
  readonly sheets: readonly FixtureSheet[];
}

type Cells = Readonly<Record<string, CellValue>>;

/** A sheet from rows given by Excel row number and column letter. */
function sheet(
  name: string,
  rows: Readonly<Record<number, Cells>>,
  merges: readonly string[] = [],
): FixtureSheet {
  const out: CellValue[][] = [];
  const last = Math.max(...Object.keys(rows).map(Number));
  for (let r = 1; r <= last; r++) {
    const cells = rows[r] ?? {};
    const row: CellValue[] = [];
    for (const [letter, v] of Object.entries(cells)) row[columnNumber(letter) - 1] = v;
    out.push(Array.from({ length: row.length }, (_, i) => row[i] ?? null));
  }
  return { name, rows: out, merges };
}

/** Columns A, B, C … from a list of values. */
function line(values: readonly CellValue[], from = 'A'): Cells {
  const start = columnNumber(from);
  const out: Record<string, CellValue> = {};
  values.forEach((v, i) => {
    if (v !== null) out[letter(start + i)] = v;
  });
  return out;
}

function letter(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

// ---------------------------------------------------------------------------------------------
// 1. The Renja evaluation form of Permendagri 86: three header rows with merges, a numbering row,
//    K/Rp pairs per triwulan, a sasaran merged over its rows, a JUMLAH row and a signature.

export const RENJA_EVALUASI: SourceFixture = {
  file: 'evaluasi-renja.xlsx',
  sheets: [
    sheet(
      'Evaluasi Renja',
      {
        1: { A: 'EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN' },
        2: { A: 'DINAS PENDIDIKAN KABUPATEN CONTOH — PERIODE PELAKSANAAN TAHUN 2026' },
        4: line([
          'No',
          'Sasaran',
          'Kode',
          'Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan',
          'Indikator Kinerja Program (Outcome)/Kegiatan (Output)',
          'Satuan',
          'Target Kinerja dan Anggaran Renja Tahun 2026',
          null,
          'Realisasi Kinerja dan Anggaran Triwulan',
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          'Realisasi Kinerja dan Anggaran Renja',
          null,
          'Perangkat Daerah Penanggung Jawab',
        ]),
        5: { I: 'I', K: 'II', M: 'III', O: 'IV' },
        6: line(['K', 'Rp.', 'K', 'Rp.', 'K', 'Rp.', 'K', 'Rp.', 'K', 'Rp.', 'K', 'Rp.'], 'G'),
        7: line([
          1,
          2,
          3,
          4,
          5,
          6,
          7,
          8,
          9,
          10,
          11,
          12,
          13,
          14,
          15,
          16,
          '17 = 9 + 11 + 13 + 15',
          '18 = 10 + 12 + 14 + 16',
          19,
        ]),
        8: { C: '1.01', D: 'URUSAN PEMERINTAHAN BIDANG PENDIDIKAN' },
        9: line([
          1,
          'Meningkatnya mutu pendidikan dasar',
          '1.01.02',
          'PROGRAM PENGELOLAAN PENDIDIKAN',
          'Angka Partisipasi Murni SD',
          'Persen',
          '98,5',
          5_294_655_000,
          '24,00',
          1_200_000_000,
          25,
          1_300_000_000,
          25,
          1_400_000_000,
          24.5,
          1_394_655_000,
          98.5,
          5_294_655_000,
          'Dinas Pendidikan',
        ]),
        10: line([
          2,
          null,
          '1.01.02.2.01',
          'Pengelolaan Pendidikan Sekolah Dasar',
          'Jumlah sekolah dasar yang dikelola',
          'Unit',
          120,
          'Rp2.000.000.000,00',
          '-',
          '-',
          40,
          500_000_000,
          40,
          500_000_000,
          40,
          500_000_000,
          120,
          1_500_000_000,
          'Dinas Pendidikan',
        ]),
        11: line([
          3,
          null,
          '1.01.02.2.01.0001',
          'Pembangunan Unit Sekolah Baru',
          'Jumlah unit sekolah baru',
          'Unit',
          2,
          1_500_000_000,
          0,
          0,
          1,
          750_000_000,
          'n/a',
          0,
          1,
          750_000_000,
          2,
          1_500_000_000,
          'Dinas Pendidikan',
        ]),
        12: {
          D: 'JUMLAH',
          H: 8_794_655_000,
          J: 1_200_000_000,
          L: 2_550_000_000,
          N: 1_900_000_000,
          P: 2_644_655_000,
        },
        14: { Q: 'Kepala Dinas Pendidikan' },
        17: { Q: 'Dra. Contoh Saja, M.Pd.' },
      },
      [
        'A1:S1',
        'A2:S2',
        'A4:A6',
        'B4:B6',
        'C4:C6',
        'D4:D6',
        'E4:E6',
        'F4:F6',
        'G4:H5',
        'I4:P4',
        'I5:J5',
        'K5:L5',
        'M5:N5',
        'O5:P5',
        'Q4:R5',
        'S4:S6',
        'B9:B11',
      ],
    ),
  ],
};

// ---------------------------------------------------------------------------------------------
// 2. An e-SAKIP quarterly import template: snake_case headers, units in the cells, cumulative
//    realisasi, and the e-SAKIP names of the explanation columns.

export const ESAKIP_TRIWULAN: SourceFixture = {
  file: 'esakip-triwulan.xlsx',
  sheets: [
    sheet('Sheet1', {
      1: line([
        'no',
        'kode_indikator',
        'sasaran',
        'indikator_kinerja_individu',
        'satuan',
        'target',
        'target_tw1',
        'target_tw2',
        'target_tw3',
        'target_tw4',
        'realisasi_tw1',
        'realisasi_tw2',
        'realisasi_tw3',
        'realisasi_tw4',
        'Kendala yg Dihadapi',
        'Solusi yg Telah Dilakukan',
        'Link Bukti Dukung Kinerja',
      ]),
      2: line([
        1,
        'IK-01',
        'Meningkatnya partisipasi pemuda',
        'Jumlah pemuda terlatih',
        'Orang',
        80,
        20,
        40,
        60,
        80,
        20,
        40,
        60,
        79,
        'Anggaran terbatas',
        'Pelatihan daring',
        'https://contoh.go.id/bukti/ik01',
      ]),
      3: line([
        2,
        'IK-02',
        'Meningkatnya prestasi olahraga',
        'Persentase cabang olahraga berprestasi',
        null,
        '100,00 Persen',
        100,
        100,
        100,
        100,
        '100,00 Persen',
        '100,00 Persen',
        '100,00 Persen',
        '100,00 Persen',
        '-',
        '-',
        null,
      ]),
      4: line([
        3,
        'IK-03',
        'Meningkatnya prestasi olahraga',
        'Indeks kepuasan layanan kepemudaan',
        null,
        '0,9 Angka',
        0.2,
        0.45,
        0.7,
        0.9,
        0.2,
        0.45,
        0.7,
        '0,88 Angka',
        null,
        null,
        'n/a',
      ]),
    }),
  ],
};

// ---------------------------------------------------------------------------------------------
// 3. A monthly Rencana Aksi: "Target Bulan" merged over Januari … Desember.

export const RENAKSI_BULANAN: SourceFixture = {
  file: 'rencana-aksi-bulanan.xlsx',
  sheets: [
    sheet(
      'Renaksi 2026',
      {
        1: { A: 'RENCANA AKSI KINERJA TAHUN 2026' },
        3: line([
          'No',
          'Kode Indikator',
          'Rencana Aksi',
          'Satuan',
          'Target',
          'Target Bulan',
          ...Array<null>(11).fill(null),
          'Penanggung Jawab',
        ]),
        4: line(
          [
            'Januari',
            'Februari',
            'Maret',
            'April',
            'Mei',
            'Juni',
            'Juli',
            'Agustus',
            'September',
            'Oktober',
            'November',
            'Desember',
          ],
          'F',
        ),
        5: line([
          1,
          'IK-01',
          'Pelaksanaan survei kepuasan',
          'Kali',
          12,
          1,
          1,
          1,
          1,
          1,
          1,
          1,
          1,
          1,
          1,
          1,
          1,
          'SEKRE',
        ]),
        6: line([
          2,
          'IK-02',
          'Patroli ketertiban umum',
          'Kali',
          48,
          4,
          4,
          4,
          4,
          4,
          4,
          4,
          4,
          4,
          4,
          4,
          4,
          'TRANTIB',
        ]),
      },
      ['A1:R1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:Q3', 'R3:R4'],
    ),
  ],
};

// ---------------------------------------------------------------------------------------------
// 4. A PK pasted from Word: the signed text above, the indicator table at row 38 with a sasaran
//    merged over two rows and text targets, then "NO | PROGRAM | ANGGARAN | KET" below it.

const PK_TEXT: Readonly<Record<number, Cells>> = {
  1: { A: 'PERJANJIAN KINERJA TAHUN 2026' },
  2: { A: 'DINAS KEPEMUDAAN DAN OLAHRAGA KABUPATEN CONTOH' },
  4: {
    A: 'Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:',
  },
  6: { A: 'Nama', B: ': Budi Contoh, S.STP.' },
  7: { A: 'Jabatan', B: ': Kepala Dinas Kepemudaan dan Olahraga' },
  8: { A: 'selanjutnya disebut pihak pertama' },
  10: { A: 'Nama', B: ': Ani Contoh' },
  11: { A: 'Jabatan', B: ': Bupati Contoh' },
  12: { A: 'selaku atasan pihak pertama, selanjutnya disebut pihak kedua' },
  14: {
    A: 'Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.',
  },
  20: { A: 'Contoh, 2 Januari 2026' },
  21: { A: 'PIHAK KEDUA', C: 'PIHAK PERTAMA' },
  26: { A: 'Ani Contoh', C: 'Budi Contoh, S.STP.' },
  34: { A: 'LAMPIRAN PERJANJIAN KINERJA TAHUN 2026' },
  35: { A: 'DINAS KEPEMUDAAN DAN OLAHRAGA' },
};

export const PK_WORD: SourceFixture = {
  file: 'pk-dari-word.xlsx',
  sheets: [
    sheet(
      'PK 2026',
      {
        ...PK_TEXT,
        38: line(['NO', 'SASARAN STRATEGIS', 'INDIKATOR KINERJA UTAMA', 'TARGET']),
        39: line([
          '1.',
          'Meningkatnya partisipasi pemuda',
          'Jumlah organisasi kepemudaan yang aktif',
          '100 dari 110 Organisasi Kepemudaan',
        ]),
        40: line(['2.', null, 'Persentase pemuda yang mengikuti pelatihan', '21,50%']),
        41: line(['3.', 'Meningkatnya prestasi olahraga', 'Indeks kepuasan layanan kepemudaan', '0,9 Angka']),
        42: line(['4.', null, 'Jumlah kelompok pemuda binaan', '140 Kelompok (1400 orang)']),
        45: line(['NO', 'PROGRAM', 'ANGGARAN', 'KET']),
        46: line([
          '1.',
          '2.13.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA',
          'Rp5.294.655.000,00',
          'APBD',
        ]),
        47: line([
          '2.',
          '2.13.02 PROGRAM PENGEMBANGAN KAPASITAS DAYA SAING KEPEMUDAAN',
          'Rp 750.000.000',
          '-',
        ]),
        48: line([null, 'JUMLAH', 'Rp6.044.655.000,00', null]),
        51: { C: 'Kepala Dinas' },
      },
      ['A1:D1', 'A2:D2', 'A4:D4', 'B39:B40', 'B41:B42'],
    ),
  ],
};

// ---------------------------------------------------------------------------------------------
// 5. A long table: one row per indicator per quarter, a "Triwulan" column.

export const LONG_TRIWULAN: SourceFixture = {
  file: 'realisasi-per-baris.xlsx',
  sheets: [
    sheet('Realisasi', {
      1: line([
        'Kode Indikator',
        'Indikator Kinerja',
        'Satuan',
        'Target',
        'Triwulan',
        'Realisasi',
        'Keterangan',
      ]),
      2: line(['IK-01', 'Jumlah pemuda terlatih', 'Orang', 80, 'I', 20, null]),
      3: line(['IK-01', 'Jumlah pemuda terlatih', 'Orang', 80, 'II', 40, null]),
      4: line(['IK-01', 'Jumlah pemuda terlatih', 'Orang', 80, 'TW III', 60, null]),
      5: line(['IK-01', 'Jumlah pemuda terlatih', 'Orang', 80, 4, 80, 'tercapai']),
      6: line(['IK-02', 'Persentase cabang olahraga berprestasi', 'Persen', 40, 1, 10, null]),
      7: line(['IK-02', 'Persentase cabang olahraga berprestasi', 'Persen', 40, 2, 20, null]),
    }),
  ],
};

// ---------------------------------------------------------------------------------------------
// 6. A program tree: code and name in one cell, levels by code length.

export const POHON_PROGRAM: SourceFixture = {
  file: 'pohon-program.xlsx',
  sheets: [
    sheet('Pohon Program', {
      1: { A: 'CASCADING PROGRAM DAN KEGIATAN TAHUN 2026' },
      2: line(['Program/Kegiatan/Sub Kegiatan', 'Indikator Kinerja', 'Satuan', 'Target', 'Pagu (Rp)']),
      3: line(['2.13 BIDANG URUSAN KEPEMUDAAN DAN OLAHRAGA', null, null, null, null]),
      4: line([
        '2.13.02 PROGRAM PENGEMBANGAN KAPASITAS DAYA SAING KEPEMUDAAN',
        'Persentase pemuda berprestasi',
        'Persen',
        25,
        750_000_000,
      ]),
      5: line([
        '2.13.02.2.01 Penyelenggaraan Pemilihan Pemuda Pelopor',
        'Jumlah pemuda pelopor terpilih',
        'Orang',
        10,
        250_000_000,
      ]),
      6: line([
        '2.13.02.2.01.0001 Seleksi Pemuda Pelopor Tingkat Kabupaten',
        'Jumlah peserta seleksi',
        'Orang',
        '100 Orang',
        100_000_000,
      ]),
    }),
  ],
};

// ---------------------------------------------------------------------------------------------
// 7. A SIPD-like export: the code split over five columns under one merged "Kode".

export const KODE_TERPISAH: SourceFixture = {
  file: 'kode-terpisah.xlsx',
  sheets: [
    sheet(
      'SIPD',
      {
        1: line([
          'Kode',
          null,
          null,
          null,
          null,
          'Program/Kegiatan/Sub Kegiatan',
          'Indikator Kinerja',
          'Satuan',
          'Target',
          'Pagu (Rp)',
        ]),
        2: line(['2', '13', null, null, null, 'BIDANG URUSAN KEPEMUDAAN DAN OLAHRAGA']),
        3: line([
          '2',
          '13',
          '02',
          null,
          null,
          'PROGRAM PENGEMBANGAN KAPASITAS DAYA SAING KEPEMUDAAN',
          'Persentase pemuda berprestasi',
          'Persen',
          25,
          750_000_000,
        ]),
        4: line([
          '2',
          '13',
          '02',
          '2.01',
          null,
          'Penyelenggaraan Pemilihan Pemuda Pelopor',
          'Jumlah pemuda pelopor terpilih',
          'Orang',
          10,
          250_000_000,
        ]),
        5: line([
          '2',
          '13',
          '02',
          '2.01',
          '0001',
          'Seleksi Pemuda Pelopor Tingkat Kabupaten',
          'Jumlah peserta seleksi',
          'Orang',
          100,
          100_000_000,
        ]),
      },
      ['A1:E1'],
    ),
  ],
};

// ---------------------------------------------------------------------------------------------
// 8. Realisasi that is not available: "n/a", "N/A", "tidak tersedia", "n.a.", "NA" in quarters.

export const REALISASI_NA: SourceFixture = {
  file: 'realisasi-tidak-tersedia.xlsx',
  sheets: [
    sheet('Realisasi', {
      1: line([
        'kode_indikator',
        'indikator_kinerja_individu',
        'satuan',
        'target',
        'realisasi_tw1',
        'realisasi_tw2',
        'realisasi_tw3',
        'realisasi_tw4',
      ]),
      2: line(['IK-01', 'Jumlah pemuda terlatih', 'Orang', 80, 20, 'n/a']),
      3: line([
        'IK-02',
        'Persentase cabang olahraga berprestasi',
        'Persen',
        100,
        'N/A',
        'Tidak Tersedia',
        'n.a.',
        'NA',
      ]),
    }),
  ],
};

export const SOURCE_FIXTURES: readonly SourceFixture[] = [
  RENJA_EVALUASI,
  ESAKIP_TRIWULAN,
  RENAKSI_BULANAN,
  PK_WORD,
  LONG_TRIWULAN,
  POHON_PROGRAM,
  KODE_TERPISAH,
  REALISASI_NA,
];

export function sourceSnapshot(f: SourceFixture): WorkbookSnapshot {
  return { sheets: f.sheets.map((s) => ({ name: s.name, rows: s.rows })) };
}

// ---------------------------------------------------------------------------------------------
// The tracker: a fresh `lakip init` workbook (header in row 5) with a few rows typed in.

type Row = Readonly<Record<string, CellValue>>;

/** The tracker after `init`, with `rows` typed under each sheet's header. */
export function trackerWith(rows: Partial<Readonly<Record<SheetId, readonly Row[]>>>): WorkbookSnapshot {
  const plan = buildInitPlan(
    { sheets: [] },
    { tahun: 2026, unit: 'Dinas Kepemudaan dan Olahraga', kabupaten: 'Contoh' },
  );
  const base = applyPlanToSnapshot({ sheets: [] }, plan);
  return {
    sheets: base.sheets.map((s) => {
      const entry = Object.entries(rows).find(([id]) => schemaById(id as SheetId).name === s.name);
      if (entry === undefined) return s;
      const schema = schemaById(entry[0] as SheetId) as TableSheetSchema;
      const header = findHeaderRow(s, schema) as number;
      const headerRow = s.rows[header] ?? [];
      const cols = schema.columns.map((c) =>
        headerRow.findIndex((v) => typeof v === 'string' && v.replace(/\s*\*$/, '') === c.label),
      );
      const typed = (entry[1] ?? []).map((r) => {
        const out: CellValue[] = Array.from({ length: headerRow.length }, () => null);
        schema.columns.forEach((c, i) => {
          const at = cols[i] as number;
          if (at >= 0 && r[c.key] !== undefined) out[at] = r[c.key] as CellValue;
        });
        return out;
      });
      return { ...s, rows: [...s.rows.slice(0, header + 1), ...typed] };
    }),
  };
}

/** The tracker most tests import into: two PK indicators, one Data Kinerja row, one DPA program. */
export function sampleTracker(): WorkbookSnapshot {
  return trackerWith({
    pk: [
      {
        kodeIndikator: 'IK-01',
        sasaran: 'Meningkatnya partisipasi pemuda',
        indikator: 'Jumlah pemuda terlatih',
        satuan: 'Orang',
        polaritas: 'Positif',
        metode: 'Kumulatif',
        target: 80,
        kodeProgram: '2.13.02',
        program: 'Program Pengembangan Kapasitas Daya Saing Kepemudaan',
        anggaran: 750_000_000,
        penanggungJawab: 'SEKRE',
      },
      {
        kodeIndikator: 'IK-02',
        sasaran: 'Meningkatnya prestasi olahraga',
        indikator: 'Persentase cabang olahraga berprestasi',
        satuan: 'Persen',
        polaritas: 'Positif',
        metode: 'Nilai Akhir',
        target: 100,
        kodeProgram: '2.13.02',
        program: 'Program Pengembangan Kapasitas Daya Saing Kepemudaan',
        anggaran: 750_000_000,
        penanggungJawab: 'SEKRE',
      },
      {
        kodeIndikator: 'IK-03',
        sasaran: 'Meningkatnya prestasi olahraga',
        indikator: 'Indeks kepuasan layanan kepemudaan',
        satuan: 'Angka',
        polaritas: 'Positif',
        metode: 'Nilai Akhir',
        target: 3,
        kodeProgram: '2.13.02',
        program: 'Program Pengembangan Kapasitas Daya Saing Kepemudaan',
        anggaran: 750_000_000,
        penanggungJawab: 'SEKRE',
      },
    ],
    dataKinerja: [
      {
        bagian: 'SEKRE',
        kodeIndikator: 'IK-01',
        indikator: 'Jumlah pemuda terlatih',
        satuan: 'Orang',
        target: 80,
        realisasiTw1: 20,
        realisasiTw2: 35,
      },
    ],
    dpa: [
      {
        kodeProgram: '2.13.02',
        program: 'PROGRAM PENGEMBANGAN KAPASITAS DAYA SAING KEPEMUDAAN',
        indikatorKeluaran: 'Persentase pemuda berprestasi',
        satuan: 'Persen',
        target: 25,
        pagu: 700_000_000,
      },
    ],
  });
}
