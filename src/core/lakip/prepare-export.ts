/**
 * An export of the LAKIP tables as both front ends make it (the CLI's `lakip export` and the
 * task pane's Ekspor): the tables, how many galat the tracker still has (then every sheet and
 * the .docx say DRAF), and the plan — which, written into the tracker itself, carries what the
 * user typed into the previous LAKIP sheets (`carry-over.ts`) and lists what it cannot place.
 */
import { readTrackerModel } from '../model/tracker-model';
import type { WorkbookSnapshot } from '../snapshot';
import { validateTracker } from '../validate/validate';
import { computeLakip } from './compute-lakip';
import { buildLakipPlan, type DraftInfo, type LakipPlan } from './export-plan';
import type { LakipResult } from './tables';

export interface LakipExport {
  readonly result: LakipResult;
  /** Galat validation finds in the tracker (0: the tables are final). */
  readonly galat: number;
  /** Set while galat remain: the tables are a draft. */
  readonly draft: DraftInfo | undefined;
  readonly plan: LakipPlan;
}

/**
 * `into: 'tracker'` writes into the workbook the snapshot was read from (the user's cells of its
 * LAKIP sheets are kept); `'new'` makes a workbook of its own.
 */
export function prepareLakipExport(snapshot: WorkbookSnapshot, into: 'tracker' | 'new'): LakipExport {
  // One read of the tracker for the tables and the galat count.
  const model = readTrackerModel(snapshot);
  const result = computeLakip(snapshot, model);
  const galat = validateTracker(snapshot, model).errors;
  const draft = galat > 0 ? { galat } : undefined;
  const plan = buildLakipPlan(result, {
    ...(draft !== undefined ? { draft } : {}),
    ...(into === 'tracker' ? { previous: snapshot } : {}),
  });
  return { result, galat, draft, plan };
}
