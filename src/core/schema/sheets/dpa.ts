import { col, quarterColumns, req } from '../columns';
import type { TableSheetSchema } from '../types';

export const dpa = {
  kind: 'table',
  id: 'dpa',
  name: 'DPA',
  title: 'Dokumen Pelaksanaan Anggaran (DPA) dan Realisasi',
  instruction:
    'Pagu dan realisasi anggaran per program/kegiatan (rincian sub kegiatan: satu baris per sub kegiatan, Program/Kegiatan sama, kode sub kegiatannya sendiri). Realisasi wajib diisi sampai Triwulan Berjalan (lihat Pengaturan); 0 berarti tidak ada realisasi.',
  documentCode: 'DPA',
  columns: [
    col.kode('kodeProgram', 'Kode Program/Kegiatan', { ...req, width: 18 }),
    col.teks('program', 'Program/Kegiatan', { ...req, width: 34 }),
    col.teks('subKegiatan', 'Sub Kegiatan', { width: 28 }),
    col.teks('indikatorKeluaran', 'Indikator Keluaran', { ...req, width: 30 }),
    col.teks('satuan', 'Satuan', { ...req, width: 10 }),
    col.bilangan('target', 'Target', { ...req, width: 10 }),
    col.rupiah('pagu', 'Pagu (Rp)', { ...req, width: 16 }),
    ...quarterColumns('realisasiTw', 'Realisasi', 'rupiah', 'upToTriwulan', ' (Rp)').map((c) => ({
      ...c,
      width: 15,
    })),
    col.teks('sumberDana', 'Sumber Dana', { width: 12 }),
    col.persen('realisasiFisik', 'Realisasi Fisik (%)', {
      min: 0,
      max: 100,
      width: 12,
      hint: 'kemajuan fisik kegiatan 0–100; kosong = tidak dicatat',
    }),
  ],
  uniqueKeys: [['kodeProgram']],
} as const satisfies TableSheetSchema;
