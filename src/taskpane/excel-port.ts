/**
 * The port inside Excel: the open workbook through the Office.js adapter. Exports open as a
 * new workbook (`Excel.createWorkbook`), never as a download, which task panes cannot do
 * reliably (the Mac WKWebView drops them).
 */
import {
  applyWritePlan,
  createWorkbookFromBase64,
  readWorkbookSnapshot,
  selectCell,
  type ExcelRun,
} from '../adapters/office/office-adapter';
import type { Supports } from '../adapters/office/requirements';
import { LakipError } from '../core/errors';
import type { WritePlan } from '../core/plan/plan';
import type { WorkbookSnapshot } from '../core/snapshot';
import type { WorkbookPort } from './port';
import { loadXlsxEngine, type XlsxEngine } from './xlsx-engine';

export interface ExcelPortOptions {
  /** `Excel.run` (default), or a fake's `run` in tests. */
  readonly run?: ExcelRun;
  readonly engine?: () => Promise<XlsxEngine>;
  /** `Excel.createWorkbook` (default), or a fake's. */
  readonly createWorkbook?: (base64: string) => Promise<void>;
  /** Which ExcelApi sets this Excel has (default: `Office.context.requirements`). */
  readonly supports?: Supports;
}

/** Base64 of bytes, in slices so that a large file does not overflow the argument list. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const slice = 0x8000;
  for (let i = 0; i < bytes.length; i += slice) {
    binary += String.fromCharCode(...bytes.subarray(i, i + slice));
  }
  return btoa(binary);
}

export function createExcelPort(options: ExcelPortOptions = {}): WorkbookPort {
  const run: ExcelRun = options.run ?? ((batch) => Excel.run(batch));
  const engine = options.engine ?? loadXlsxEngine;
  const supports = options.supports === undefined ? {} : { supports: options.supports };
  const createOptions =
    options.createWorkbook === undefined ? supports : { ...supports, create: options.createWorkbook };
  return {
    kind: 'excel',
    fileName: 'Buku kerja ini',
    readSnapshot(): Promise<WorkbookSnapshot> {
      return readWorkbookSnapshot(run);
    },
    async apply(plan: WritePlan): Promise<readonly string[]> {
      if (plan.ops.length === 0) return [];
      return (await applyWritePlan(run, plan, supports)).skipped;
    },
    selectCell(sheet: string, address: string): Promise<void> {
      return selectCell(run, sheet, address);
    },
    async exportWorkbook(plan: WritePlan): Promise<void> {
      const xlsx = await engine();
      const result = await createWorkbookFromBase64(toBase64(xlsx.patch(xlsx.blank(), plan)), createOptions);
      if (!result.created) throw new LakipError('office/unsupported', result.reason);
    },
  };
}
