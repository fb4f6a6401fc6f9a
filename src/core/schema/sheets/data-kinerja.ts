import { STATUS_DATA } from '../choices';
import { col, quarterColumns, req, REF_BAGIAN, REF_PK } from '../columns';
import type { TableSheetSchema } from '../types';

export const dataKinerja = {
  kind: 'table',
  id: 'dataKinerja',
  name: 'Data Kinerja',
  title: 'Data Kinerja per Bagian',
  instruction:
    'Satu baris per indikator PK. Isi realisasi setiap triwulan sampai Triwulan Berjalan (kosong = belum dilaporkan, 0 = realisasi nol, n/a = data tidak tersedia). Bila capaian di bawah 100%, isi Faktor Penghambat dan Upaya Perbaikan.',
  columns: [
    col.teks('bagian', 'Bagian', { ...req, ref: REF_BAGIAN, width: 12 }),
    col.kode('kodeIndikator', 'Kode Indikator', { ...req, ref: REF_PK, width: 12 }),
    col.teks('indikator', 'Indikator', { width: 36 }),
    col.teks('satuan', 'Satuan', { width: 10 }),
    col.bilangan('target', 'Target', { width: 10 }),
    ...quarterColumns('realisasiTw', 'Realisasi', 'bilangan', 'upToTriwulan').map((c) => ({
      ...c,
      notAvailable: true,
    })),
    col.teks('faktorPendukung', 'Faktor Pendukung', { width: 30 }),
    col.teks('faktorPenghambat', 'Faktor Penghambat', { width: 30 }),
    col.teks('upayaPerbaikan', 'Upaya Perbaikan', { width: 30 }),
    col.teks('buktiDukung', 'Bukti Dukung', { width: 24 }),
    col.pilihan('statusData', 'Status Data', STATUS_DATA, { width: 11 }),
    // Written by `lakip consolidate`: the file (or sheet) the row's data came from, and when.
    col.teks('sumber', 'Sumber', { width: 28, hint: 'diisi otomatis saat format bagian digabungkan' }),
    col.tanggal('diimpor', 'Diimpor', { width: 17, hint: 'tanggal dan jam penggabungan' }),
    // A/B indicators: the two numbers of each quarter (realisasi = Pembilang ÷ Penyebut × 100),
    // last so that the columns above keep their places. Optional; added by `lakip init` when a PK row names its Pembilang or Penyebut, and by
    // consolidation when a bagian's format carries them.
    ...quarterColumns('pembilangTw', 'Pembilang', 'bilangan', 'onRequest'),
    ...quarterColumns('penyebutTw', 'Penyebut', 'bilangan', 'onRequest'),
  ],
  uniqueKeys: [['kodeIndikator']],
} as const satisfies TableSheetSchema;
