import { STATUS_DOKUMEN } from '../choices';
import { col, req, REF_BAGIAN } from '../columns';
import type { TableSheetSchema } from '../types';

export const dokumen: TableSheetSchema = {
  kind: 'table',
  id: 'dokumen',
  name: 'Dokumen',
  title: 'Daftar Periksa Dokumen Keterkaitan',
  instruction:
    'Satu baris per dokumen rujukan SOP. Ubah Status ketika dokumen diterima; dokumen yang Diterima atau Diverifikasi harus punya soft copy dan hard copy.',
  columns: [
    col.bilangan('no', 'No', { ...req, min: 1, width: 5 }),
    col.kode('kode', 'Kode Dokumen', { ...req, width: 18 }),
    col.teks('nama', 'Nama Dokumen', { ...req, width: 34 }),
    col.tahun('tahun', 'Tahun', { ...req, width: 8 }),
    col.teks('sheet', 'Sheet', { ...req, width: 26 }),
    col.teks('bagianPenyedia', 'Bagian Penyedia', { ...req, ref: REF_BAGIAN, width: 14 }),
    col.teks('nomorTanggal', 'Nomor/Tanggal Penetapan', { width: 26 }),
    col.pilihan('status', 'Status', STATUS_DOKUMEN, { ...req, width: 14 }),
    col.tanggal('tanggalDiterima', 'Tanggal Diterima', { width: 13 }),
    col.teks('softCopy', 'Soft Copy', { width: 28 }),
    col.yaTidak('hardCopy', 'Hard Copy', { width: 10 }),
    col.teks('catatan', 'Catatan', { width: 24 }),
  ],
  uniqueKeys: [['kode']],
};
