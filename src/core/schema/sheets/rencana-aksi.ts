import { col, quarterColumns, req, REF_BAGIAN, REF_DPA, REF_PK } from '../columns';
import type { ColumnSchema, TableSheetSchema } from '../types';
import { MONTHS_ID } from '../../format/indonesian';

/** Januari … Desember: the months of a monthly Rencana Aksi (the one list of month names). */
export const BULAN = MONTHS_ID;

/** The monthly target columns `targetBln1` … `targetBln12`, read only when the sheet has them. */
export const MONTH_TARGET_KEYS = BULAN.map((_, i) => `targetBln${i + 1}`);

/**
 * Target TW I … Target TW IV of a Rencana Aksi (and Rencana Aksi Individu): an empty quarter is
 * a quarter with nothing planned, not a missing value (a row empty in all four is one warning,
 * `validate/checks/sum-quarterly-targets.ts`).
 */
function plannedQuarterColumns(): ColumnSchema[] {
  return quarterColumns('targetTw', 'Target', 'bilangan', 'required').map(({ required: _, ...c }) => ({
    ...c,
    hint: 'kosong = tidak ada target pada triwulan ini',
  }));
}

const renaksiColumns: readonly ColumnSchema[] = [
  col.kode('kodeIndikator', 'Kode Indikator', { ...req, ref: [...REF_PK, ...REF_DPA], width: 12 }),
  col.teks('rencanaAksi', 'Rencana Aksi', { ...req, width: 40 }),
  col.teks('satuan', 'Satuan', { ...req, width: 10 }),
  ...plannedQuarterColumns(),
  col.teks('penanggungJawab', 'Penanggung Jawab', { ...req, ref: REF_BAGIAN, width: 14 }),
  // A monthly Rencana Aksi: targets s.d. each month (cumulative), aggregated to quarters.
  ...BULAN.map((b, i) =>
    col.bilangan(`targetBln${i + 1}`, b, {
      aliases: [`Target ${b}`, `s.d. ${b}`, `Target s.d. ${b}`],
      onRequest: true,
      width: 10,
    }),
  ),
];

export const renaksi: TableSheetSchema = {
  kind: 'table',
  id: 'renaksi',
  name: 'Rencana Aksi',
  title: 'Rencana Aksi Tahun Laporan',
  instruction:
    'Target PK dipecah per triwulan (kosong = tidak ada target pada triwulan itu), atau per bulan di kolom Januari … Desember (kumulatif s.d. bulan itu). Jumlah target triwulan harus sesuai target PK menurut Metode Agregasi indikatornya. Kode Indikator boleh berisi Kode Program/Kegiatan DPA untuk indikator tingkat program.',
  documentCode: 'RENAKSI',
  columns: renaksiColumns,
};

export const renaksiBerikut: TableSheetSchema = {
  kind: 'table',
  id: 'renaksiBerikut',
  name: 'Rencana Aksi Tahun Berikut',
  title: 'Rencana Aksi Tahun Berikutnya',
  instruction: 'Sama seperti Rencana Aksi, untuk tahun sesudah Tahun Laporan.',
  documentCode: 'RENAKSI_BERIKUT',
  columns: renaksiColumns.map((c) => (c.key === 'kodeIndikator' ? { ...c, ref: [] } : c)),
};

export const renaksiIndividu: TableSheetSchema = {
  kind: 'table',
  id: 'renaksiIndividu',
  name: 'Rencana Aksi Individu',
  title: 'Rencana Aksi Individu',
  instruction:
    'Rencana aksi per jabatan; Kode Indikator Atasan menunjuk Kode Indikator di PK Individu. Target triwulan kosong = tidak ada target pada triwulan itu.',
  documentCode: 'RENAKSI_INDIVIDU',
  columns: [
    col.teks('jabatan', 'Jabatan', { ...req, width: 28 }),
    col.teks('nama', 'Nama', { ...req, width: 26 }),
    col.kode('kodeAtasan', 'Kode Indikator Atasan', {
      ...req,
      ref: [{ sheet: 'pkIndividu', column: 'kodeIndikator' }],
      width: 14,
    }),
    col.teks('rencanaAksi', 'Rencana Aksi', { ...req, width: 40 }),
    col.teks('satuan', 'Satuan', { ...req, width: 10 }),
    ...plannedQuarterColumns(),
  ],
};
