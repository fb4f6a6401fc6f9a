import { col, quarterColumns, req, REF_BAGIAN, REF_PK } from '../columns';
import type { ColumnSchema, TableSheetSchema } from '../types';

const renaksiColumns: readonly ColumnSchema[] = [
  col.kode('kodeIndikator', 'Kode Indikator', { ...req, ref: REF_PK, width: 12 }),
  col.teks('rencanaAksi', 'Rencana Aksi', { ...req, width: 40 }),
  col.teks('satuan', 'Satuan', { ...req, width: 10 }),
  ...quarterColumns('targetTw', 'Target', 'bilangan', 'required'),
  col.teks('penanggungJawab', 'Penanggung Jawab', { ...req, ref: REF_BAGIAN, width: 14 }),
];

export const renaksi: TableSheetSchema = {
  kind: 'table',
  id: 'renaksi',
  name: 'Rencana Aksi',
  title: 'Rencana Aksi Tahun Laporan',
  instruction:
    'Target PK dipecah per triwulan. Jumlah target triwulan harus sesuai target PK menurut Metode Agregasi indikatornya.',
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
  instruction: 'Rencana aksi per jabatan; Kode Indikator Atasan menunjuk Kode Indikator di PK Individu.',
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
    ...quarterColumns('targetTw', 'Target', 'bilangan', 'required'),
  ],
};
