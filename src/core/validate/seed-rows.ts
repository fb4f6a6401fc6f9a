/**
 * What `lakip init` fills in by itself: the 13 SOP steps, the 14 rows of the document
 * checklist, the default bagian, the Identitas SOP and the Pengaturan defaults. Completeness
 * counts what the user has to fill, so these are left out of it — an untouched new tracker is
 * not "60 % complete". (They are still checked: an emptied seed cell is cell/required.)
 */
import { textOf, type TableRow } from '../read/read-table';
import type { SheetId } from '../schema/types';
import { SEED_BAGIAN } from '../seed/bagian';
import { SEED_DOCUMENTS } from '../seed/documents';
import { SOP_STEPS } from '../seed/sop-steps';

const key = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

const SEED_KEYS: Partial<Record<SheetId, { readonly column: string; readonly keys: ReadonlySet<string> }>> = {
  sop: { column: 'aktivitas', keys: new Set(SOP_STEPS.map((s) => key(s.aktivitas))) },
  dokumen: { column: 'kode', keys: new Set(SEED_DOCUMENTS.map((d) => key(d.kode))) },
  bagian: { column: 'kode', keys: new Set(SEED_BAGIAN.map((b) => key(b.kode))) },
};

/** Key–value fields `lakip init` fills with a default (or the seed text). */
export const PREFILLED_FIELDS: Partial<Record<SheetId, ReadonlySet<string>>> = {
  pengaturan: new Set([
    'triwulanBerjalan',
    'rumusNegatif',
    'batasSangatTinggi',
    'batasTinggi',
    'batasSedang',
    'batasRendah',
  ]),
  identitas: new Set([
    'namaSop',
    'disahkanOleh',
    'dasarHukum',
    'kualifikasi',
    'keterkaitan',
    'peralatan',
    'peringatan',
    'pencatatan',
  ]),
};

/** True for a row of a seeded sheet that is one of the seed's own rows (found by its key, not its position). */
export function isSeedRow(sheet: SheetId, row: TableRow): boolean {
  const seed = SEED_KEYS[sheet];
  if (seed === undefined) return false;
  const v = textOf(row, seed.column);
  return v !== undefined && seed.keys.has(key(v));
}

/** True for a sheet whose rows `lakip init` writes (an empty one is not "nothing yet"). */
export function isSeededSheet(sheet: SheetId): boolean {
  return SEED_KEYS[sheet] !== undefined;
}
