import { KEDUDUKAN_TIM } from '../choices';
import { col, req } from '../columns';
import type { TableSheetSchema } from '../types';

export const skTim: TableSheetSchema = {
  kind: 'table',
  id: 'skTim',
  name: 'SK Tim SAKIP',
  title: 'SK Tim SAKIP',
  instruction: 'Susunan tim SAKIP sesuai Surat Keputusan Camat.',
  documentCode: 'SK_TIM',
  columns: [
    col.bilangan('no', 'No', { ...req, min: 1, width: 5 }),
    col.pilihan('kedudukan', 'Kedudukan dalam Tim', KEDUDUKAN_TIM, { ...req, width: 18 }),
    col.teks('nama', 'Nama', { ...req, width: 30 }),
    col.kode('nip', 'NIP', { width: 22 }),
    col.teks('jabatan', 'Jabatan', { ...req, width: 30 }),
    col.teks('uraianTugas', 'Uraian Tugas', { width: 40 }),
  ],
};
