/**
 * The SOP sheet (the pane's SOP tab): its steps as they stand (`sopSteps`), and marking one step
 * (`markSopStep`: that step's Status, dates and evidence, nothing else; `buildSopUpdatePlan`
 * throws the LakipError that says what is missing when there is no SOP sheet or header).
 */
import type { WritePlan } from '../plan/plan';
import type { WorkbookSnapshot } from '../snapshot';
import { readSopState, type SopState } from '../sop/sop-steps';
import { buildSopUpdatePlan, type SopStepUpdate } from '../sop/sop-update-plan';
import { classifyWorkbook, type WorkbookKind } from './workbook-kind';

export interface SopStepsResult {
  readonly workbook: WorkbookKind;
  /** Null when the workbook has no SOP sheet with a header. */
  readonly sop: SopState | null;
}

export function sopSteps(snapshot: WorkbookSnapshot): SopStepsResult {
  return { workbook: classifyWorkbook(snapshot), sop: readSopState(snapshot) };
}

export interface MarkSopStepResult {
  readonly plan: WritePlan;
  /** What the user reads once it is written. */
  readonly message: string;
}

export function markSopStep(
  snapshot: WorkbookSnapshot,
  no: number,
  update: SopStepUpdate,
): MarkSopStepResult {
  return {
    plan: buildSopUpdatePlan(snapshot, no, update),
    message: `Langkah ${no} disimpan sebagai ${update.status}.`,
  };
}
