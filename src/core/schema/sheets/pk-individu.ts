import { col, req } from '../columns';
import type { TableSheetSchema } from '../types';

export const pkIndividu: TableSheetSchema = {
  kind: 'table',
  id: 'pkIndividu',
  name: 'PK Individu',
  title: 'Perjanjian Kinerja Individu',
  instruction:
    'PK per jabatan. Kode Indikator Atasan menunjuk Kode Indikator di PK atau di PK Individu atasan.',
  documentCode: 'PK_INDIVIDU',
  columns: [
    col.teks('jabatan', 'Jabatan', { ...req, width: 28 }),
    col.teks('nama', 'Nama', { ...req, width: 26 }),
    col.kode('nip', 'NIP', { width: 22 }),
    col.kode('kodeIndikator', 'Kode Indikator', { ...req, width: 12 }),
    col.teks('sasaran', 'Sasaran', { ...req, width: 30 }),
    col.teks('indikator', 'Indikator', { ...req, width: 32 }),
    col.teks('satuan', 'Satuan', { ...req, width: 10 }),
    col.bilangan('target', 'Target', { ...req, width: 10 }),
    col.kode('kodeAtasan', 'Kode Indikator Atasan', {
      ...req,
      ref: [
        { sheet: 'pk', column: 'kodeIndikator' },
        { sheet: 'pkIndividu', column: 'kodeIndikator' },
      ],
      width: 14,
    }),
    col.rupiah('anggaran', 'Anggaran (Rp)', { width: 16 }),
  ],
  uniqueKeys: [['jabatan', 'kodeIndikator']],
};
