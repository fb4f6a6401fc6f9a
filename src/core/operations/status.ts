/**
 * The tracker at a glance (the pane's Beranda): the check (`checkWorkbook`), the SOP steps and
 * the documents received — one read for the whole overview.
 */
import { computeLakip } from '../lakip/compute-lakip';
import type { WorkbookSnapshot } from '../snapshot';
import { readSopState, type SopState } from '../sop/sop-steps';
import { checkWorkbook, wasChecked, type CheckResult } from './check';

export interface StatusResult {
  readonly check: CheckResult;
  readonly sop: SopState | null;
  readonly documentsReceived: number;
  readonly documentsTotal: number;
}

export function workbookStatus(snapshot: WorkbookSnapshot): StatusResult {
  const check = checkWorkbook(snapshot);
  if (!wasChecked(check)) return { check, sop: null, documentsReceived: 0, documentsTotal: 0 };
  const { summary } = computeLakip(snapshot);
  return {
    check,
    sop: readSopState(snapshot),
    documentsReceived: summary.documentsReceived,
    documentsTotal: summary.documentsTotal,
  };
}
