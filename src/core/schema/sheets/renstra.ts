import { col, req, REF_BAGIAN, REF_IKU } from '../columns';
import type { TableSheetSchema } from '../types';

export const renstra: TableSheetSchema = {
  kind: 'table',
  id: 'renstra',
  name: 'Renstra',
  title: 'Rencana Strategis (Renstra) Lima Tahunan',
  instruction:
    'Target Tahun 1 adalah target pada Tahun Awal Renstra (lihat Pengaturan). Kondisi Akhir adalah target akhir periode Renstra.',
  documentCode: 'RENSTRA',
  columns: [
    col.kode('kodeIndikator', 'Kode Indikator', { ...req, ref: REF_IKU, width: 12 }),
    col.teks('tujuan', 'Tujuan', { ...req, width: 30 }),
    col.teks('sasaran', 'Sasaran', { ...req, width: 30 }),
    col.teks('indikator', 'Indikator', { ...req, width: 34 }),
    col.teks('satuan', 'Satuan', { ...req, width: 10 }),
    col.bilangan('kondisiAwal', 'Kondisi Awal', { ...req, width: 10 }),
    col.bilangan('target1', 'Target Tahun 1', { ...req, width: 10 }),
    col.bilangan('target2', 'Target Tahun 2', { ...req, width: 10 }),
    col.bilangan('target3', 'Target Tahun 3', { ...req, width: 10 }),
    col.bilangan('target4', 'Target Tahun 4', { ...req, width: 10 }),
    col.bilangan('target5', 'Target Tahun 5', { ...req, width: 10 }),
    col.bilangan('kondisiAkhir', 'Kondisi Akhir', { ...req, width: 10 }),
    col.teks('penanggungJawab', 'Penanggung Jawab', { ref: REF_BAGIAN, width: 14 }),
  ],
  uniqueKeys: [['kodeIndikator']],
};
