/** The default bagian of a kecamatan under PP 18/2016 (docs/domain.md), editable in the Bagian sheet. */
export interface SeedBagian {
  readonly kode: string;
  readonly nama: string;
  readonly jenis: 'Pimpinan' | 'Sekretariat' | 'Subbagian' | 'Seksi';
}

export const SEED_BAGIAN: readonly SeedBagian[] = [
  { kode: 'UMPEG', nama: 'Subbagian Umum dan Kepegawaian', jenis: 'Subbagian' },
  { kode: 'PERKEU', nama: 'Subbagian Perencanaan dan Keuangan', jenis: 'Subbagian' },
  { kode: 'PEM', nama: 'Seksi Pemerintahan', jenis: 'Seksi' },
  { kode: 'TRANTIB', nama: 'Seksi Ketenteraman dan Ketertiban Umum', jenis: 'Seksi' },
  { kode: 'PMD', nama: 'Seksi Pemberdayaan Masyarakat dan Desa', jenis: 'Seksi' },
  { kode: 'KESSOS', nama: 'Seksi Kesejahteraan Sosial', jenis: 'Seksi' },
  { kode: 'PELAYANAN', nama: 'Seksi Pelayanan Umum', jenis: 'Seksi' },
];
