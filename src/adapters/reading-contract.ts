/**
 * The reading contract: what every workbook adapter is, whatever it reads (an .xlsx file on
 * disk or in memory, the workbook open in Excel). A reader gives the workbook's snapshot; an
 * applier applies a write plan to the same workbook. Both adapters implement it — the xlsx
 * adapter (`src/adapters/xlsx/adapter.ts`, the streaming reader or exceljs inside) and the
 * Office.js adapter (`officeWorkbook` in `src/adapters/office/office-adapter.ts`) — and all
 * their readers turn numbers into cells by core's one rule (`numberCell` in
 * `src/core/number-format.ts`); test/parity/readers.test.ts holds them to one snapshot.
 * Types only.
 */
import type { WritePlan } from '../core/plan/plan';
import type { WorkbookSnapshot } from '../core/snapshot';

export interface WorkbookReader {
  /** The workbook as a snapshot; a workbook that cannot be read rejects with a LakipError. */
  read(): Promise<WorkbookSnapshot>;
}

export interface PlanApplier<Result> {
  /** Applies the plan to the workbook that was read; rejects with a LakipError. */
  apply(plan: WritePlan): Promise<Result>;
}

/** A workbook that is read and then changed: the two calls of the contract on one workbook. */
export interface WorkbookAdapter<Result> extends WorkbookReader, PlanApplier<Result> {}
