/**
 * The exceljs side of the task pane, behind a lazy `import()`: exceljs is big, so it is fetched
 * only when a file is opened or made (browser mode) or an export is built (Excel), never with
 * the task pane's first load. Only types are imported statically here.
 */
import { LakipError } from '../core/errors';
import type { GuardApproval } from '../core/guard/input-guard';
import type { WritePlan } from '../core/plan/plan';
import type { WorkbookSnapshot } from '../core/snapshot';

/** An exceljs workbook, opaque to the task pane. */
export interface XlsxBook {
  readonly __xlsxBook: unique symbol;
}

export interface XlsxEngine {
  /**
   * Loads an .xlsx file to change and write back; an unusable file throws a LakipError with
   * its Indonesian sentence. `approved`: the input guard's verdict on these bytes, when the
   * caller has run it already (so that it runs once per file).
   */
  load(data: ArrayBuffer | Uint8Array, name?: string, approved?: GuardApproval): Promise<XlsxBook>;
  /** Reads an .xlsx file only (e.g. a bagian's filled format), faster than `load` + `read`. */
  readFile(data: ArrayBuffer | Uint8Array, name: string): Promise<WorkbookSnapshot>;
  /** A new, empty workbook. */
  create(): XlsxBook;
  read(book: XlsxBook): WorkbookSnapshot;
  apply(book: XlsxBook, plan: WritePlan): void;
  /** The workbook as .xlsx bytes. */
  write(book: XlsxBook): Promise<Uint8Array>;
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
