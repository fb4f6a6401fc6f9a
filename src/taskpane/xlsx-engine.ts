/**
 * The .xlsx side of the task pane, behind a lazy `import()`: exceljs (to read) and the patching
 * writer (to save) are big, so they are fetched only when a file is opened or made (browser
 * mode) or an export is built (Excel), never with the task pane's first load. Only types are
 * imported statically here.
 */
import { LakipError } from '../core/errors';
import type { GuardApproval } from '../core/guard/input-guard';
import type { WritePlan } from '../core/plan/plan';
import type { WorkbookSnapshot } from '../core/snapshot';

export interface XlsxEngine {
  /**
   * Reads an .xlsx file's snapshot; an unusable file throws a LakipError with its Indonesian
   * sentence. `approved`: the input guard's verdict on these bytes, when the caller has run it
   * and the package scan already (so that each runs once per file).
   */
  readFile(data: ArrayBuffer | Uint8Array, name: string, approved?: GuardApproval): Promise<WorkbookSnapshot>;
  /**
   * The package with the plan applied by the patching writer: every part the plan does not
   * name is kept byte for byte (charts, pivot tables, comments, print setups …). `approved`:
   * the guard's verdict on these very bytes, when the caller has it (the guard runs once per file).
   */
  patch(data: Uint8Array, plan: WritePlan, name?: string, approved?: GuardApproval): Uint8Array;
  /** A new, empty workbook's bytes (no sheet yet: a plan's `ensureSheet` ops add them). */
  blank(): Uint8Array;
}

let pending: Promise<XlsxEngine> | undefined;

/** The engine, fetched once (a separate chunk named `xlsx`). A failed fetch may be retried. */
export function loadXlsxEngine(): Promise<XlsxEngine> {
  pending ??= import(/* webpackChunkName: "xlsx" */ './xlsx-engine-impl').then(
    (m) => m.xlsxEngine,
    (error: unknown) => {
      pending = undefined;
      throw new LakipError(
        'internal',
        'Komponen pembaca file .xlsx gagal dimuat. Periksa sambungan internet, muat ulang halaman ini, lalu coba lagi.',
        { cause: error },
      );
    },
  );
  return pending;
}
