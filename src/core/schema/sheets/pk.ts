import { ISIAN_REALISASI, METODE_AGREGASI, POLARITAS } from '../choices';
import { col, req, REF_BAGIAN, REF_DPA } from '../columns';
import type { TableSheetSchema } from '../types';

export const pk = {
  kind: 'table',
  id: 'pk',
  name: 'PK',
  aliases: ['Perjanjian Kinerja'],
  title: 'Perjanjian Kinerja (PK) Tahun Laporan',
  instruction:
    'Satu baris per indikator. Kode Program/Kegiatan, Program/Kegiatan dan Anggaran boleh dikosongkan (program dan anggarannya cukup di sheet DPA, atau di tabel program di bawah indikator); bila diisi, Anggaran sama untuk setiap baris program yang sama. Metode Agregasi menentukan cara menjumlahkan realisasi triwulanan.',
  documentCode: 'PK',
  columns: [
    col.kode('kodeIndikator', 'Kode Indikator', { ...req, width: 12 }),
    col.teks('sasaran', 'Sasaran Strategis', { ...req, width: 32 }),
    col.teks('indikator', 'Indikator Kinerja', { ...req, width: 36 }),
    col.teks('satuan', 'Satuan', { ...req, width: 10 }),
    col.pilihan('polaritas', 'Polaritas', POLARITAS, { ...req, width: 10 }),
    col.pilihan('metode', 'Metode Agregasi', METODE_AGREGASI, { ...req, width: 13 }),
    col.bilangan('target', 'Target', { ...req, width: 10 }),
    col.kode('kodeProgram', 'Kode Program/Kegiatan', { ref: REF_DPA, width: 18 }),
    col.teks('program', 'Program/Kegiatan', { width: 34 }),
    col.rupiah('anggaran', 'Anggaran (Rp)', { width: 16 }),
    col.teks('penanggungJawab', 'Penanggung Jawab', { ...req, ref: REF_BAGIAN, width: 14 }),
    col.pilihan('isianRealisasi', 'Isian Realisasi', ISIAN_REALISASI, {
      width: 16,
      hint: 'kosong = menurut Isian Realisasi Triwulan di Pengaturan',
    }),
    // A/B indicators (realisasi = Pembilang ÷ Penyebut × 100): the names of the two numbers,
    // whose figures per quarter are Data Kinerja's Pembilang TW … / Penyebut TW … columns.
    // Optional and on request: the office adds the two headers when it has such indicators
    // (the PK as signed has no such columns, and older trackers keep their shape).
    col.teks('pembilang', 'Pembilang', {
      width: 24,
      onRequest: true,
      hint: 'untuk indikator persentase: nama angka yang dibagi, mis. Jumlah surat selesai tepat waktu; kosong = realisasi diisi langsung',
    }),
    col.teks('penyebut', 'Penyebut', {
      width: 24,
      onRequest: true,
      hint: 'nama angka pembaginya, mis. Jumlah surat masuk',
    }),
  ],
  uniqueKeys: [['kodeIndikator']],
} as const satisfies TableSheetSchema;
