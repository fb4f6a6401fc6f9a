/**
 * Consolidate the filled formats (`lakip consolidate`, the pane's Konsolidasi › Gabungkan):
 * `consolidate` decides everything; this adds the one plan a front end applies — the merge into
 * Data Kinerja, with the SOP step 3 plan when `markStep3` is asked and every bagian is in — and
 * whether there is anything to write at all.
 */
import { consolidate, type ConsolidationResult, type ConsolidationSource } from '../consolidate/consolidate';
import type { WritePlan } from '../plan/plan';
import type { WorkbookSnapshot } from '../snapshot';

export interface ConsolidateFormatsOptions {
  /** ISO local date and time written into Diimpor (`localIsoDateTime`). */
  readonly importedAt: string;
  /** Also mark SOP step 3 Selesai when every bagian is in. */
  readonly markStep3?: boolean;
  /** The tracker's file name as the user gave it (for the sentence about arguments in the wrong order). */
  readonly trackerName?: string;
}

export interface ConsolidateFormatsResult {
  readonly result: ConsolidationResult;
  /** What to apply: the merge, and SOP step 3 when asked and offered. Empty when the tracker cannot be used. */
  readonly plan: WritePlan;
  /** SOP step 3 is marked by `plan`. */
  readonly step3: boolean;
  /** `plan` writes something. */
  readonly changes: boolean;
}

export function consolidateFormats(
  tracker: WorkbookSnapshot,
  sources: readonly ConsolidationSource[],
  options: ConsolidateFormatsOptions,
): ConsolidateFormatsResult {
  const result = consolidate(tracker, sources, options.importedAt, {
    ...(options.trackerName !== undefined ? { trackerName: options.trackerName } : {}),
  });
  if (result.trackerError !== null)
    return { result, plan: { ops: [], notes: [] }, step3: false, changes: false };
  const step3Plan = options.markStep3 === true ? result.sopStep3Plan : undefined;
  const plan =
    step3Plan === undefined
      ? result.plan
      : { ops: [...result.plan.ops, ...step3Plan.ops], notes: [...result.plan.notes, ...step3Plan.notes] };
  return { result, plan, step3: step3Plan !== undefined, changes: plan.ops.length > 0 };
}
