/**
 * The Indonesian category of a finding, for readers of the Temuan sheet who do not read codes
 * like `sop/incomplete`: one label per code group (the part before the `/`). The group type
 * comes from the codes, so a new group without a label fails to typecheck.
 */
import type { FindingCode } from './finding';

export type FindingGroup = FindingCode extends `${infer G}/${string}` ? G : never;

export const FINDING_CATEGORIES: Readonly<Record<FindingGroup, string>> = {
  sheet: 'Kelengkapan sheet',
  column: 'Judul kolom',
  cell: 'Isian sel',
  row: 'Baris ganda',
  ref: 'Keterkaitan antarsheet',
  sum: 'Kecocokan jumlah',
  calc: 'Perhitungan capaian',
  analysis: 'Analisis capaian',
  sop: 'Pelaksanaan SOP',
  doc: 'Kelengkapan dokumen',
};

export function findingGroup(code: FindingCode): FindingGroup {
  return code.slice(0, code.indexOf('/')) as FindingGroup;
}

/** `Pelaksanaan SOP` for `sop/incomplete`. */
export function findingCategory(code: FindingCode): string {
  return FINDING_CATEGORIES[findingGroup(code)];
}
