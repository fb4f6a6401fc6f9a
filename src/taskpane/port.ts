/**
 * The one door between the task pane's views and a workbook. Inside Excel it is the Office.js
 * adapter (`excel-port.ts`); in a plain browser it is an .xlsx file held in memory through the
 * exceljs adapter, loaded lazily (`browser-port.ts`). Views talk only to a port and the core.
 */
import { isLakipError } from '../core/errors';
import type { WritePlan } from '../core/plan/plan';
import type { WorkbookSnapshot } from '../core/snapshot';

export interface WorkbookPort {
  readonly kind: 'excel' | 'browser';
  /** What the user calls the workbook: the file's name, or "Buku kerja ini" inside Excel. */
  readonly fileName: string;
  /** The workbook as it is now (inside Excel the user may have typed since the last read). */
  readSnapshot(): Promise<WorkbookSnapshot>;
  /**
   * Writes a plan into the workbook. Resolves with Indonesian notes on what could not be
   * written as planned (e.g. dropdowns on an Excel without ExcelApi 1.8); usually none.
   */
  apply(plan: WritePlan): Promise<readonly string[]>;
  /** Shows a cell to the user (Excel: activates the sheet and selects it; browser: nothing to select). */
  selectCell(sheet: string, address: string): Promise<void>;
  /**
   * Hands a plan for a NEW workbook (the LAKIP tables, a bagian's data format) to the user as a
   * workbook of its own: Excel opens it with `Excel.createWorkbook` (task-pane downloads are
   * unreliable there), a browser downloads it as `fileName`.
   */
  exportWorkbook(plan: WritePlan, fileName: string): Promise<void>;
}

/** The browser mode's port: the file lives in memory until the user downloads it. */
export interface BrowserWorkbookPort extends WorkbookPort {
  readonly kind: 'browser';
  /** True once a plan has been applied and the result not yet downloaded. */
  readonly modified: boolean;
  /**
   * Offers the workbook, with every change applied, as a download under its file name with the
   * date and time (`tracker-2017 2026-12-02 14.05.xlsx`); resolves with that name.
   */
  download(): Promise<string>;
}

export function isBrowserPort(port: WorkbookPort): port is BrowserWorkbookPort {
  return port.kind === 'browser';
}

/** Shown when something fails that carries no sentence of its own (a bug, not the user's doing). */
export const UNEXPECTED_ERROR =
  'Terjadi kesalahan yang tidak terduga. Coba sekali lagi; bila masih gagal, tutup lalu buka lagi panel LAKIP Tracker dan laporkan kejadian ini kepada pengelola aplikasi.';

/** The Indonesian sentence a user sees for a failure: a LakipError's own, otherwise a generic one (never a stack trace). */
export function errorSentence(error: unknown): string {
  if (isLakipError(error)) return error.userMessage;
  return UNEXPECTED_ERROR;
}
