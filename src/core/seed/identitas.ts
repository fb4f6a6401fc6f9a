/** The Identitas SOP of the seed document (Pencatatan dan Pendataan is the evidence rule). */
export const SEED_NAMA_SOP = 'SOP Pengumpulan Data Kinerja';

export const SEED_DASAR_HUKUM: readonly string[] = [
  'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Tahun 2014 Nomor 244, Tambahan Lembaran Negara Nomor 5587)',
  'Peraturan Pemerintah Nomor 8 Tahun 2006 tentang Pelaporan Keuangan dan Kinerja Instansi Pemerintah (Lembaran Negara Tahun 2006 Nomor 25, Tambahan Lembaran Negara Nomor 4614)',
  'Peraturan Presiden Nomor 81 Tahun 2010 tentang Grand Design Reformasi Birokrasi 2010-2025',
  'Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah',
  'Keputusan Menteri Pendayagunaan Aparatur Negara Nomor KEP/135/M.PAN/9/2004 tentang Pedoman Umum Evaluasi Laporan Akuntabilitas Kinerja Instansi Pemerintah',
  'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 25 Tahun 2012 tentang Petunjuk Pelaksanaan Evaluasi Akuntabilitas Kinerja Instansi Pemerintah',
  'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 20 Tahun 2013 tentang Perubahan Lampiran Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 25 Tahun 2012 tentang Petunjuk Pelaksanaan Evaluasi Akuntabilitas Kinerja Instansi Pemerintah',
  'Peraturan Menteri Negara Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja',
  'Peraturan Bupati Lumajang Nomor 5 Tahun 2018 tentang Pedoman Penyusunan Perjanjian Kinerja',
  'Peraturan Bupati Lumajang Nomor 6 Tahun 2018 tentang Pedoman Penyusunan Pelaporan Kinerja',
];

/** Kualifikasi Pelaksana; `{unit}` is replaced by the unit's name. */
export const SEED_KUALIFIKASI: readonly string[] = [
  'Camat {unit}',
  'Sekretaris Kecamatan',
  'Para Kasi {unit}',
  'Para Kasubbag {unit}',
  'Para Staf {unit}',
];

export const SEED_PERALATAN: readonly string[] = [
  'ATK',
  'Komputer/Laptop',
  'Printer',
  'Kursi',
  'Meja',
  'Filing Kabinet',
];

export const SEED_PERINGATAN =
  'Apabila SOP Pengumpulan Data Kinerja tidak diselesaikan maka kegiatan Pelaporan akan terhambat';

export const SEED_PENCATATAN =
  'Setiap tahap kegiatan terdokumentasi dengan baik dalam bentuk soft copy maupun hard copy';

/** Multi-item values are written one item per line, numbered as in the seed. */
export function numberedLines(items: readonly string[]): string {
  return items.map((item, i) => `${i + 1}. ${item}`).join('\n');
}
