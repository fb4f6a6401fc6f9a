/**
 * The built-in sample tracker: Kecamatan Pasrujambe, Kabupaten Lumajang, Tahun Laporan 2017,
 * Triwulan Berjalan 4, Renstra 2014–2018 (so 2017 is Target Tahun 4). Names, numbers and
 * document numbers are realistic but invented; the kecamatan's 7 desa are real (Pasrujambe,
 * Jambekumbu, Jambearum, Sukorejo, Pagowan, Kertosari, Karanganom).
 *
 * Every number agrees with every other: PK ↔ IKU ↔ Renstra ↔ Rencana Aksi ↔ Data Kinerja, PK
 * anggaran ↔ DPA pagu ↔ Renja pagu indikatif, LKjIP capaian ↔ its target and realisasi
 * (`sample.test.ts` checks all of it).
 *
 * Expected results for the LAKIP tables (computed by hand from the Data Kinerja quarters by
 * Metode Agregasi; negative formula A `(2*Target-Realisasi)/Target`; thresholds 91/76/66/51;
 * no cap):
 *
 * | Kode  | Indikator                         | Polaritas | Metode      | Target | TW I / II / III / IV          | Realisasi | Capaian (%) | Kategori      |
 * |-------|-----------------------------------|-----------|-------------|--------|-------------------------------|-----------|-------------|---------------|
 * | IK-01 | Indeks Kepuasan Masyarakat        | Positif   | Rata-rata   | 82     | 83,20 / 84,10 / 85,00 / 85,70 | 84,50     | 103,05      | Sangat Tinggi |
 * | IK-02 | % desa menetapkan APBDes tepat    | Positif   | Nilai Akhir | 100    | 0 / 0 / 0 / 85,71             | 85,71     | 85,71       | Tinggi        |
 * | IK-03 | Jumlah gangguan trantibum         | Negatif   | Kumulatif   | 10     | 2 / 4 / 3 / 3                 | 12        | 80,00       | Tinggi        |
 * | IK-04 | % pelayanan PATEN tepat waktu     | Positif   | Rata-rata   | 95     | 96,80 / 97,40 / 98,10 / 97,70 | 97,50     | 102,63      | Sangat Tinggi |
 * | IK-05 | % partisipasi Musrenbang          | Positif   | Nilai Akhir | 80     | 81,25 / 81,25 / 81,25 / 81,25 | 81,25     | 101,56      | Sangat Tinggi |
 * | IK-06 | % kehadiran pegawai               | Positif   | Rata-rata   | 98     | 97,20 / 96,45 / 96,80 / 97,15 | 96,90     | 98,88       | Sangat Tinggi |
 * | IK-07 | Nilai AKIP kecamatan              | Positif   | Nilai Akhir | 65     | 42,10 / 44,35 / 48,10 / 47,50 | 47,50     | 73,08       | Sedang        |
 *
 * IK-03 with formula B (`Target/Realisasi`) would be 83,33 % (Tinggi). Below 100 %: IK-02,
 * IK-03, IK-06, IK-07 (their Data Kinerja rows fill Faktor Penghambat and Upaya Perbaikan).
 * IK-07 trends down: capaian 102,40 (2015) → 86,70 (2016) → 73,08 (2017).
 *
 * Anggaran (DPA 2017, APBD):
 *
 * | Kode    | Program                                   | Pagu (Rp)   | Realisasi (Rp) | Serapan (%) | Sisa (Rp)  |
 * |---------|-------------------------------------------|-------------|----------------|-------------|------------|
 * | 5.01.01 | Peningkatan Kualitas Pelayanan Publik     | 185.000.000 | 176.760.000    | 95,55       | 8.240.000  |
 * | 5.01.02 | Kapasitas Pemdes dan Partisipasi Masy.    | 142.500.000 | 125.025.000    | 87,74       | 17.475.000 |
 * | 5.01.03 | Ketenteraman, Ketertiban Umum, Linmas     | 96.750.000  | 90.975.000     | 94,03       | 5.775.000  |
 * | 5.01.04 | Disiplin Aparatur dan Akuntabilitas       | 118.400.000 | 113.835.000    | 96,14       | 4.565.000  |
 * | 5.01.05 | Pelayanan Administrasi Perkantoran (¹)    | 412.360.000 | 402.065.000    | 97,50       | 10.295.000 |
 * | Jumlah  |                                           | 955.010.000 | 908.660.000    | 95,15       | 46.350.000 |
 *
 * (¹) in the DPA only, not in the PK. Jumlah of the four PK programs: pagu 542.650.000,
 * realisasi 506.595.000, serapan 93,36 %.
 */
import type { StatusDokumen } from '../schema/choices';
import type { DocumentCode, SheetId } from '../schema/types';
import type { CellValue } from '../snapshot';

export interface SampleTracker {
  /** By field key of the Pengaturan schema. */
  readonly pengaturan: Readonly<Record<string, CellValue>>;
  /** Rows by column key, for every table sheet except 'sop' and 'dokumen'. */
  readonly tables: Readonly<Partial<Record<SheetId, readonly Readonly<Record<string, CellValue>>[]>>>;
  /** One entry per SOP step 1..13 (ISO dates). */
  readonly sopProgress: readonly {
    readonly no: number;
    readonly status: 'Belum' | 'Proses' | 'Selesai';
    readonly tanggalMulai?: string;
    readonly tanggalSelesai?: string;
    readonly waktuAktual?: number;
    readonly buktiSoft?: string;
    readonly buktiHard?: boolean;
    readonly catatan?: string;
  }[];
  /** All 14 documents of the Keterkaitan list. */
  readonly dokumenProgress: readonly {
    readonly kode: DocumentCode;
    readonly status: StatusDokumen;
    readonly nomorTanggal?: string;
    readonly tanggalDiterima?: string;
    readonly softCopy?: string;
    readonly hardCopy?: boolean;
    readonly catatan?: string;
    readonly bagianPenyedia: string;
  }[];
}

type Row = Readonly<Record<string, CellValue>>;

/* ------------------------------------------------------------------ people */

const CAMAT = {
  nama: 'Drs. Bambang Sugiharto, M.Si.',
  nip: '196408121989031010',
  jabatan: 'Camat Pasrujambe',
};
const SEKCAM = {
  nama: 'Agus Priyanto, S.Sos., M.AP.',
  nip: '197103151994031007',
  jabatan: 'Sekretaris Kecamatan',
};
const KASUBBAG_UMPEG = {
  nama: 'Sri Wahyuningsih, S.E.',
  nip: '197505202002122003',
  jabatan: 'Kepala Subbagian Umum dan Kepegawaian',
};
const KASUBBAG_PERKEU = {
  nama: 'Dwi Retno Handayani, S.Sos.',
  nip: '197807112005012012',
  jabatan: 'Kepala Subbagian Perencanaan dan Keuangan',
};
const KASI_PEM = {
  nama: 'Moch. Sholeh, S.H.',
  nip: '196911231993031005',
  jabatan: 'Kepala Seksi Pemerintahan',
};
const KASI_TRANTIB = {
  nama: 'Suparno, S.Sos.',
  nip: '196806041990031011',
  jabatan: 'Kepala Seksi Ketenteraman dan Ketertiban Umum',
};
const KASI_PMD = {
  nama: 'Eko Budi Santoso, S.IP.',
  nip: '197612092003121004',
  jabatan: 'Kepala Seksi Pemberdayaan Masyarakat dan Desa',
};
const KASI_KESSOS = {
  nama: 'Siti Khotimah, S.Pd.',
  nip: '198002142006042009',
  jabatan: 'Kepala Seksi Kesejahteraan Sosial',
};
const KASI_PELAYANAN = {
  nama: 'Yudi Hermawan, S.Kom.',
  nip: '198105282009011003',
  jabatan: 'Kepala Seksi Pelayanan Umum',
};
const STAF_PERKEU = {
  nama: 'Rina Oktaviani, A.Md.',
  nip: '198910172014022001',
  jabatan: 'Pengelola Data Perencanaan dan Pelaporan',
};
const STAF_UMPEG = {
  nama: 'Hadi Purnomo',
  nip: '197909122008011014',
  jabatan: 'Pengadministrasi Kepegawaian',
};
const STAF_PELAYANAN = {
  nama: 'Novi Indah Lestari, S.E.',
  nip: '198711302011012008',
  jabatan: 'Petugas Pelayanan PATEN',
};
const STAF_TRANTIB = {
  nama: 'Mukhlisin',
  nip: '198203162007011009',
  jabatan: 'Pengadministrasi Ketenteraman dan Ketertiban',
};
const STAF_PMD = {
  nama: 'Arif Rahman Hakim, S.E.',
  nip: '198506212010011012',
  jabatan: 'Pengadministrasi Pemberdayaan Masyarakat dan Desa',
};

/* ------------------------------------------------------------------ bagian */

const BAGIAN: readonly Row[] = [
  {
    kode: 'UMPEG',
    nama: 'Subbagian Umum dan Kepegawaian',
    jenis: 'Subbagian',
    namaKepala: KASUBBAG_UMPEG.nama,
    nip: KASUBBAG_UMPEG.nip,
  },
  {
    kode: 'PERKEU',
    nama: 'Subbagian Perencanaan dan Keuangan',
    jenis: 'Subbagian',
    namaKepala: KASUBBAG_PERKEU.nama,
    nip: KASUBBAG_PERKEU.nip,
  },
  { kode: 'PEM', nama: 'Seksi Pemerintahan', jenis: 'Seksi', namaKepala: KASI_PEM.nama, nip: KASI_PEM.nip },
  {
    kode: 'TRANTIB',
    nama: 'Seksi Ketenteraman dan Ketertiban Umum',
    jenis: 'Seksi',
    namaKepala: KASI_TRANTIB.nama,
    nip: KASI_TRANTIB.nip,
  },
  {
    kode: 'PMD',
    nama: 'Seksi Pemberdayaan Masyarakat dan Desa',
    jenis: 'Seksi',
    namaKepala: KASI_PMD.nama,
    nip: KASI_PMD.nip,
  },
  {
    kode: 'KESSOS',
    nama: 'Seksi Kesejahteraan Sosial',
    jenis: 'Seksi',
    namaKepala: KASI_KESSOS.nama,
    nip: KASI_KESSOS.nip,
  },
  {
    kode: 'PELAYANAN',
    nama: 'Seksi Pelayanan Umum',
    jenis: 'Seksi',
    namaKepala: KASI_PELAYANAN.nama,
    nip: KASI_PELAYANAN.nip,
  },
];

/* ------------------------------------------------------------------ sasaran, programs, indicators */

const TUJUAN_PELAYANAN = 'Meningkatkan kualitas pelayanan publik dan penyelenggaraan pemerintahan kecamatan';
const TUJUAN_TRANTIB = 'Mewujudkan wilayah Kecamatan Pasrujambe yang aman, tenteram dan tertib';

const S1 = 'Meningkatnya kualitas pelayanan publik kecamatan';
const S2 = 'Meningkatnya kualitas penyelenggaraan pemerintahan desa dan partisipasi masyarakat';
const S3 = 'Terwujudnya ketenteraman dan ketertiban umum di wilayah kecamatan';
const S4 = 'Meningkatnya akuntabilitas kinerja dan disiplin aparatur kecamatan';

const P_PELAYANAN = {
  kode: '5.01.01',
  nama: 'Program Peningkatan Kualitas Pelayanan Publik Kecamatan',
  pagu: 185_000_000,
};
const P_DESA = {
  kode: '5.01.02',
  nama: 'Program Peningkatan Kapasitas Pemerintahan Desa dan Partisipasi Masyarakat',
  pagu: 142_500_000,
};
const P_TRANTIB = {
  kode: '5.01.03',
  nama: 'Program Pemeliharaan Ketenteraman, Ketertiban Umum dan Perlindungan Masyarakat',
  pagu: 96_750_000,
};
const P_APARATUR = {
  kode: '5.01.04',
  nama: 'Program Peningkatan Disiplin Aparatur dan Akuntabilitas Kinerja',
  pagu: 118_400_000,
};
const P_ADMINISTRASI = {
  kode: '5.01.05',
  nama: 'Program Pelayanan Administrasi Perkantoran',
  pagu: 412_360_000,
};

interface Indicator {
  readonly kode: string;
  readonly sasaran: string;
  readonly tujuan: string;
  readonly indikator: string;
  readonly definisi: string;
  readonly satuan: string;
  readonly polaritas: 'Positif' | 'Negatif';
  readonly metode: 'Kumulatif' | 'Nilai Akhir' | 'Rata-rata';
  readonly sumberData: string;
  readonly pj: string;
  readonly program: { readonly kode: string; readonly nama: string; readonly pagu: number };
  /** Renstra 2014–2018: kondisi awal (2013), then Target Tahun 1 … 5. */
  readonly renstra: readonly [number, number, number, number, number, number];
}

const IK01: Indicator = {
  kode: 'IK-01',
  sasaran: S1,
  tujuan: TUJUAN_PELAYANAN,
  indikator: 'Indeks Kepuasan Masyarakat (IKM) terhadap pelayanan kecamatan',
  definisi:
    'Nilai indeks dari 14 unsur pelayanan hasil survei kepuasan masyarakat (Kepmenpan 25/2004), skala 25–100; nilai tahunan = rata-rata survei triwulanan',
  satuan: 'nilai',
  polaritas: 'Positif',
  metode: 'Rata-rata',
  sumberData: 'Laporan survei IKM triwulanan Seksi Pelayanan Umum',
  pj: 'PELAYANAN',
  program: P_PELAYANAN,
  renstra: [76.5, 78, 79.5, 81, 82, 83],
};
const IK02: Indicator = {
  kode: 'IK-02',
  sasaran: S2,
  tujuan: TUJUAN_PELAYANAN,
  indikator: 'Persentase desa yang menetapkan APBDes tepat waktu',
  definisi:
    'Jumlah desa yang menetapkan Perdes APBDes tahun anggaran berikutnya paling lambat 31 Desember dibagi jumlah desa (7) × 100%',
  satuan: '%',
  polaritas: 'Positif',
  metode: 'Nilai Akhir',
  sumberData: 'Perdes APBDes dan berita acara evaluasi Raperdes APBDes',
  pj: 'PMD',
  program: P_DESA,
  renstra: [57.14, 71.43, 85.71, 85.71, 100, 100],
};
const IK03: Indicator = {
  kode: 'IK-03',
  sasaran: S3,
  tujuan: TUJUAN_TRANTIB,
  indikator: 'Jumlah gangguan ketenteraman dan ketertiban umum (trantibum)',
  definisi:
    'Jumlah kejadian gangguan trantibum yang tercatat dalam buku register kejadian kecamatan selama satu tahun (semakin rendah semakin baik)',
  satuan: 'kejadian',
  polaritas: 'Negatif',
  metode: 'Kumulatif',
  sumberData: 'Buku register kejadian dan laporan bulanan Seksi Trantib',
  pj: 'TRANTIB',
  program: P_TRANTIB,
  renstra: [18, 16, 14, 12, 10, 8],
};
const IK04: Indicator = {
  kode: 'IK-04',
  sasaran: S1,
  tujuan: TUJUAN_PELAYANAN,
  indikator: 'Persentase pelayanan administrasi terpadu kecamatan (PATEN) yang diselesaikan tepat waktu',
  definisi:
    'Jumlah berkas PATEN yang selesai sesuai standar waktu pelayanan dibagi jumlah berkas yang masuk × 100%; nilai tahunan = rata-rata triwulanan',
  satuan: '%',
  polaritas: 'Positif',
  metode: 'Rata-rata',
  sumberData: 'Buku register pelayanan PATEN',
  pj: 'PELAYANAN',
  program: P_PELAYANAN,
  renstra: [85, 88, 90, 92.5, 95, 97],
};
const IK05: Indicator = {
  kode: 'IK-05',
  sasaran: S2,
  tujuan: TUJUAN_PELAYANAN,
  indikator: 'Persentase partisipasi masyarakat dalam Musrenbang kecamatan',
  definisi:
    'Jumlah peserta unsur masyarakat (tokoh masyarakat, perempuan, pemuda, lembaga desa) yang hadir dibagi jumlah undangan unsur masyarakat × 100%',
  satuan: '%',
  polaritas: 'Positif',
  metode: 'Nilai Akhir',
  sumberData: 'Daftar hadir dan berita acara Musrenbang kecamatan',
  pj: 'PEM',
  program: P_DESA,
  renstra: [65, 70, 72.5, 75, 80, 82.5],
};
const IK06: Indicator = {
  kode: 'IK-06',
  sasaran: S4,
  tujuan: TUJUAN_PELAYANAN,
  indikator: 'Persentase kehadiran pegawai',
  definisi:
    'Jumlah hari hadir seluruh pegawai dibagi (jumlah hari kerja efektif × jumlah pegawai) × 100%; nilai tahunan = rata-rata triwulanan',
  satuan: '%',
  polaritas: 'Positif',
  metode: 'Rata-rata',
  sumberData: 'Rekap presensi mesin sidik jari Subbagian Umum dan Kepegawaian',
  pj: 'UMPEG',
  program: P_APARATUR,
  renstra: [93.5, 95, 96, 97, 98, 98.5],
};
const IK07: Indicator = {
  kode: 'IK-07',
  sasaran: S4,
  tujuan: TUJUAN_PELAYANAN,
  indikator: 'Nilai Akuntabilitas Kinerja Instansi Pemerintah (AKIP) kecamatan',
  definisi:
    'Nilai hasil evaluasi SAKIP kecamatan oleh Inspektorat Kabupaten Lumajang (skala 0–100); TW I–III diisi nilai penilaian mandiri LKE',
  satuan: 'nilai',
  polaritas: 'Positif',
  metode: 'Nilai Akhir',
  sumberData: 'Laporan Hasil Evaluasi SAKIP Inspektorat dan LKE penilaian mandiri',
  pj: 'PERKEU',
  program: P_APARATUR,
  renstra: [40, 45, 50, 57.5, 65, 70],
};

const INDICATORS: readonly Indicator[] = [IK01, IK02, IK03, IK04, IK05, IK06, IK07];

/** Target Tahun 4 of the Renstra 2014–2018: the PK target of 2017. */
function target2017(i: Indicator): number {
  return i.renstra[4];
}

/* ------------------------------------------------------------------ IKU, PK, Renstra */

const IKU: readonly Row[] = INDICATORS.map((i) => ({
  kodeIndikator: i.kode,
  sasaran: i.sasaran,
  indikator: i.indikator,
  definisi: i.definisi,
  satuan: i.satuan,
  polaritas: i.polaritas,
  sumberData: i.sumberData,
  penanggungJawab: i.pj,
}));

const PK: readonly Row[] = INDICATORS.map((i) => ({
  kodeIndikator: i.kode,
  sasaran: i.sasaran,
  indikator: i.indikator,
  satuan: i.satuan,
  polaritas: i.polaritas,
  metode: i.metode,
  target: target2017(i),
  kodeProgram: i.program.kode,
  program: i.program.nama,
  anggaran: i.program.pagu,
  penanggungJawab: i.pj,
}));

const RENSTRA: readonly Row[] = INDICATORS.map((i) => ({
  kodeIndikator: i.kode,
  tujuan: i.tujuan,
  sasaran: i.sasaran,
  indikator: i.indikator,
  satuan: i.satuan,
  kondisiAwal: i.renstra[0],
  target1: i.renstra[1],
  target2: i.renstra[2],
  target3: i.renstra[3],
  target4: i.renstra[4],
  target5: i.renstra[5],
  kondisiAkhir: i.renstra[5],
  penanggungJawab: i.pj,
}));

/* ------------------------------------------------------------------ Rencana Aksi 2017 and 2018 */

function renaksiRow(i: Indicator, rencanaAksi: string, tw: readonly [number, number, number, number]): Row {
  return {
    kodeIndikator: i.kode,
    rencanaAksi,
    satuan: i.satuan,
    targetTw1: tw[0],
    targetTw2: tw[1],
    targetTw3: tw[2],
    targetTw4: tw[3],
    penanggungJawab: i.pj,
  };
}

const RENAKSI: readonly Row[] = [
  renaksiRow(
    IK01,
    'Melaksanakan survei kepuasan masyarakat setiap triwulan dan menindaklanjuti pengaduan',
    [81, 81.5, 82.5, 83],
  ),
  renaksiRow(
    IK02,
    'Fasilitasi penyusunan dan evaluasi Raperdes APBDes Tahun Anggaran 2018 di 7 desa',
    [0, 0, 0, 100],
  ),
  renaksiRow(
    IK03,
    'Patroli rutin, deteksi dini dan penanganan gangguan trantibum bersama Polsek dan Koramil',
    [3, 2, 3, 2],
  ),
  renaksiRow(
    IK04,
    'Menerapkan standar pelayanan dan maklumat pelayanan PATEN serta memantau register harian',
    [94, 95, 95, 96],
  ),
  renaksiRow(
    IK05,
    'Menyelenggarakan Musrenbang Kecamatan RKPD 2018 dengan unsur perempuan, pemuda dan kelompok rentan',
    [80, 80, 80, 80],
  ),
  renaksiRow(
    IK06,
    'Apel pagi, rekap presensi sidik jari bulanan dan pembinaan pegawai yang sering tidak hadir',
    [98, 98, 98, 98],
  ),
  renaksiRow(
    IK07,
    'Menyusun PK, Rencana Aksi, pengukuran kinerja triwulanan dan penilaian mandiri LKE SAKIP',
    [55, 58, 62, 65],
  ),
];

/** Rencana Aksi 2018: the Renstra's Target Tahun 5, split by the same Metode Agregasi. */
const RENAKSI_BERIKUT: readonly Row[] = [
  renaksiRow(
    IK01,
    'Survei kepuasan masyarakat triwulanan dan publikasi hasilnya di papan informasi',
    [82, 82.5, 83.5, 84],
  ),
  renaksiRow(
    IK02,
    'Pendampingan RKPDes sejak triwulan III dan evaluasi Raperdes APBDes Tahun Anggaran 2019',
    [0, 0, 0, 100],
  ),
  renaksiRow(
    IK03,
    'Patroli malam terjadwal, pengaktifan poskamling dan mediasi sengketa di tingkat desa',
    [2, 2, 2, 2],
  ),
  renaksiRow(
    IK04,
    'Penerapan aplikasi register PATEN dan evaluasi standar waktu pelayanan',
    [96, 97, 97, 98],
  ),
  renaksiRow(
    IK05,
    'Menyelenggarakan Musrenbang Kecamatan RKPD 2019 dan pra-Musrenbang tematik',
    [82.5, 82.5, 82.5, 82.5],
  ),
  renaksiRow(
    IK06,
    'Presensi sidik jari, apel pagi dan penertiban izin serta surat tugas',
    [98.5, 98.5, 98.5, 98.5],
  ),
  renaksiRow(
    IK07,
    'Menyusun cascading sampai staf, reviu rencana aksi triwulanan dan penilaian mandiri LKE',
    [62, 65, 68, 70],
  ),
];

/* ------------------------------------------------------------------ Data Kinerja */

interface DataKinerjaInput {
  readonly tw: readonly [number, number, number, number];
  readonly pendukung: string;
  readonly penghambat?: string;
  readonly upaya?: string;
  readonly bukti: string;
}

function dataKinerjaRow(i: Indicator, d: DataKinerjaInput): Row {
  return {
    bagian: i.pj,
    kodeIndikator: i.kode,
    indikator: i.indikator,
    satuan: i.satuan,
    target: target2017(i),
    realisasiTw1: d.tw[0],
    realisasiTw2: d.tw[1],
    realisasiTw3: d.tw[2],
    realisasiTw4: d.tw[3],
    faktorPendukung: d.pendukung,
    ...(d.penghambat !== undefined ? { faktorPenghambat: d.penghambat } : {}),
    ...(d.upaya !== undefined ? { upayaPerbaikan: d.upaya } : {}),
    buktiDukung: d.bukti,
    statusData: 'Final',
  };
}

const DATA_KINERJA: readonly Row[] = [
  dataKinerjaRow(IK01, {
    tw: [83.2, 84.1, 85, 85.7],
    pendukung:
      'Ruang tunggu PATEN yang nyaman, maklumat dan standar pelayanan dipasang di loket, petugas ramah dan pengaduan ditanggapi',
    bukti: 'Laporan survei IKM TW I–IV 2017 (400 responden)',
  }),
  dataKinerjaRow(IK02, {
    tw: [0, 0, 0, 85.71],
    pendukung: 'Pendampingan penyusunan APBDes oleh Seksi PMD bersama pendamping desa',
    penghambat:
      'Desa Kertosari terlambat menetapkan APBDes 2018 (8 Januari 2018) karena RKPDes terlambat dan pagu Dana Desa baru diterima akhir Desember',
    upaya:
      'Pendampingan penyusunan RKPDes sejak triwulan III dan surat edaran Camat tentang batas waktu penetapan APBDes',
    bukti: 'Perdes APBDes TA 2018 dari 7 desa dan berita acara evaluasi Raperdes',
  }),
  dataKinerjaRow(IK03, {
    tw: [2, 4, 3, 3],
    pendukung: 'Koordinasi rutin Tiga Pilar (Camat, Kapolsek, Danramil) dan siskamling di 7 desa',
    penghambat:
      'Meningkatnya pencurian ternak dan sengketa penambangan pasir di lereng Semeru pada triwulan II',
    upaya:
      'Menambah frekuensi patroli malam, mengaktifkan kembali poskamling dan mediasi sengketa di tingkat desa',
    bukti: 'Buku register kejadian 2017 dan laporan bulanan Seksi Trantib',
  }),
  dataKinerjaRow(IK04, {
    tw: [96.8, 97.4, 98.1, 97.7],
    pendukung: 'Standar waktu pelayanan PATEN ditetapkan dan petugas loket mendapat bimbingan teknis',
    bukti: 'Register pelayanan PATEN 2017 (2.418 berkas)',
  }),
  dataKinerjaRow(IK05, {
    tw: [81.25, 81.25, 81.25, 81.25],
    pendukung:
      'Undangan disampaikan 7 hari sebelum acara dan melibatkan unsur perempuan, pemuda dan tokoh agama (130 dari 160 undangan hadir)',
    bukti: 'Daftar hadir dan berita acara Musrenbang Kecamatan 14 Februari 2017',
  }),
  dataKinerjaRow(IK06, {
    tw: [97.2, 96.45, 96.8, 97.15],
    pendukung: 'Presensi dengan mesin sidik jari dan apel pagi setiap hari Senin',
    penghambat:
      'Beberapa pegawai yang tugas luar atau sakit tidak melengkapi surat tugas atau surat keterangan sehingga tercatat tidak hadir',
    upaya:
      'Penertiban surat tugas dan izin, serta teguran tertulis bagi pegawai yang tidak hadir tanpa keterangan',
    bukti: 'Rekap presensi sidik jari Januari–Desember 2017',
  }),
  dataKinerjaRow(IK07, {
    tw: [42.1, 44.35, 48.1, 47.5],
    pendukung: 'PK, IKU dan Rencana Aksi 2017 tersusun dan ditetapkan tepat waktu',
    penghambat:
      'Pengukuran kinerja triwulanan belum dimanfaatkan untuk perbaikan dan cascading kinerja belum lengkap sampai staf; nilai turun setelah verifikasi Inspektorat',
    upaya:
      'Menyusun cascading sampai staf, reviu rencana aksi setiap triwulan dan meminta pendampingan SAKIP dari Inspektorat',
    bukti: 'LHE SAKIP Kecamatan Pasrujambe 2017 dan LKE penilaian mandiri TW I–III',
  }),
];

/* ------------------------------------------------------------------ DPA */

function dpaRow(
  p: { readonly kode: string; readonly nama: string; readonly pagu: number },
  subKegiatan: string,
  indikatorKeluaran: string,
  satuan: string,
  target: number,
  tw: readonly [number, number, number, number],
): Row {
  return {
    kodeProgram: p.kode,
    program: p.nama,
    subKegiatan,
    indikatorKeluaran,
    satuan,
    target,
    pagu: p.pagu,
    realisasiTw1: tw[0],
    realisasiTw2: tw[1],
    realisasiTw3: tw[2],
    realisasiTw4: tw[3],
    sumberDana: 'APBD',
  };
}

const DPA: readonly Row[] = [
  dpaRow(
    P_PELAYANAN,
    'Penyelenggaraan PATEN; Survei Kepuasan Masyarakat; Fasilitasi Pelayanan Kesejahteraan Sosial',
    'Jumlah berkas pelayanan PATEN yang diproses',
    'berkas',
    2400,
    [28_450_000, 46_125_000, 49_870_000, 52_315_000],
  ),
  dpaRow(
    P_DESA,
    'Fasilitasi dan Evaluasi Rancangan APBDes; Penyelenggaraan Musrenbang Kecamatan',
    'Jumlah Raperdes APBDes yang dievaluasi',
    'dokumen',
    7,
    [31_200_000, 27_850_000, 29_400_000, 36_575_000],
  ),
  dpaRow(
    P_TRANTIB,
    'Patroli dan Pengamanan Wilayah; Penertiban Pedagang Kaki Lima dan Reklame',
    'Jumlah patroli trantibum',
    'kali',
    48,
    [18_600_000, 22_350_000, 21_900_000, 28_125_000],
  ),
  dpaRow(
    P_APARATUR,
    'Penyusunan Dokumen Perencanaan dan Pelaporan Kinerja; Peningkatan Disiplin dan Kapasitas Aparatur',
    'Jumlah dokumen perencanaan dan pelaporan kinerja',
    'dokumen',
    6,
    [15_720_000, 29_860_000, 31_045_000, 37_210_000],
  ),
  dpaRow(
    P_ADMINISTRASI,
    'Penyediaan Jasa Surat Menyurat, Listrik, Air, Telepon, ATK dan Kebersihan Kantor',
    'Jumlah bulan layanan administrasi perkantoran',
    'bulan',
    12,
    [96_540_000, 101_275_000, 98_830_000, 105_420_000],
  ),
];

/* ------------------------------------------------------------------ Renja 2017 and 2018 */

interface Kegiatan {
  readonly kode: string;
  readonly nama: string;
  readonly indikator?: Indicator;
  readonly keluaran: string;
  readonly satuan: string;
  readonly pj: string;
  /** [target 2017, pagu indikatif 2017, target 2018, pagu indikatif 2018] */
  readonly plan: readonly [number, number, number, number];
}

const KEGIATAN: readonly Kegiatan[] = [
  {
    kode: '5.01.01.01',
    nama: 'Penyelenggaraan Pelayanan Administrasi Terpadu Kecamatan (PATEN)',
    indikator: IK04,
    keluaran: 'Jumlah berkas pelayanan PATEN yang diproses',
    satuan: 'berkas',
    pj: 'PELAYANAN',
    plan: [2400, 136_000_000, 2500, 143_000_000],
  },
  {
    kode: '5.01.01.02',
    nama: 'Survei Kepuasan Masyarakat',
    indikator: IK01,
    keluaran: 'Jumlah responden survei IKM',
    satuan: 'responden',
    pj: 'PELAYANAN',
    plan: [400, 34_000_000, 400, 36_000_000],
  },
  {
    kode: '5.01.01.03',
    nama: 'Fasilitasi Pelayanan Kesejahteraan Sosial dan Penanganan PMKS',
    indikator: IK01,
    keluaran: 'Jumlah PMKS yang difasilitasi',
    satuan: 'orang',
    pj: 'KESSOS',
    plan: [110, 15_000_000, 120, 16_000_000],
  },
  {
    kode: '5.01.02.01',
    nama: 'Fasilitasi dan Evaluasi Rancangan APBDes',
    indikator: IK02,
    keluaran: 'Jumlah Raperdes APBDes yang dievaluasi',
    satuan: 'dokumen',
    pj: 'PMD',
    plan: [7, 68_500_000, 7, 72_000_000],
  },
  {
    kode: '5.01.02.02',
    nama: 'Penyelenggaraan Musrenbang Kecamatan',
    indikator: IK05,
    keluaran: 'Jumlah peserta Musrenbang kecamatan',
    satuan: 'orang',
    pj: 'PEM',
    plan: [160, 74_000_000, 165, 78_000_000],
  },
  {
    kode: '5.01.03.01',
    nama: 'Patroli dan Pengamanan Wilayah',
    indikator: IK03,
    keluaran: 'Jumlah patroli trantibum',
    satuan: 'kali',
    pj: 'TRANTIB',
    plan: [48, 64_250_000, 48, 67_500_000],
  },
  {
    kode: '5.01.03.02',
    nama: 'Penertiban Pedagang Kaki Lima dan Reklame',
    indikator: IK03,
    keluaran: 'Jumlah kegiatan penertiban',
    satuan: 'kali',
    pj: 'TRANTIB',
    plan: [12, 32_500_000, 12, 34_000_000],
  },
  {
    kode: '5.01.04.01',
    nama: 'Penyusunan Dokumen Perencanaan dan Pelaporan Kinerja',
    indikator: IK07,
    keluaran: 'Jumlah dokumen perencanaan dan pelaporan kinerja',
    satuan: 'dokumen',
    pj: 'PERKEU',
    plan: [6, 46_900_000, 6, 49_200_000],
  },
  {
    kode: '5.01.04.02',
    nama: 'Peningkatan Disiplin dan Kapasitas Aparatur',
    indikator: IK06,
    keluaran: 'Jumlah pegawai yang mengikuti pembinaan disiplin',
    satuan: 'orang',
    pj: 'UMPEG',
    plan: [27, 71_500_000, 27, 75_000_000],
  },
  {
    kode: '5.01.05.01',
    nama: 'Penyediaan Jasa Administrasi Perkantoran',
    keluaran: 'Jumlah bulan layanan administrasi perkantoran',
    satuan: 'bulan',
    pj: 'UMPEG',
    plan: [12, 412_360_000, 12, 428_500_000],
  },
];

function renjaRows(tahun: 2017 | 2018): Row[] {
  return KEGIATAN.map((k) => ({
    tahun,
    ...(k.indikator ? { kodeIndikator: k.indikator.kode } : {}),
    sasaran: k.indikator?.sasaran ?? 'Meningkatnya kualitas pelayanan administrasi perkantoran',
    indikatorSasaran: k.indikator?.indikator ?? 'Persentase layanan administrasi perkantoran yang terpenuhi',
    kodeProgram: k.kode,
    program: k.nama,
    indikatorKeluaran: k.keluaran,
    satuan: k.satuan,
    target: tahun === 2017 ? k.plan[0] : k.plan[2],
    pagu: tahun === 2017 ? k.plan[1] : k.plan[3],
    penanggungJawab: k.pj,
  }));
}

/* ------------------------------------------------------------------ LKjIP 2015 and 2016 */

function lkjipRow(tahun: 2015 | 2016, i: Indicator, realisasi: number, capaian: number): Row {
  return {
    tahun,
    kodeIndikator: i.kode,
    indikator: i.indikator,
    satuan: i.satuan,
    target: tahun === 2015 ? i.renstra[2] : i.renstra[3],
    realisasi,
    capaian,
  };
}

const LKJIP: readonly Row[] = [
  lkjipRow(2015, IK01, 80.25, 100.94),
  lkjipRow(2015, IK02, 71.43, 83.34),
  lkjipRow(2015, IK03, 15, 92.86),
  lkjipRow(2015, IK04, 91.35, 101.5),
  lkjipRow(2015, IK05, 70.4, 97.1),
  lkjipRow(2015, IK06, 95.1, 99.06),
  lkjipRow(2015, IK07, 51.2, 102.4),
  lkjipRow(2016, IK01, 82.1, 101.36),
  lkjipRow(2016, IK02, 85.71, 100),
  lkjipRow(2016, IK03, 11, 108.33),
  lkjipRow(2016, IK04, 94.2, 101.84),
  lkjipRow(2016, IK05, 77.3, 103.07),
  lkjipRow(2016, IK06, 96.75, 99.74),
  lkjipRow(2016, IK07, 49.85, 86.7),
];

/* ------------------------------------------------------------------ Cascading */

function cascadingRow(
  kode: string,
  kodeInduk: string | null,
  level: 'Camat' | 'Sekcam' | 'Kasi/Kasubbag' | 'Staf',
  jabatan: string,
  sasaran: string,
  indikator: string,
  satuan: string,
  target: number,
): Row {
  return {
    kode,
    ...(kodeInduk !== null ? { kodeInduk } : {}),
    level,
    jabatan,
    sasaran,
    indikator,
    satuan,
    target,
  };
}

const CASCADING: readonly Row[] = [
  cascadingRow(
    'CK.1',
    null,
    'Camat',
    CAMAT.jabatan,
    'Meningkatnya kualitas pelayanan publik dan penyelenggaraan pemerintahan Kecamatan Pasrujambe',
    IK01.indikator,
    'nilai',
    82,
  ),
  cascadingRow('CK.1.1', 'CK.1', 'Sekcam', SEKCAM.jabatan, S4, IK07.indikator, 'nilai', 65),
  cascadingRow('CK.1.2', 'CK.1', 'Sekcam', SEKCAM.jabatan, S2, IK02.indikator, '%', 100),
  cascadingRow(
    'CK.1.3',
    'CK.1',
    'Sekcam',
    SEKCAM.jabatan,
    'Meningkatnya kualitas pelayanan administrasi terpadu kecamatan',
    IK04.indikator,
    '%',
    95,
  ),
  cascadingRow(
    'CK.1.1.1',
    'CK.1.1',
    'Kasi/Kasubbag',
    KASUBBAG_UMPEG.jabatan,
    'Meningkatnya disiplin pegawai',
    IK06.indikator,
    '%',
    98,
  ),
  cascadingRow(
    'CK.1.1.2',
    'CK.1.1',
    'Kasi/Kasubbag',
    KASUBBAG_PERKEU.jabatan,
    'Meningkatnya kualitas dokumen perencanaan dan pelaporan kinerja',
    'Persentase dokumen perencanaan dan pelaporan kinerja yang disusun tepat waktu',
    '%',
    100,
  ),
  cascadingRow(
    'CK.1.2.1',
    'CK.1.2',
    'Kasi/Kasubbag',
    KASI_PEM.jabatan,
    'Meningkatnya partisipasi masyarakat dalam perencanaan pembangunan',
    IK05.indikator,
    '%',
    80,
  ),
  cascadingRow(
    'CK.1.2.2',
    'CK.1.2',
    'Kasi/Kasubbag',
    KASI_TRANTIB.jabatan,
    'Terkendalinya gangguan ketenteraman dan ketertiban umum',
    IK03.indikator,
    'kejadian',
    10,
  ),
  cascadingRow(
    'CK.1.2.3',
    'CK.1.2',
    'Kasi/Kasubbag',
    KASI_PMD.jabatan,
    'Meningkatnya tertib pengelolaan keuangan desa',
    IK02.indikator,
    '%',
    100,
  ),
  cascadingRow(
    'CK.1.3.1',
    'CK.1.3',
    'Kasi/Kasubbag',
    KASI_PELAYANAN.jabatan,
    'Meningkatnya ketepatan waktu pelayanan PATEN',
    'Persentase berkas PATEN yang selesai sesuai standar waktu',
    '%',
    95,
  ),
  cascadingRow(
    'CK.1.3.2',
    'CK.1.3',
    'Kasi/Kasubbag',
    KASI_KESSOS.jabatan,
    'Meningkatnya kualitas pelayanan kesejahteraan sosial',
    'Persentase rekomendasi SKTM dan bantuan sosial yang diselesaikan tepat waktu',
    '%',
    95,
  ),
  cascadingRow(
    'CK.1.1.1.1',
    'CK.1.1.1',
    'Staf',
    STAF_UMPEG.jabatan,
    'Tersedianya rekap kehadiran pegawai',
    'Jumlah rekap presensi bulanan yang disampaikan tepat waktu',
    'laporan',
    12,
  ),
  cascadingRow(
    'CK.1.1.2.1',
    'CK.1.1.2',
    'Staf',
    STAF_PERKEU.jabatan,
    'Tersusunnya laporan pengukuran kinerja',
    'Jumlah laporan pengukuran kinerja triwulanan',
    'laporan',
    4,
  ),
  cascadingRow(
    'CK.1.2.2.1',
    'CK.1.2.2',
    'Staf',
    STAF_TRANTIB.jabatan,
    'Terlaksananya patroli wilayah',
    'Jumlah patroli trantibum',
    'kali',
    48,
  ),
  cascadingRow(
    'CK.1.2.3.1',
    'CK.1.2.3',
    'Staf',
    STAF_PMD.jabatan,
    'Terevaluasinya Raperdes APBDes',
    'Jumlah Raperdes APBDes yang dievaluasi',
    'dokumen',
    7,
  ),
  cascadingRow(
    'CK.1.3.1.1',
    'CK.1.3.1',
    'Staf',
    STAF_PELAYANAN.jabatan,
    'Terprosesnya berkas pelayanan PATEN',
    'Jumlah berkas PATEN yang diproses',
    'berkas',
    2400,
  ),
];

/* ------------------------------------------------------------------ SK Tim SAKIP */

const TUGAS_ANGGOTA =
  'Menyampaikan data dan informasi kinerja bagiannya dalam format yang ditetapkan, tepat waktu';

const SK_TIM: readonly Row[] = [
  {
    no: 1,
    kedudukan: 'Pengarah',
    nama: CAMAT.nama,
    nip: CAMAT.nip,
    jabatan: CAMAT.jabatan,
    uraianTugas: 'Memberikan arahan dan kebijakan penerapan SAKIP kecamatan',
  },
  {
    no: 2,
    kedudukan: 'Penanggung Jawab',
    nama: SEKCAM.nama,
    nip: SEKCAM.nip,
    jabatan: SEKCAM.jabatan,
    uraianTugas: 'Bertanggung jawab atas penyusunan dokumen perencanaan, pengukuran dan pelaporan kinerja',
  },
  {
    no: 3,
    kedudukan: 'Ketua',
    nama: KASUBBAG_PERKEU.nama,
    nip: KASUBBAG_PERKEU.nip,
    jabatan: KASUBBAG_PERKEU.jabatan,
    uraianTugas: 'Mengoordinasikan pengumpulan data kinerja dan penyusunan LKjIP',
  },
  {
    no: 4,
    kedudukan: 'Sekretaris',
    nama: STAF_PERKEU.nama,
    nip: STAF_PERKEU.nip,
    jabatan: STAF_PERKEU.jabatan,
    uraianTugas: 'Menghimpun format data kinerja dari setiap bagian dan menyusun draf LKjIP',
  },
  ...[KASUBBAG_UMPEG, KASI_PEM, KASI_TRANTIB, KASI_PMD, KASI_KESSOS, KASI_PELAYANAN].map((p, n) => ({
    no: 5 + n,
    kedudukan: 'Anggota',
    nama: p.nama,
    nip: p.nip,
    jabatan: p.jabatan,
    uraianTugas: TUGAS_ANGGOTA,
  })),
];

/* ------------------------------------------------------------------ IKI */

function ikiRow(
  p: { readonly nama: string; readonly nip: string; readonly jabatan: string },
  sasaran: string,
  indikator: string,
  formula: string,
  satuan: string,
  target: number,
  sumberData: string,
  kodeAtasan: string,
): Row {
  return {
    jabatan: p.jabatan,
    nama: p.nama,
    nip: p.nip,
    sasaran,
    indikator,
    formula,
    satuan,
    target,
    sumberData,
    kodeAtasan,
  };
}

const IKI: readonly Row[] = [
  ikiRow(CAMAT, S1, IK01.indikator, IK01.definisi, 'nilai', 82, IK01.sumberData, 'IK-01'),
  ikiRow(SEKCAM, S4, IK07.indikator, IK07.definisi, 'nilai', 65, IK07.sumberData, 'IK-07'),
  ikiRow(
    KASUBBAG_UMPEG,
    'Meningkatnya disiplin pegawai',
    IK06.indikator,
    IK06.definisi,
    '%',
    98,
    IK06.sumberData,
    'IK-06',
  ),
  ikiRow(
    KASUBBAG_PERKEU,
    'Meningkatnya kualitas dokumen perencanaan dan pelaporan kinerja',
    'Persentase dokumen perencanaan dan pelaporan kinerja yang disusun tepat waktu',
    'Jumlah dokumen (Renja, PK, Rencana Aksi, laporan triwulanan, LKjIP) yang selesai sesuai jadwal dibagi jumlah dokumen wajib × 100%',
    '%',
    100,
    'Agenda surat dan tanda terima dokumen',
    'CK.1.1',
  ),
  ikiRow(
    KASI_PEM,
    'Meningkatnya partisipasi masyarakat dalam perencanaan pembangunan',
    IK05.indikator,
    IK05.definisi,
    '%',
    80,
    IK05.sumberData,
    'IK-05',
  ),
  ikiRow(
    KASI_TRANTIB,
    'Terkendalinya gangguan ketenteraman dan ketertiban umum',
    IK03.indikator,
    IK03.definisi,
    'kejadian',
    10,
    IK03.sumberData,
    'IK-03',
  ),
  ikiRow(
    KASI_PMD,
    'Meningkatnya tertib pengelolaan keuangan desa',
    IK02.indikator,
    IK02.definisi,
    '%',
    100,
    IK02.sumberData,
    'IK-02',
  ),
  ikiRow(
    KASI_KESSOS,
    'Meningkatnya kualitas pelayanan kesejahteraan sosial',
    'Persentase rekomendasi SKTM dan bantuan sosial yang diselesaikan tepat waktu',
    'Jumlah rekomendasi yang selesai dalam 1 hari kerja dibagi jumlah permohonan × 100%',
    '%',
    95,
    'Buku register rekomendasi Seksi Kesejahteraan Sosial',
    'CK.1.3',
  ),
  ikiRow(
    KASI_PELAYANAN,
    'Meningkatnya ketepatan waktu pelayanan PATEN',
    IK04.indikator,
    IK04.definisi,
    '%',
    95,
    IK04.sumberData,
    'IK-04',
  ),
  ikiRow(
    STAF_PERKEU,
    'Tersusunnya laporan pengukuran kinerja',
    'Jumlah laporan pengukuran kinerja triwulanan',
    'Jumlah laporan pengukuran kinerja yang disampaikan kepada Sekretaris Kecamatan',
    'laporan',
    4,
    'Arsip laporan pengukuran kinerja',
    'CK.1.1.2',
  ),
  ikiRow(
    STAF_PELAYANAN,
    'Terprosesnya berkas pelayanan PATEN',
    'Jumlah berkas PATEN yang diproses',
    'Jumlah berkas yang dicatat dan diproses di loket PATEN',
    'berkas',
    2400,
    'Buku register pelayanan PATEN',
    'CK.1.3.1',
  ),
  ikiRow(
    STAF_TRANTIB,
    'Terlaksananya patroli wilayah',
    'Jumlah patroli trantibum',
    'Jumlah patroli yang tercatat dalam laporan patroli',
    'kali',
    48,
    'Laporan patroli Seksi Trantib',
    'CK.1.2.2',
  ),
];

/* ------------------------------------------------------------------ PK Individu and its Rencana Aksi */

interface PkIndividuInput {
  readonly p: { readonly nama: string; readonly nip: string; readonly jabatan: string };
  readonly kode: string;
  readonly sasaran: string;
  readonly indikator: string;
  readonly satuan: string;
  readonly target: number;
  readonly atasan: string;
  readonly anggaran?: number;
  readonly aksi: string;
  readonly tw: readonly [number, number, number, number];
}

const PK_INDIVIDU_INPUT: readonly PkIndividuInput[] = [
  {
    p: SEKCAM,
    kode: 'PKI-01',
    sasaran: S4,
    indikator: IK07.indikator,
    satuan: 'nilai',
    target: 65,
    atasan: 'IK-07',
    anggaran: P_APARATUR.pagu,
    aksi: 'Mengoordinasikan penyusunan PK, pengukuran kinerja triwulanan dan LKjIP',
    tw: [55, 58, 62, 65],
  },
  {
    p: SEKCAM,
    kode: 'PKI-02',
    sasaran: S4,
    indikator: IK06.indikator,
    satuan: '%',
    target: 98,
    atasan: 'IK-06',
    aksi: 'Memimpin apel pagi dan memantau rekap presensi bulanan',
    tw: [98, 98, 98, 98],
  },
  {
    p: KASUBBAG_UMPEG,
    kode: 'PKI-03',
    sasaran: 'Meningkatnya disiplin pegawai',
    indikator: 'Persentase pegawai yang hadir tepat waktu',
    satuan: '%',
    target: 97,
    atasan: 'PKI-02',
    anggaran: 71_500_000,
    aksi: 'Merekap presensi sidik jari dan menyiapkan teguran tertulis bagi pegawai yang terlambat',
    tw: [97, 97, 97, 97],
  },
  {
    p: KASUBBAG_PERKEU,
    kode: 'PKI-04',
    sasaran: 'Meningkatnya kualitas dokumen perencanaan dan pelaporan kinerja',
    indikator: 'Persentase dokumen perencanaan dan pelaporan kinerja yang disusun tepat waktu',
    satuan: '%',
    target: 100,
    atasan: 'PKI-01',
    anggaran: 46_900_000,
    aksi: 'Menyusun PK dan Rencana Aksi, laporan pengukuran kinerja triwulanan dan Renja 2018',
    tw: [100, 100, 100, 100],
  },
  {
    p: KASI_PEM,
    kode: 'PKI-05',
    sasaran: 'Meningkatnya partisipasi masyarakat dalam perencanaan pembangunan',
    indikator: IK05.indikator,
    satuan: '%',
    target: 80,
    atasan: 'IK-05',
    anggaran: 74_000_000,
    aksi: 'Menyiapkan undangan dan memfasilitasi Musrenbang Kecamatan',
    tw: [80, 80, 80, 80],
  },
  {
    p: KASI_TRANTIB,
    kode: 'PKI-06',
    sasaran: 'Terkendalinya gangguan ketenteraman dan ketertiban umum',
    indikator: IK03.indikator,
    satuan: 'kejadian',
    target: 10,
    atasan: 'IK-03',
    anggaran: P_TRANTIB.pagu,
    aksi: 'Patroli wilayah bersama Polsek dan Koramil serta pembinaan Linmas desa',
    tw: [3, 2, 3, 2],
  },
  {
    p: KASI_PMD,
    kode: 'PKI-07',
    sasaran: 'Meningkatnya tertib pengelolaan keuangan desa',
    indikator: IK02.indikator,
    satuan: '%',
    target: 100,
    atasan: 'IK-02',
    anggaran: 68_500_000,
    aksi: 'Mengevaluasi Raperdes APBDes TA 2018 di 7 desa',
    tw: [0, 0, 0, 100],
  },
  {
    p: KASI_KESSOS,
    kode: 'PKI-08',
    sasaran: 'Meningkatnya kualitas pelayanan kesejahteraan sosial',
    indikator: 'Persentase rekomendasi SKTM dan bantuan sosial yang diselesaikan tepat waktu',
    satuan: '%',
    target: 95,
    atasan: 'IK-04',
    anggaran: 15_000_000,
    aksi: 'Memverifikasi permohonan rekomendasi SKTM dan usulan bantuan sosial',
    tw: [95, 95, 95, 95],
  },
  {
    p: KASI_PELAYANAN,
    kode: 'PKI-09',
    sasaran: 'Meningkatnya ketepatan waktu pelayanan PATEN',
    indikator: IK04.indikator,
    satuan: '%',
    target: 95,
    atasan: 'IK-04',
    anggaran: 136_000_000,
    aksi: 'Menerapkan standar waktu pelayanan PATEN dan memeriksa register harian',
    tw: [94, 95, 95, 96],
  },
  {
    p: KASI_PELAYANAN,
    kode: 'PKI-10',
    sasaran: S1,
    indikator: IK01.indikator,
    satuan: 'nilai',
    target: 82,
    atasan: 'IK-01',
    anggaran: 34_000_000,
    aksi: 'Melaksanakan survei IKM setiap triwulan dan menindaklanjuti hasilnya',
    tw: [81, 81.5, 82.5, 83],
  },
];

const PK_INDIVIDU: readonly Row[] = PK_INDIVIDU_INPUT.map((x) => ({
  jabatan: x.p.jabatan,
  nama: x.p.nama,
  nip: x.p.nip,
  kodeIndikator: x.kode,
  sasaran: x.sasaran,
  indikator: x.indikator,
  satuan: x.satuan,
  target: x.target,
  kodeAtasan: x.atasan,
  ...(x.anggaran !== undefined ? { anggaran: x.anggaran } : {}),
}));

const RENAKSI_INDIVIDU: readonly Row[] = PK_INDIVIDU_INPUT.map((x) => ({
  jabatan: x.p.jabatan,
  nama: x.p.nama,
  kodeAtasan: x.kode,
  rencanaAksi: x.aksi,
  satuan: x.satuan,
  targetTw1: x.tw[0],
  targetTw2: x.tw[1],
  targetTw3: x.tw[2],
  targetTw4: x.tw[3],
}));

/* ------------------------------------------------------------------ the sample */

const BUKTI = '\\\\server\\sakip\\2017';
const DOK = `${BUKTI}\\dokumen`;

export const SAMPLE_PASRUJAMBE_2017: SampleTracker = {
  pengaturan: {
    namaUnit: 'Kecamatan Pasrujambe',
    kabupaten: 'Lumajang',
    tahunLaporan: 2017,
    triwulanBerjalan: 4,
    tahunAwalRenstra: 2014,
    namaCamat: CAMAT.nama,
    nipCamat: CAMAT.nip,
    namaSekcam: SEKCAM.nama,
    nipSekcam: SEKCAM.nip,
    rumusNegatif: '(2*Target-Realisasi)/Target',
    batasSangatTinggi: 91,
    batasTinggi: 76,
    batasSedang: 66,
    batasRendah: 51,
    batasAtasCapaian: null,
  },
  tables: {
    bagian: BAGIAN,
    cascading: CASCADING,
    skTim: SK_TIM,
    iku: IKU,
    iki: IKI,
    renstra: RENSTRA,
    renja: renjaRows(2017),
    pk: PK,
    pkIndividu: PK_INDIVIDU,
    renaksi: RENAKSI,
    dpa: DPA,
    renaksiIndividu: RENAKSI_INDIVIDU,
    lkjip: LKJIP,
    renjaBerikut: renjaRows(2018),
    renaksiBerikut: RENAKSI_BERIKUT,
    dataKinerja: DATA_KINERJA,
  },
  sopProgress: [
    {
      no: 1,
      status: 'Selesai',
      tanggalMulai: '2018-01-08',
      tanggalSelesai: '2018-01-08',
      waktuAktual: 3,
      buktiSoft: `${BUKTI}\\01-nota-dinas.pdf`,
      buktiHard: true,
      catatan: 'Nota Dinas Camat Nomor 050/02/427.59/2018 tanggal 8 Januari 2018',
    },
    {
      no: 2,
      status: 'Selesai',
      tanggalMulai: '2018-01-09',
      tanggalSelesai: '2018-01-10',
      waktuAktual: 55,
      buktiSoft: `${BUKTI}\\02-format-data-kinerja`,
      buktiHard: true,
      catatan: 'Format data kinerja dikirim ke 7 bagian dengan surat Sekcam Nomor 050/04/427.59/2018',
    },
    {
      no: 3,
      status: 'Selesai',
      tanggalMulai: '2018-01-11',
      tanggalSelesai: '2018-01-26',
      waktuAktual: 60,
      buktiSoft: `${BUKTI}\\03-format-terkumpul`,
      buktiHard: true,
      catatan: 'Format Seksi Ketenteraman dan Ketertiban Umum terakhir masuk 26 Januari 2018',
    },
    {
      no: 4,
      status: 'Selesai',
      tanggalMulai: '2018-01-29',
      tanggalSelesai: '2018-02-07',
      waktuAktual: 58,
      buktiSoft: `${BUKTI}\\04-analisis-data-kinerja.xlsx`,
      buktiHard: true,
    },
    {
      no: 5,
      status: 'Proses',
      tanggalMulai: '2018-02-08',
      catatan: 'BAB I dan BAB II selesai; BAB III menunggu Laporan Hasil Evaluasi SAKIP dari Inspektorat',
    },
    { no: 6, status: 'Belum' },
    { no: 7, status: 'Belum' },
    { no: 8, status: 'Belum' },
    { no: 9, status: 'Belum' },
    { no: 10, status: 'Belum' },
    { no: 11, status: 'Belum' },
    { no: 12, status: 'Belum' },
    { no: 13, status: 'Belum' },
  ],
  dokumenProgress: [
    {
      kode: 'CASCADING',
      status: 'Diverifikasi',
      nomorTanggal: '050/012/427.59/2017, 3 Januari 2017',
      tanggalDiterima: '2018-01-11',
      softCopy: `${DOK}\\01-cascading-2017.pdf`,
      hardCopy: true,
      bagianPenyedia: 'PERKEU',
    },
    {
      kode: 'SK_TIM',
      status: 'Diverifikasi',
      nomorTanggal: '188.45/05/427.59/2017, 9 Januari 2017',
      tanggalDiterima: '2018-01-11',
      softCopy: `${DOK}\\02-sk-tim-sakip-2017.pdf`,
      hardCopy: true,
      bagianPenyedia: 'PERKEU',
    },
    {
      kode: 'IKU',
      status: 'Diverifikasi',
      nomorTanggal: '188.45/07/427.59/2017, 10 Januari 2017',
      tanggalDiterima: '2018-01-11',
      softCopy: `${DOK}\\03-iku-2017.pdf`,
      hardCopy: true,
      bagianPenyedia: 'PERKEU',
    },
    {
      kode: 'IKI',
      status: 'Diterima',
      nomorTanggal: '800/021/427.59/2017, 16 Januari 2017',
      tanggalDiterima: '2018-01-15',
      softCopy: `${DOK}\\04-iki-2017.pdf`,
      hardCopy: true,
      bagianPenyedia: 'UMPEG',
      catatan: 'IKI staf Seksi Kesejahteraan Sosial belum lengkap',
    },
    {
      kode: 'RENSTRA',
      status: 'Diverifikasi',
      nomorTanggal: '050/112/427.59/2014, 14 Juli 2014',
      tanggalDiterima: '2018-01-11',
      softCopy: `${DOK}\\05-renstra-2014-2018.pdf`,
      hardCopy: true,
      bagianPenyedia: 'PERKEU',
    },
    {
      kode: 'RENJA',
      status: 'Diverifikasi',
      nomorTanggal: '050/187/427.59/2016, 30 Juni 2016',
      tanggalDiterima: '2018-01-12',
      softCopy: `${DOK}\\06-renja-2017.pdf`,
      hardCopy: true,
      bagianPenyedia: 'PERKEU',
    },
    {
      kode: 'PK',
      status: 'Diverifikasi',
      nomorTanggal: '800/03/427.59/2017, 2 Januari 2017',
      tanggalDiterima: '2018-01-11',
      softCopy: `${DOK}\\07-pk-2017.pdf`,
      hardCopy: true,
      bagianPenyedia: 'PERKEU',
    },
    {
      kode: 'PK_INDIVIDU',
      status: 'Diterima',
      nomorTanggal: '800/04/427.59/2017, 2 Januari 2017',
      tanggalDiterima: '2018-01-15',
      softCopy: `${DOK}\\08-pk-individu-2017.pdf`,
      hardCopy: true,
      bagianPenyedia: 'UMPEG',
    },
    {
      kode: 'RENAKSI',
      status: 'Diverifikasi',
      nomorTanggal: '050/09/427.59/2017, 6 Januari 2017',
      tanggalDiterima: '2018-01-12',
      softCopy: `${DOK}\\09-rencana-aksi-2017.pdf`,
      hardCopy: true,
      bagianPenyedia: 'PERKEU',
    },
    {
      kode: 'DPA',
      status: 'Diverifikasi',
      nomorTanggal: 'DPA-SKPD 1.20.03.20, 30 Desember 2016',
      tanggalDiterima: '2018-01-12',
      softCopy: `${DOK}\\10-dpa-2017.pdf`,
      hardCopy: true,
      bagianPenyedia: 'PERKEU',
      catatan: 'Realisasi TW IV sesuai laporan realisasi anggaran per 31 Desember 2017',
    },
    {
      kode: 'RENAKSI_INDIVIDU',
      status: 'Diterima',
      nomorTanggal: '050/10/427.59/2017, 6 Januari 2017',
      tanggalDiterima: '2018-01-16',
      softCopy: `${DOK}\\11-rencana-aksi-individu-2017.pdf`,
      hardCopy: true,
      bagianPenyedia: 'UMPEG',
    },
    {
      kode: 'LKJIP',
      status: 'Diverifikasi',
      nomorTanggal: '050/41/427.59/2017, 24 Februari 2017',
      tanggalDiterima: '2018-01-11',
      softCopy: `${DOK}\\12-lkjip-2015-2016.pdf`,
      hardCopy: true,
      bagianPenyedia: 'PERKEU',
      catatan: 'LKjIP 2015 dan 2016 sebagai pembanding',
    },
    {
      kode: 'RENJA_BERIKUT',
      status: 'Draf',
      softCopy: '\\\\server\\sakip\\2018\\draf-renja-2018.docx',
      hardCopy: false,
      bagianPenyedia: 'PERKEU',
      catatan: 'Masih draf, menunggu penyesuaian dengan APBD 2018',
    },
    {
      kode: 'RENAKSI_BERIKUT',
      status: 'Draf',
      softCopy: '\\\\server\\sakip\\2018\\draf-rencana-aksi-2018.xlsx',
      hardCopy: false,
      bagianPenyedia: 'PERKEU',
      catatan: 'Ditetapkan setelah PK 2018 ditandatangani',
    },
  ],
};
