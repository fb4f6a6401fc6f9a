import { ISIAN_REALISASI, METODE_EFISIENSI, RUMUS_NEGATIF } from '../choices';
import { col, req } from '../columns';
import type { KeyValueSheetSchema } from '../types';

export const pengaturan: KeyValueSheetSchema = {
  kind: 'keyvalue',
  id: 'pengaturan',
  name: 'Pengaturan',
  title: 'Pengaturan Pelaporan Kinerja',
  instruction:
    'Isi kolom B. Label di kolom A jangan diubah. Tahun Laporan adalah tahun yang dilaporkan (mis. 2017 untuk LKjIP yang disusun tahun 2018).',
  fields: [
    col.teks('namaUnit', 'Nama Unit Kerja', req),
    col.teks('kabupaten', 'Kabupaten', req),
    col.tahun('tahunLaporan', 'Tahun Laporan', req),
    col.bilangan('triwulanBerjalan', 'Triwulan Berjalan', {
      ...req,
      min: 1,
      max: 4,
      hint: '1–4; realisasi wajib diisi sampai triwulan ini',
    }),
    col.tahun('tahunAwalRenstra', 'Tahun Awal Renstra', req),
    col.teks('namaCamat', 'Nama Camat'),
    col.kode('nipCamat', 'NIP Camat'),
    col.teks('namaSekcam', 'Nama Sekretaris Kecamatan'),
    col.kode('nipSekcam', 'NIP Sekretaris Kecamatan'),
    col.pilihan('rumusNegatif', 'Rumus Indikator Negatif', RUMUS_NEGATIF, req),
    col.persen('batasSangatTinggi', 'Batas Sangat Tinggi (%)', { ...req, min: 0 }),
    col.persen('batasTinggi', 'Batas Tinggi (%)', { ...req, min: 0 }),
    col.persen('batasSedang', 'Batas Sedang (%)', { ...req, min: 0 }),
    col.persen('batasRendah', 'Batas Rendah (%)', { ...req, min: 0 }),
    col.persen('batasAtasCapaian', 'Batas Atas Capaian (%)', {
      min: 0,
      hint: 'kosongkan bila capaian tidak dibatasi',
    }),
    col.pilihan('isianRealisasi', 'Isian Realisasi Triwulan', ISIAN_REALISASI, {
      hint: 'Per Triwulan: angka triwulan itu saja; Kumulatif s.d. Triwulan: angka sejak Januari sampai akhir triwulan itu. Kosong = Per Triwulan; dapat diatur per indikator di kolom Isian Realisasi sheet PK',
    }),
    col.pilihan('metodeEfisiensi', 'Metode Efisiensi', METODE_EFISIENSI, {
      hint: 'cara mengukur efisiensi di Tabel 3.4; kosong = Selisih Capaian dan Serapan',
    }),
  ],
};
