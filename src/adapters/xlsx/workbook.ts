/**
 * .xlsx bytes to an exceljs workbook and back, with no Node API: the CLI (through file.ts)
 * and the task pane's browser mode share it. Unusable bytes end in a LakipError whose
 * Indonesian sentence says what to do.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { LakipError } from '../../core/errors';
import { assertWorkbookBytes, type GuardApproval } from '../../core/guard/input-guard';
import { assertPackageScan } from '../../core/guard/package-scan';
import { installValidations, readZipValidations } from './data-validations';

export interface LoadOptions {
  /**
   * The workbook will be written back: keep its data validations (read from the zip without
   * exceljs' cell-by-cell expansion). Without it, validations are not loaded at all, and
   * `writeWorkbookBuffer` refuses the workbook so that no dropdown is lost by accident.
   */
  readonly forWrite?: boolean;
  /** The file name, used in error sentences instead of "File ini". */
  readonly name?: string;
  /**
   * The input guard's approval of these very bytes, when the caller has already run it (the
   * task pane's browser port does, before exceljs is fetched): the guard runs once per file.
   */
  readonly approved?: GuardApproval;
  /** The caller has run the package scan on these very bytes too (the browser port does). */
  readonly scanned?: boolean;
}

const readOnlyBooks = new WeakSet<ExcelJS.Workbook>();

/**
 * Loads .xlsx bytes; throws LakipError `file/empty`, `file/encrypted`, `file/xls`, `file/csv`,
 * `file/not-xlsx`, `file/too-large` or `file/damaged` (see core/guard/input-guard and
 * core/guard/package-scan).
 */
export async function loadWorkbook(
  data: Buffer | ArrayBuffer | Uint8Array,
  opts: LoadOptions = {},
): Promise<ExcelJS.Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const subject = opts.name === undefined ? 'File ini' : `File "${opts.name}"`;
  // Refuses what is not a usable .xlsx, zips too big once inflated and zips whose directory and
  // local headers disagree, before anything is inflated. Once it has, JSZip (under exceljs)
  // reads exactly the entries the guard approved (workbook.test.ts holds it to that).
  if (opts.approved === undefined) assertWorkbookBytes(bytes, opts.name);
  // Then what the directory cannot show: merges, names, sheetIds, rows and cells exceljs would
  // materialise without bound. exceljs is never given a package this has not approved.
  if (opts.scanned !== true) assertPackageScan(bytes, opts.name);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (cause) {
    throw damaged(subject, cause);
  }
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs' typings want its own Buffer type; its loader hands the bytes to JSZip, which
    // takes any Uint8Array.
    await wb.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0], {
      ignoreNodes: ['dataValidations'],
    });
    if (opts.forWrite === true) {
      const validations = await readZipValidations(zip);
      for (const ws of wb.worksheets) {
        const model = validations.get(ws.name);
        if (model !== undefined) installValidations(ws, model);
      }
    } else {
      readOnlyBooks.add(wb);
    }
  } catch (cause) {
    throw damaged(subject, cause);
  }
  return wb;
}

/**
 * The workbook as .xlsx bytes (a Node Buffer under Node; exceljs' Buffer polyfill, a
 * Uint8Array, in the browser). Refuses a workbook loaded without `forWrite`.
 */
export async function writeWorkbookBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  if (readOnlyBooks.has(wb)) {
    throw new LakipError(
      'internal',
      'Buku kerja ini dibuka hanya untuk dibaca sehingga tidak disimpan agar daftar pilihannya tidak hilang; ini kesalahan program, laporkan ke pengembang.',
    );
  }
  return (await wb.xlsx.writeBuffer()) as unknown as Buffer;
}

function damaged(subject: string, cause: unknown): LakipError {
  return new LakipError(
    'file/damaged',
    `${subject} rusak atau tidak lengkap sehingga tidak dapat dibaca; minta salinan baru dari pengirimnya, atau buka di Excel lalu simpan ulang sebagai .xlsx.`,
    { cause },
  );
}
