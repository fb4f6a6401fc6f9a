import { col, req } from '../columns';
import type { TableSheetSchema } from '../types';

export const lkjip: TableSheetSchema = {
  kind: 'table',
  id: 'lkjip',
  name: 'LKjIP',
  aliases: ['LKJIP', 'LAKIP'],
  title: 'Capaian Kinerja Tahun-Tahun Sebelumnya (LKjIP)',
  instruction: 'Realisasi dan capaian dari LKjIP tahun-tahun sebelumnya, untuk perbandingan.',
  documentCode: 'LKJIP',
  columns: [
    col.tahun('tahun', 'Tahun', { ...req, width: 8 }),
    col.kode('kodeIndikator', 'Kode Indikator', {
      ...req,
      ref: [
        { sheet: 'iku', column: 'kodeIndikator' },
        { sheet: 'pk', column: 'kodeIndikator' },
      ],
      width: 12,
    }),
    col.teks('indikator', 'Indikator', { ...req, width: 36 }),
    col.teks('satuan', 'Satuan', { ...req, width: 10 }),
    col.bilangan('target', 'Target', { ...req, width: 10 }),
    col.bilangan('realisasi', 'Realisasi', { ...req, width: 10 }),
    col.persen('capaian', 'Capaian (%)', { ...req, width: 11 }),
  ],
  uniqueKeys: [['tahun', 'kodeIndikator']],
};
