import { LEVEL_CASCADING } from '../choices';
import { col, req } from '../columns';
import type { TableSheetSchema } from '../types';

export const cascading: TableSheetSchema = {
  kind: 'table',
  id: 'cascading',
  name: 'Cascading',
  title: 'Cascading Kinerja',
  instruction:
    'Pohon kinerja dari Camat sampai Staf. Kode Induk menunjuk Kode baris atasannya (wajib kecuali Level Camat).',
  documentCode: 'CASCADING',
  columns: [
    col.kode('kode', 'Kode', { ...req, width: 12 }),
    col.kode('kodeInduk', 'Kode Induk', { ref: [{ sheet: 'cascading', column: 'kode' }], width: 12 }),
    col.pilihan('level', 'Level', LEVEL_CASCADING, { ...req, width: 14 }),
    col.teks('jabatan', 'Jabatan', { ...req, width: 28 }),
    col.teks('sasaran', 'Sasaran/Kinerja', { ...req, width: 36 }),
    col.teks('indikator', 'Indikator', { ...req, width: 36 }),
    col.teks('satuan', 'Satuan', { ...req, width: 10 }),
    col.bilangan('target', 'Target', { ...req, width: 10 }),
  ],
  uniqueKeys: [['kode']],
};
