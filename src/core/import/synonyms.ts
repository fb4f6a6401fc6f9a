/**
 * How real workbooks name the tracker's columns: label synonyms as data, in this one file
 * (issue #12). Each concept lists the labels offices and e-SAKIP systems use for it and the
 * tracker column (sheet id → column key) it fills on each sheet that has it.
 *
 * Labels are compared after `normaliseHeader` (`header.ts`): case, punctuation, line breaks,
 * snake_case and a trailing `*` do not matter. A quarter (`I`, `TW 2`, `_tw3`, `Triwulan IV`)
 * or a month (`Januari`) in a header is taken off first and carried separately, so that
 * "Realisasi Kinerja dan Anggaran Triwulan / I / K" is the concept "realisasi" for quarter 1,
 * kinerja part.
 */
import type { SheetId } from '../schema/types';

/** What a column holds, whatever the tracker sheet calls it. */
export type ConceptId =
  | 'no'
  | 'kodeIndikator'
  | 'kodeProgram'
  | 'kode'
  | 'sasaran'
  | 'tujuan'
  | 'indikator'
  | 'program'
  | 'subKegiatan'
  | 'realisasiFisik'
  | 'rencanaAksi'
  | 'satuan'
  | 'target'
  | 'targetTw'
  | 'targetBulan'
  | 'realisasi'
  | 'realisasiTw'
  | 'pembilang'
  | 'penyebut'
  | 'pembilangTw'
  | 'penyebutTw'
  | 'anggaran'
  | 'realisasiAnggaranTw'
  | 'triwulan'
  | 'polaritas'
  | 'faktorPendukung'
  | 'faktorPenghambat'
  | 'upayaPerbaikan'
  | 'buktiDukung'
  | 'penanggungJawab'
  | 'keterangan'
  | 'jabatan'
  | 'definisi'
  | 'sumberData'
  | 'capaian';

export interface Concept {
  readonly id: ConceptId;
  /** Labels as real tables spell them (compared normalised). The first one is the plainest. */
  readonly labels: readonly string[];
  /**
   * Words that, found inside a longer label, point to this concept with less confidence
   * ("Indikator Kinerja Program (Outcome)/Kegiatan (Output)" contains "indikator").
   */
  readonly words?: readonly string[];
  /** The tracker column this concept fills, per sheet. A quarterly concept names the key prefix (`realisasiTw` → `realisasiTw1` …). */
  readonly fields: Partial<Readonly<Record<SheetId, string>>>;
  /** The header needs a quarter (or a month) to mean this concept. */
  readonly perQuarter?: true;
  /** A grouping column: one value spans several rows (a merged cell), carried down. */
  readonly grouping?: true;
}

export const CONCEPTS: readonly Concept[] = [
  { id: 'no', labels: ['No', 'No.', 'Nomor', 'No Urut'], fields: {} },
  {
    id: 'kodeIndikator',
    labels: ['Kode Indikator', 'kode_indikator', 'Kode IKU', 'Kode IK', 'ID Indikator', 'id_indikator'],
    fields: {
      pk: 'kodeIndikator',
      iku: 'kodeIndikator',
      dataKinerja: 'kodeIndikator',
      renaksi: 'kodeIndikator',
      renstra: 'kodeIndikator',
      renja: 'kodeIndikator',
      lkjip: 'kodeIndikator',
    },
  },
  {
    id: 'kodeProgram',
    labels: [
      'Kode Program/Kegiatan',
      'Kode Program',
      'Kode Kegiatan',
      'Kode Rekening',
      'kode_program',
      'kode_kegiatan',
      'Kode Sub Kegiatan',
      'Kode Sub-Kegiatan',
    ],
    fields: { dpa: 'kodeProgram', pk: 'kodeProgram', renja: 'kodeProgram' },
  },
  { id: 'kode', labels: ['Kode', 'Kode Kinerja', 'kode'], fields: { cascading: 'kode', dpa: 'kodeProgram' } },
  {
    id: 'sasaran',
    labels: [
      'Sasaran',
      'Sasaran Strategis',
      'TUJUAN/ SASARAN STRATEGIS',
      'Tujuan/Sasaran Strategis',
      'Sasaran Perangkat Daerah',
      'Sasaran Kinerja',
      'Sasaran/Kinerja',
      'Sasaran Program',
      'sasaran',
      'sasaran_strategis',
    ],
    words: ['sasaran'],
    fields: { pk: 'sasaran', iku: 'sasaran', renja: 'sasaran', renstra: 'sasaran', cascading: 'sasaran' },
    grouping: true,
  },
  { id: 'tujuan', labels: ['Tujuan', 'Tujuan Renstra'], fields: { renstra: 'tujuan' }, grouping: true },
  {
    id: 'indikator',
    labels: [
      'Indikator Kinerja',
      'Indikator',
      'INDIKATOR KINERJA UTAMA',
      'Indikator Kinerja Utama (IKU)',
      'Indikator Kinerja Program (Outcome)/Kegiatan (Output)',
      'Indikator Kinerja Program/Kegiatan',
      'Indikator Sasaran',
      'Indikator Kinerja Sasaran',
      'Indikator Keluaran',
      'Indikator Kinerja Individu',
      'indikator_kinerja_individu',
      'indikator_kinerja',
      'indikator',
      'Uraian Indikator',
    ],
    words: ['indikator'],
    fields: {
      pk: 'indikator',
      iku: 'indikator',
      dataKinerja: 'indikator',
      dpa: 'indikatorKeluaran',
      renja: 'indikatorKeluaran',
      cascading: 'indikator',
      renstra: 'indikator',
      lkjip: 'indikator',
    },
  },
  {
    id: 'program',
    labels: [
      'Program/Kegiatan',
      'Program',
      'Kegiatan',
      'Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan',
      'Program/Kegiatan/Sub Kegiatan',
      'Uraian',
      'Nama Program',
      'Nama Kegiatan',
      'program',
      'kegiatan',
    ],
    words: ['program', 'kegiatan'],
    fields: { dpa: 'program', pk: 'program', renja: 'program', cascading: 'sasaran' },
  },
  {
    id: 'subKegiatan',
    labels: ['Sub Kegiatan', 'Sub-Kegiatan', 'Subkegiatan', 'sub_kegiatan', 'Nama Sub Kegiatan'],
    fields: { dpa: 'subKegiatan' },
  },
  {
    id: 'realisasiFisik',
    labels: [
      'Realisasi Fisik (%)',
      'Realisasi Fisik',
      'Fisik (%)',
      'Realisasi Fisik Kegiatan',
      'Kemajuan Fisik (%)',
      'realisasi_fisik',
    ],
    fields: { dpa: 'realisasiFisik' },
  },
  {
    id: 'rencanaAksi',
    labels: ['Rencana Aksi', 'Rencana Aksi/Kegiatan', 'Uraian Rencana Aksi', 'Aksi', 'rencana_aksi'],
    fields: { renaksi: 'rencanaAksi' },
  },
  {
    id: 'satuan',
    labels: ['Satuan', 'Sat', 'Sat.', 'satuan', 'Satuan Indikator'],
    fields: {
      pk: 'satuan',
      iku: 'satuan',
      dataKinerja: 'satuan',
      renaksi: 'satuan',
      dpa: 'satuan',
      renja: 'satuan',
      cascading: 'satuan',
      renstra: 'satuan',
      lkjip: 'satuan',
    },
  },
  {
    id: 'target',
    labels: [
      'Target',
      'TARGET',
      'Target Tahun 2026',
      'Target Tahun',
      'Target Kinerja',
      'Target PK',
      'target',
      'target_tahunan',
      'Target Renja',
      'Target Kinerja dan Anggaran Renja Tahun',
    ],
    words: ['target'],
    fields: {
      pk: 'target',
      dataKinerja: 'target',
      dpa: 'target',
      renja: 'target',
      cascading: 'target',
      lkjip: 'target',
    },
  },
  {
    id: 'targetTw',
    labels: ['Target', 'target', 'Target Triwulan', 'Target TW'],
    fields: { renaksi: 'targetTw' },
    perQuarter: true,
  },
  {
    id: 'targetBulan',
    labels: ['Target Bulan', 'Target', 'Target Bulanan', 'Bulan', 'Rencana'],
    fields: { renaksi: 'targetTw' },
    perQuarter: true,
  },
  {
    id: 'realisasi',
    labels: [
      'Realisasi',
      'realisasi',
      'Realisasi Kinerja',
      'Capaian Kinerja',
      'Realisasi Kinerja dan Anggaran Renja',
    ],
    fields: { lkjip: 'realisasi' },
  },
  {
    id: 'realisasiTw',
    labels: [
      'Realisasi',
      'Realisasi Kinerja',
      'Realisasi Kinerja dan Anggaran Triwulan',
      'Realisasi Kinerja Triwulan',
      'Realisasi Triwulan',
      'Realisasi TW',
      'realisasi',
    ],
    fields: { dataKinerja: 'realisasiTw' },
    perQuarter: true,
  },
  // A/B indicators (realisasi = A ÷ B × 100). In the PK, the names of the two numbers; in
  // Data Kinerja, their figures per quarter: e-SAKIP's `realisasi_x_tw1` / `realisasi_y_tw1`,
  // or a quarter's group header ("TW I") over the sub-headers x / y, Pembilang / Penyebut,
  // Numerator / Denominator.
  {
    id: 'pembilang',
    labels: ['Pembilang', 'Nama Pembilang', 'Uraian Pembilang', 'Numerator', 'pembilang'],
    fields: { pk: 'pembilang' },
  },
  {
    id: 'penyebut',
    labels: ['Penyebut', 'Nama Penyebut', 'Uraian Penyebut', 'Denominator', 'penyebut'],
    fields: { pk: 'penyebut' },
  },
  {
    id: 'pembilangTw',
    labels: [
      'Pembilang',
      'Realisasi Pembilang',
      'Realisasi X',
      'realisasi_x',
      'Nilai X',
      'X',
      'Numerator',
      'Realisasi Numerator',
    ],
    fields: { dataKinerja: 'pembilangTw' },
    perQuarter: true,
  },
  {
    id: 'penyebutTw',
    labels: [
      'Penyebut',
      'Realisasi Penyebut',
      'Realisasi Y',
      'realisasi_y',
      'Nilai Y',
      'Y',
      'Denominator',
      'Realisasi Denominator',
    ],
    fields: { dataKinerja: 'penyebutTw' },
    perQuarter: true,
  },
  {
    id: 'anggaran',
    labels: [
      'Anggaran',
      'Anggaran (Rp)',
      'ANGGARAN',
      'Pagu',
      'Pagu (Rp)',
      'Pagu Anggaran',
      'Pagu Indikatif',
      'Pagu Indikatif (Rp)',
      'Target Anggaran',
      'anggaran',
      'pagu',
    ],
    words: ['anggaran', 'pagu'],
    fields: { pk: 'anggaran', dpa: 'pagu', renja: 'pagu' },
  },
  {
    id: 'realisasiAnggaranTw',
    labels: [
      'Realisasi Anggaran',
      'Realisasi Keuangan',
      'realisasi_anggaran',
      'Realisasi Kinerja dan Anggaran Triwulan',
    ],
    fields: { dpa: 'realisasiTw' },
    perQuarter: true,
  },
  { id: 'triwulan', labels: ['Triwulan', 'TW', 'triwulan', 'Periode', 'Periode Triwulan'], fields: {} },
  {
    id: 'polaritas',
    labels: ['Polaritas', 'Sifat Indikator', 'polaritas'],
    fields: { pk: 'polaritas', iku: 'polaritas' },
  },
  {
    id: 'faktorPendukung',
    labels: ['Faktor Pendukung', 'Faktor Pendorong', 'faktor_pendukung'],
    fields: { dataKinerja: 'faktorPendukung' },
  },
  {
    id: 'faktorPenghambat',
    labels: [
      'Faktor Penghambat',
      'Kendala yg Dihadapi',
      'Kendala yang Dihadapi',
      'Kendala',
      'Hambatan',
      'Permasalahan',
      'faktor_penghambat',
      'kendala',
    ],
    fields: { dataKinerja: 'faktorPenghambat' },
  },
  {
    id: 'upayaPerbaikan',
    labels: [
      'Upaya Perbaikan',
      'Solusi yg Telah Dilakukan',
      'Solusi yang Telah Dilakukan',
      'Solusi',
      'Tindak Lanjut',
      'Rencana Tindak Lanjut',
      'upaya_perbaikan',
      'solusi',
    ],
    fields: { dataKinerja: 'upayaPerbaikan' },
  },
  {
    id: 'buktiDukung',
    labels: [
      'Bukti Dukung',
      'Link Bukti Dukung Kinerja',
      'Link Bukti Dukung',
      'Data Dukung',
      'bukti_dukung',
      'link_bukti',
    ],
    fields: { dataKinerja: 'buktiDukung' },
  },
  {
    id: 'penanggungJawab',
    labels: [
      'Penanggung Jawab',
      'PJ',
      'Perangkat Daerah Penanggung Jawab',
      'Unit Penanggung Jawab',
      'Bidang',
      'Bagian',
      'penanggung_jawab',
    ],
    fields: {
      pk: 'penanggungJawab',
      iku: 'penanggungJawab',
      renaksi: 'penanggungJawab',
      renja: 'penanggungJawab',
      dataKinerja: 'bagian',
    },
  },
  { id: 'keterangan', labels: ['Keterangan', 'Ket', 'Ket.', 'KET', 'Catatan'], fields: {} },
  {
    id: 'jabatan',
    labels: ['Jabatan', 'Nama Jabatan', 'jabatan'],
    fields: { cascading: 'jabatan', iki: 'jabatan' },
  },
  {
    id: 'definisi',
    labels: ['Definisi/Formula', 'Formula', 'Rumus', 'Cara Perhitungan', 'Definisi Operasional'],
    fields: { iku: 'definisi' },
  },
  { id: 'sumberData', labels: ['Sumber Data', 'sumber_data'], fields: { iku: 'sumberData' } },
  {
    id: 'capaian',
    labels: ['Capaian', 'Capaian (%)', 'Persentase Capaian', 'Tingkat Capaian', 'capaian'],
    fields: { lkjip: 'capaian' },
  },
];

/** The sheets an import may write into, in the order a tie is broken. */
export const IMPORT_TARGETS: readonly SheetId[] = [
  'dataKinerja',
  'pk',
  'renaksi',
  'dpa',
  'iku',
  'cascading',
  'renja',
  'renstra',
];

/** The column each target sheet's rows are matched by, then the name used when the key is missing. */
export const MATCH_KEYS: Partial<
  Readonly<Record<SheetId, { readonly key: string; readonly name: string; readonly composite?: true }>>
> = {
  dataKinerja: { key: 'kodeIndikator', name: 'indikator' },
  pk: { key: 'kodeIndikator', name: 'indikator' },
  iku: { key: 'kodeIndikator', name: 'indikator' },
  // An indicator has several actions: a Rencana Aksi row is matched by code and action together.
  renaksi: { key: 'kodeIndikator', name: 'rencanaAksi', composite: true },
  dpa: { key: 'kodeProgram', name: 'program' },
  cascading: { key: 'kode', name: 'indikator' },
  renja: { key: 'kodeProgram', name: 'indikatorKeluaran' },
  renstra: { key: 'kodeIndikator', name: 'indikator' },
};

/** Sub-headers under a quarter that say which half of a pair a column is (Permendagri 86: K = kinerja, Rp = anggaran). */
export const KINERJA_PART = ['k', 'kinerja', 'fisik', 'target kinerja', 'realisasi kinerja'];
export const ANGGARAN_PART = ['rp', 'rp.', 'anggaran', 'keuangan', 'realisasi anggaran', 'rupiah'];

export const MONTHS = [
  'januari',
  'februari',
  'maret',
  'april',
  'mei',
  'juni',
  'juli',
  'agustus',
  'september',
  'oktober',
  'november',
  'desember',
] as const;
