import { JENIS_BAGIAN } from '../choices';
import { col, req } from '../columns';
import type { TableSheetSchema } from '../types';

export const bagian = {
  kind: 'table',
  id: 'bagian',
  name: 'Bagian',
  title: 'Daftar Bagian (Unit Organisasi)',
  instruction:
    'Satu baris per bagian. Kode Bagian dipakai di kolom Penanggung Jawab dan Bagian pada sheet lain.',
  columns: [
    col.kode('kode', 'Kode Bagian', { ...req, width: 14 }),
    col.teks('nama', 'Nama Bagian', { ...req, width: 42 }),
    col.pilihan('jenis', 'Jenis', JENIS_BAGIAN, { ...req, width: 14 }),
    col.teks('namaKepala', 'Nama Kepala', { width: 30 }),
    col.kode('nip', 'NIP', { width: 22 }),
  ],
  uniqueKeys: [['kode'], ['nama']],
} as const satisfies TableSheetSchema;
