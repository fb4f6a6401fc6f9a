import { col, req, REF_DPA } from '../columns';
import type { TableSheetSchema } from '../types';

/**
 * The program table of the signed PK, in the PK sheet below the indicators (optional): after
 * the indicator rows (a blank row between is fine), a second header row holding
 * `Program/Kegiatan` and `Anggaran (Rp)` (and optionally `Kode Program/Kegiatan`,
 * `Keterangan`), one row per program below it. Not a sheet of its own: `read/pk-sheet.ts` reads
 * it out of the PK sheet, so `lakip init` never creates it.
 */
export const pkProgram = {
  kind: 'table',
  id: 'pk',
  name: 'PK',
  aliases: ['Perjanjian Kinerja'],
  title: 'Program/Kegiatan dan Anggaran (PK)',
  instruction:
    'Tabel program di bawah indikator PK: satu baris per program/kegiatan dengan anggarannya; Keterangan misalnya APBD atau APBN Dekonsentrasi.',
  columns: [
    col.kode('kodeProgram', 'Kode Program/Kegiatan', { ref: REF_DPA, width: 18 }),
    col.teks('program', 'Program/Kegiatan', { ...req, width: 34 }),
    col.rupiah('anggaran', 'Anggaran (Rp)', { ...req, width: 16 }),
    col.teks('keterangan', 'Keterangan', { width: 20 }),
  ],
} as const satisfies TableSheetSchema;

/** The column keys of the PK's program table. */
export type PkProgramKey = (typeof pkProgram.columns)[number]['key'];
