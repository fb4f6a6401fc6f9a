/**
 * When every bagian is in, consolidation offers to mark SOP step 3 ("Menghimpun format data dan
 * informasi kinerja dari masing-masing bagian") Selesai. The plan is offered, never applied by
 * consolidation itself: the CLI applies it with `--selesai`, the add-in with a button.
 */
import { isLakipError } from '../errors';
import type { WritePlan } from '../plan/plan';
import { readTable } from '../read/read-table';
import { findSchemaSheet } from '../read/tracker';
import { SCHEMAS } from '../schema/registry';
import type { WorkbookSnapshot } from '../snapshot';
import { buildSopUpdatePlan, findSopStepRow, type SopStepUpdate } from '../sop/sop-update-plan';

/** The SOP step whose output is the gathered formats. */
export const SOP_STEP_CONSOLIDATION = 3;

/**
 * The plan marking step 3 Selesai: Status Selesai; Tanggal Selesai = the import date and Bukti
 * Soft Copy = the sources' names, each only when the cell is empty (a date or evidence the
 * user typed is kept). Undefined when the step is already Selesai or cannot be found.
 */
export function buildSopStep3Plan(
  tracker: WorkbookSnapshot,
  importedAt: string,
  sources: readonly string[],
): WritePlan | undefined {
  const sheet = findSchemaSheet(tracker, SCHEMAS.sop);
  if (sheet === undefined) return undefined;
  const read = readTable(sheet, SCHEMAS.sop);
  const row = findSopStepRow(read, SOP_STEP_CONSOLIDATION);
  if (row === undefined) return undefined;
  const status = row.values.get('status');
  if (status?.kind === 'ok' && status.value === 'Selesai') return undefined;
  const isEmpty = (key: string): boolean => {
    const p = row.values.get(key);
    return p === undefined || p.kind === 'empty';
  };
  const update: SopStepUpdate = {
    status: 'Selesai',
    ...(isEmpty('tanggalSelesai') ? { tanggalSelesai: importedAt.slice(0, 10) } : {}),
    ...(isEmpty('buktiSoft') && sources.length > 0
      ? { buktiSoft: `Format data kinerja dari bagian: ${sources.join('; ')}` }
      : {}),
  };
  try {
    const plan = buildSopUpdatePlan(tracker, SOP_STEP_CONSOLIDATION, update);
    const notes = isEmpty('buktiHard')
      ? [
          ...plan.notes,
          'Isi Bukti Hard Copy langkah 3 (Ya) bila arsip cetak format dari setiap bagian sudah disimpan.',
        ]
      : plan.notes;
    return { ops: plan.ops, notes };
  } catch (e) {
    if (isLakipError(e)) return undefined;
    throw e;
  }
}
