/**
 * Export the LAKIP tables (`lakip export`, the pane's Ekspor): what the workbook is, the seven
 * tables, the galat that make them a DRAF, and the plan — into the tracker itself (the user's
 * cells of the previous LAKIP sheets carried over) or into a workbook of its own. Wraps
 * `prepareLakipExport`. While cells typed into the old sheets have no place in the new ones the
 * export is `blocked` (the plan would drop them), unless `force`.
 */
import type { DraftInfo, LakipPlan } from '../lakip/export-plan';
import { prepareLakipExport } from '../lakip/prepare-export';
import type { LakipResult } from '../lakip/tables';
import type { WorkbookSnapshot } from '../snapshot';
import { classifyWorkbook, type WorkbookKind } from './workbook-kind';

export interface ExportOptions {
  /** `'tracker'`: the sheets go into the workbook read; `'new'`: a workbook of their own. */
  readonly into: 'tracker' | 'new';
  /** Drop the typed cells that have no place any more. */
  readonly force?: boolean;
}

export type ExportResult =
  | { readonly workbook: Extract<WorkbookKind, { kind: 'none' }> }
  | {
      readonly workbook: Exclude<WorkbookKind, { kind: 'none' }>;
      readonly result: LakipResult;
      /** Galat validation finds in the tracker (0: the tables are final). */
      readonly galat: number;
      readonly draft: DraftInfo | undefined;
      readonly plan: LakipPlan;
      /** The plan would drop typed cells and `force` was not given: nothing may be written. */
      readonly blocked: boolean;
      /** `Tabel LAKIP Kecamatan Pasrujambe 2017.xlsx`: the name of a workbook of its own. */
      readonly fileName: string;
    };

export type PreparedExport = Extract<ExportResult, { result: LakipResult }>;

export function wasExported(e: ExportResult): e is PreparedExport {
  return 'result' in e;
}

/** `Tabel LAKIP Kecamatan Pasrujambe 2017.xlsx`. */
export function exportFileName(result: Pick<LakipResult, 'unit' | 'tahun'>): string {
  return (
    ['Tabel LAKIP', result.unit, result.tahun === null ? '' : String(result.tahun)]
      .filter((s) => s !== '')
      .join(' ') + '.xlsx'
  );
}

export function exportLakip(snapshot: WorkbookSnapshot, options: ExportOptions): ExportResult {
  const workbook = classifyWorkbook(snapshot);
  if (workbook.kind === 'none') return { workbook };
  const prepared = prepareLakipExport(snapshot, options.into);
  return {
    workbook,
    ...prepared,
    blocked: prepared.plan.unplaced.length > 0 && options.force !== true,
    fileName: exportFileName(prepared.result),
  };
}
