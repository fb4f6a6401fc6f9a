/**
 * The .xlsx side of the task pane, behind a lazy `import()`: exceljs (to read) and the patching
 * writer (to save) are big, so they are fetched only when a file is opened or made (browser
 * mode) or an export is built (Excel), never with the task pane's first load. Only types are
 * imported statically here.
 */
import { LakipError } from '../core/errors';
import type { XlsxEngine } from './xlsx-engine-types';

export type { XlsxEngine } from './xlsx-engine-types';

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
