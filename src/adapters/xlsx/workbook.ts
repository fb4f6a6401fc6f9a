/**
 * .xlsx bytes to an exceljs workbook and back, with no Node API: the CLI (through file.ts)
 * and the task pane's browser mode share it. Unusable bytes end in a LakipError whose
 * Indonesian sentence says what to do.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { LakipError } from '../../core/errors';
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
}

const readOnlyBooks = new WeakSet<ExcelJS.Workbook>();

/** Loads .xlsx bytes; throws LakipError `file/empty`, `file/encrypted`, `file/xls`, `file/not-xlsx` or `file/damaged`. */
export async function loadWorkbook(
  data: Buffer | ArrayBuffer | Uint8Array,
  opts: LoadOptions = {},
): Promise<ExcelJS.Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const subject = opts.name === undefined ? 'File ini' : `File "${opts.name}"`;
  checkSignature(bytes, subject);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (cause) {
    throw damaged(subject, cause);
  }
  if (zip.file('xl/workbook.xml') === null) {
    throw new LakipError(
      'file/not-xlsx',
      `${subject} berupa arsip ZIP tetapi bukan buku kerja Excel; pilih file .xlsx yang benar.`,
    );
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

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function checkSignature(bytes: Uint8Array, subject: string): void {
  if (bytes.length === 0) {
    throw new LakipError('file/empty', `${subject} kosong (0 byte); pilih file .xlsx yang berisi data.`);
  }
  if (startsWith(bytes, OLE)) {
    // An OLE compound file: an encrypted .xlsx keeps its package in an "EncryptedPackage"
    // stream, an old .xls its sheets in "Workbook" (or "Book"); names are UTF-16LE.
    if (containsUtf16(bytes, 'EncryptedPackage')) {
      throw new LakipError(
        'file/encrypted',
        `${subject} dilindungi kata sandi; buka di Excel lalu simpan ulang sebagai .xlsx tanpa kata sandi.`,
      );
    }
    if (containsUtf16(bytes, 'Workbook') || containsUtf16(bytes, 'Book')) {
      throw new LakipError(
        'file/xls',
        `${subject} berformat .xls lama; buka di Excel lalu simpan ulang sebagai .xlsx.`,
      );
    }
    throw new LakipError(
      'file/xls',
      `${subject} dilindungi kata sandi atau berformat .xls lama; buka di Excel lalu simpan ulang sebagai .xlsx tanpa kata sandi.`,
    );
  }
  if (!startsWith(bytes, [0x50, 0x4b])) {
    throw new LakipError(
      'file/not-xlsx',
      `${subject} bukan buku kerja Excel (.xlsx); buka di Excel lalu simpan sebagai "Buku Kerja Excel (.xlsx)".`,
    );
  }
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const pattern = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) pattern[i * 2] = text.charCodeAt(i);
  const first = pattern[0];
  const last = bytes.length - pattern.length;
  for (let i = bytes.indexOf(first ?? 0); i !== -1 && i <= last; i = bytes.indexOf(first ?? 0, i + 1)) {
    let j = 1;
    while (j < pattern.length && bytes[i + j] === pattern[j]) j++;
    if (j === pattern.length) return true;
  }
  return false;
}

function damaged(subject: string, cause: unknown): LakipError {
  return new LakipError(
    'file/damaged',
    `${subject} rusak atau tidak lengkap sehingga tidak dapat dibaca; minta salinan baru dari pengirimnya, atau buka di Excel lalu simpan ulang sebagai .xlsx.`,
    { cause },
  );
}
