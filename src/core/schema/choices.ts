/** The pilihan lists of the contract, shared by schemas, dropdowns and checks. */

export const RUMUS_NEGATIF = ['(2*Target-Realisasi)/Target', 'Target/Realisasi'] as const;
export const JENIS_BAGIAN = ['Pimpinan', 'Sekretariat', 'Subbagian', 'Seksi'] as const;
export const STATUS_SOP = ['Belum', 'Proses', 'Selesai'] as const;
export const STATUS_DOKUMEN = ['Belum Ada', 'Draf', 'Diterima', 'Diverifikasi', 'Perlu Revisi'] as const;
export const LEVEL_CASCADING = ['Camat', 'Sekcam', 'Kasi/Kasubbag', 'Staf'] as const;
export const KEDUDUKAN_TIM = ['Pengarah', 'Penanggung Jawab', 'Ketua', 'Sekretaris', 'Anggota'] as const;
export const POLARITAS = ['Positif', 'Negatif'] as const;
export const METODE_AGREGASI = ['Kumulatif', 'Nilai Akhir', 'Rata-rata'] as const;
export const STATUS_DATA = ['Draf', 'Final'] as const;
/** How the quarterly realisasi are typed: each quarter's own figure, or the running figure s.d. that quarter. */
export const ISIAN_REALISASI = ['Per Triwulan', 'Kumulatif s.d. Triwulan'] as const;
/** How Tabel 3.4 (Efisiensi) measures the use of the budget. */
export const METODE_EFISIENSI = ['Selisih Capaian dan Serapan', 'Sisa Anggaran', 'Biaya per Satuan Output'] as const;
export const TRIWULAN = ['1', '2', '3', '4'] as const;
export const YA_TIDAK = ['Ya', 'Tidak'] as const;

export type StatusSop = (typeof STATUS_SOP)[number];
export type StatusDokumen = (typeof STATUS_DOKUMEN)[number];
export type Polaritas = (typeof POLARITAS)[number];
export type MetodeAgregasi = (typeof METODE_AGREGASI)[number];
export type RumusNegatif = (typeof RUMUS_NEGATIF)[number];
export type IsianRealisasi = (typeof ISIAN_REALISASI)[number];
export type MetodeEfisiensi = (typeof METODE_EFISIENSI)[number];
