import { col, req, REF_BAGIAN, REF_IKU } from '../columns';
import type { ColumnSchema, TableSheetSchema } from '../types';

const renjaColumns: readonly ColumnSchema[] = [
  col.tahun('tahun', 'Tahun', { ...req, width: 8 }),
  col.kode('kodeIndikator', 'Kode Indikator', { ref: REF_IKU, width: 12 }),
  col.teks('sasaran', 'Sasaran', { ...req, width: 30 }),
  col.teks('indikatorSasaran', 'Indikator Sasaran', { ...req, width: 30 }),
  col.kode('kodeProgram', 'Kode Program/Kegiatan', { ...req, width: 18 }),
  col.teks('program', 'Program/Kegiatan', { ...req, width: 34 }),
  col.teks('indikatorKeluaran', 'Indikator Keluaran', { ...req, width: 30 }),
  col.teks('satuan', 'Satuan', { ...req, width: 10 }),
  col.bilangan('target', 'Target', { ...req, width: 10 }),
  col.rupiah('pagu', 'Pagu Indikatif (Rp)', { ...req, width: 16 }),
  col.teks('penanggungJawab', 'Penanggung Jawab', { ...req, ref: REF_BAGIAN, width: 14 }),
];

export const renja: TableSheetSchema = {
  kind: 'table',
  id: 'renja',
  name: 'Renja-RKT',
  aliases: ['Renja RKT', 'Renja', 'RKT'],
  title: 'Rencana Kerja (Renja/RKT) Tahun Laporan',
  instruction: 'Program/kegiatan tahun laporan dengan indikator keluaran, target dan pagu indikatif.',
  documentCode: 'RENJA',
  columns: renjaColumns,
};

export const renjaBerikut: TableSheetSchema = {
  kind: 'table',
  id: 'renjaBerikut',
  name: 'Renja Tahun Berikut',
  title: 'Rencana Kerja (Renja) Tahun Berikutnya',
  instruction: 'Sama seperti Renja-RKT, untuk tahun sesudah Tahun Laporan.',
  documentCode: 'RENJA_BERIKUT',
  columns: renjaColumns,
};
