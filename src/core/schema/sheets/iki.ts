import { col, req, REF_IKU } from '../columns';
import type { TableSheetSchema } from '../types';

export const iki: TableSheetSchema = {
  kind: 'table',
  id: 'iki',
  name: 'IKI',
  title: 'Indikator Kinerja Individu (IKI)',
  instruction: 'Indikator kinerja per jabatan. Kode Indikator Atasan menunjuk IKU atau Cascading.',
  documentCode: 'IKI',
  columns: [
    col.teks('jabatan', 'Jabatan', { ...req, width: 28 }),
    col.teks('nama', 'Nama Pejabat', { width: 26 }),
    col.kode('nip', 'NIP', { width: 22 }),
    col.teks('sasaran', 'Sasaran/Kinerja', { ...req, width: 32 }),
    col.teks('indikator', 'Indikator', { ...req, width: 32 }),
    col.teks('formula', 'Formula', { ...req, width: 28 }),
    col.teks('satuan', 'Satuan', { ...req, width: 10 }),
    col.bilangan('target', 'Target', { ...req, width: 10 }),
    col.teks('sumberData', 'Sumber Data', { ...req, width: 22 }),
    col.kode('kodeAtasan', 'Kode Indikator Atasan', {
      ref: [...REF_IKU, { sheet: 'cascading', column: 'kode' }],
      width: 14,
    }),
  ],
};
