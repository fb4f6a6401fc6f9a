import { col, req } from '../columns';
import type { KeyValueSheetSchema } from '../types';

export const identitas: KeyValueSheetSchema = {
  kind: 'keyvalue',
  id: 'identitas',
  name: 'Identitas SOP',
  title: 'Identitas SOP',
  instruction: 'Isi kolom B. Isian yang berisi beberapa butir ditulis satu butir per baris (Alt+Enter).',
  fields: [
    col.kode('nomorSop', 'Nomor SOP'),
    col.tanggal('tanggalPembuatan', 'Tanggal Pembuatan'),
    col.tanggal('tanggalRevisi', 'Tanggal Revisi'),
    col.tanggal('tanggalEfektif', 'Tanggal Efektif'),
    col.teks('disahkanOleh', 'Disahkan Oleh'),
    col.teks('namaSop', 'Nama SOP', req),
    col.teks('dasarHukum', 'Dasar Hukum'),
    col.teks('kualifikasi', 'Kualifikasi Pelaksana'),
    col.teks('keterkaitan', 'Keterkaitan'),
    col.teks('peralatan', 'Peralatan/Perlengkapan', { aliases: ['Peralatan / Perlengkapan', 'Peralatan'] }),
    col.teks('peringatan', 'Peringatan'),
    col.teks('pencatatan', 'Pencatatan dan Pendataan'),
  ],
};
