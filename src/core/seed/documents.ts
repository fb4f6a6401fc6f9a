import type { DocumentCode } from '../schema/types';

/**
 * The 14 Keterkaitan documents of the seed, used as the Dokumen checklist.
 * `yearOffset` is 0 for documents of the reporting year n, 1 for the two "Tahun Berikut".
 */
export interface SeedDocument {
  readonly no: number;
  readonly kode: DocumentCode;
  /** Name; `{n}` is replaced by the document's year. */
  readonly nama: string;
  readonly yearOffset: 0 | 1;
  /** Default Bagian Penyedia (Kode Bagian). */
  readonly bagianPenyedia: string;
}

export const SEED_DOCUMENTS: readonly SeedDocument[] = [
  { no: 1, kode: 'CASCADING', nama: 'Cascading Kinerja', yearOffset: 0, bagianPenyedia: 'PERKEU' },
  { no: 2, kode: 'SK_TIM', nama: 'SK Tim SAKIP', yearOffset: 0, bagianPenyedia: 'UMPEG' },
  { no: 3, kode: 'IKU', nama: 'IKU Tahun {n}', yearOffset: 0, bagianPenyedia: 'PERKEU' },
  { no: 4, kode: 'IKI', nama: 'IKI Tahun {n}', yearOffset: 0, bagianPenyedia: 'UMPEG' },
  { no: 5, kode: 'RENSTRA', nama: 'Renstra', yearOffset: 0, bagianPenyedia: 'PERKEU' },
  { no: 6, kode: 'RENJA', nama: 'Renja/RKT Tahun {n}', yearOffset: 0, bagianPenyedia: 'PERKEU' },
  { no: 7, kode: 'PK', nama: 'PK Tahun {n}', yearOffset: 0, bagianPenyedia: 'PERKEU' },
  { no: 8, kode: 'PK_INDIVIDU', nama: 'PK Individu', yearOffset: 0, bagianPenyedia: 'UMPEG' },
  { no: 9, kode: 'RENAKSI', nama: 'Rencana Aksi Tahun {n}', yearOffset: 0, bagianPenyedia: 'PERKEU' },
  { no: 10, kode: 'DPA', nama: 'DPA Tahun {n}', yearOffset: 0, bagianPenyedia: 'PERKEU' },
  { no: 11, kode: 'RENAKSI_INDIVIDU', nama: 'Rencana Aksi Individu', yearOffset: 0, bagianPenyedia: 'UMPEG' },
  { no: 12, kode: 'LKJIP', nama: 'LKjIP Tahun Sebelumnya', yearOffset: 0, bagianPenyedia: 'PERKEU' },
  { no: 13, kode: 'RENJA_BERIKUT', nama: 'Renja Tahun {n}', yearOffset: 1, bagianPenyedia: 'PERKEU' },
  {
    no: 14,
    kode: 'RENAKSI_BERIKUT',
    nama: 'Rencana Aksi Tahun {n}',
    yearOffset: 1,
    bagianPenyedia: 'PERKEU',
  },
];

export function documentName(doc: SeedDocument, tahunLaporan: number): string {
  return doc.nama.replace('{n}', String(tahunLaporan + doc.yearOffset));
}
