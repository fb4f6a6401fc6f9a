/**
 * Check a workbook (`lakip validate`, the pane's Periksa and Beranda): one decision of what the
 * workbook is (`classifyWorkbook`), then a tracker is validated whole and a bagian's format only
 * by its Data Kinerja rows (`validateWorkbook`). With `temuan`, the plan that rebuilds the Temuan
 * sheet (`lakip validate --report`, the pane's Tulis sheet Temuan) comes with it.
 */
import { FINDINGS_LIMIT } from '../report/validation-json';
import { readSettings } from '../model/settings';
import type { WritePlan } from '../plan/plan';
import { readTracker } from '../read/tracker';
import { buildTemuanPlan } from '../report/temuan-plan';
import { SCHEMAS } from '../schema/registry';
import type { WorkbookSnapshot } from '../snapshot';
import type { ValidationResult } from '../validate/validate';
import { validateWorkbook } from './validate-workbook';
import { classifyWorkbook, type WorkbookKind } from './workbook-kind';

export interface CheckOptions {
  /** Plan the Temuan sheet too. */
  readonly temuan?: boolean;
}

export interface TemuanWrite {
  readonly plan: WritePlan;
  /** Findings listed in the sheet (at most FINDINGS_LIMIT). */
  readonly listed: number;
}

export type CheckResult =
  | { readonly workbook: Extract<WorkbookKind, { kind: 'none' }> }
  | {
      readonly workbook: Exclude<WorkbookKind, { kind: 'none' }>;
      readonly result: ValidationResult;
      /** Nama Unit Kerja and Tahun Laporan from Pengaturan ('' and null when not set). */
      readonly unit: string;
      readonly tahun: number | null;
      /** Only when asked for (`temuan: true`). */
      readonly temuan?: TemuanWrite;
    };

export type CheckedWorkbook = Extract<CheckResult, { result: ValidationResult }>;

/** True when the workbook was checked (a tracker or a format), false when it is neither. */
export function wasChecked(c: CheckResult): c is CheckedWorkbook {
  return 'result' in c;
}

export function checkWorkbook(snapshot: WorkbookSnapshot, options: CheckOptions = {}): CheckResult {
  const workbook = classifyWorkbook(snapshot);
  if (workbook.kind === 'none') return { workbook };
  const { result } = validateWorkbook(snapshot);
  const settings = readSettings(readTracker(snapshot, [SCHEMAS.pengaturan]));
  const checked = { workbook, result, unit: settings.namaUnit, tahun: settings.tahunLaporan };
  if (options.temuan !== true) return checked;
  return {
    ...checked,
    temuan: {
      plan: buildTemuanPlan(result, settings.namaUnit, settings.tahunLaporan),
      listed: Math.min(result.findings.length, FINDINGS_LIMIT),
    },
  };
}

/** The Temuan sheet's plan (`writeTemuan` is `checkWorkbook` with `temuan: true`). */
export function writeTemuan(snapshot: WorkbookSnapshot): CheckResult {
  return checkWorkbook(snapshot, { temuan: true });
}
