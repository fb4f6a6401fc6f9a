import { POLARITAS } from '../choices';
import { col, req, REF_BAGIAN } from '../columns';
import type { TableSheetSchema } from '../types';

export const iku: TableSheetSchema = {
  kind: 'table',
  id: 'iku',
  name: 'IKU',
  title: 'Indikator Kinerja Utama (IKU)',
  instruction:
    'Satu baris per indikator. Polaritas Negatif berarti semakin rendah semakin baik (mis. jumlah gangguan trantibum).',
  documentCode: 'IKU',
  columns: [
    col.kode('kodeIndikator', 'Kode Indikator', { ...req, width: 12 }),
    col.teks('sasaran', 'Sasaran Strategis', { ...req, width: 34 }),
    col.teks('indikator', 'Indikator Kinerja', { ...req, width: 36 }),
    col.teks('definisi', 'Definisi/Formula', { ...req, width: 36 }),
    col.teks('satuan', 'Satuan', { ...req, width: 10 }),
    col.pilihan('polaritas', 'Polaritas', POLARITAS, { ...req, width: 10 }),
    col.teks('sumberData', 'Sumber Data', { ...req, width: 24 }),
    col.teks('penanggungJawab', 'Penanggung Jawab', { ...req, ref: REF_BAGIAN, width: 14 }),
  ],
  uniqueKeys: [['kodeIndikator']],
};
