import { STATUS_SOP } from '../choices';
import { col, req } from '../columns';
import type { TableSheetSchema } from '../types';

/**
 * The SOP grid. The actor columns are not listed: they are whatever stands between
 * Aktivitas and Kelengkapan (default Camat, Sekcam, Kasi/Kasubbag, Staf).
 */
export const sop: TableSheetSchema = {
  kind: 'table',
  id: 'sop',
  name: 'SOP',
  title: 'SOP Pengumpulan Data Kinerja',
  instruction:
    'Tanda (✓) di kolom pelaksana menunjukkan siapa yang mengerjakan langkah itu. Isi Status, tanggal, dan bukti soft copy serta hard copy setiap langkah yang sudah dikerjakan.',
  actorColumnsAfter: 'aktivitas',
  columns: [
    col.bilangan('no', 'No', { ...req, min: 1, width: 5 }),
    col.teks('aktivitas', 'Aktivitas', { ...req, width: 46 }),
    col.teks('kelengkapan', 'Kelengkapan', { ...req, width: 14 }),
    col.bilangan('waktu', 'Waktu (Menit)', { ...req, min: 0, width: 10 }),
    col.teks('output', 'Output', { ...req, width: 12 }),
    col.teks('keterangan', 'Keterangan', { width: 16 }),
    col.pilihan('status', 'Status', STATUS_SOP, { width: 10, hint: 'kosong = Belum' }),
    col.tanggal('tanggalMulai', 'Tanggal Mulai', { width: 13 }),
    col.tanggal('tanggalSelesai', 'Tanggal Selesai', { width: 13 }),
    col.bilangan('waktuAktual', 'Waktu Aktual (Menit)', { min: 0, width: 11 }),
    col.teks('buktiSoft', 'Bukti Soft Copy', { width: 28, hint: 'lokasi file atau tautan' }),
    col.yaTidak('buktiHard', 'Bukti Hard Copy', { width: 10 }),
    col.teks('catatan', 'Catatan', { width: 24 }),
  ],
};

/** Default actor columns of the seed SOP. */
export const DEFAULT_ACTORS = ['Camat', 'Sekcam', 'Kasi/Kasubbag', 'Staf'] as const;
