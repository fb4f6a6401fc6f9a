/**
 * .xlsx files on disk (CLI only): open with a clear Indonesian error for every unusable
 * file, save atomically so that a failed save never damages the file the user had.
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type ExcelJS from 'exceljs';
import { LakipError } from '../../core/errors';
import { checkFileSize, DEFAULT_GUARD_LIMITS, orThrow } from '../../core/guard/input-guard';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { readSnapshot } from './read';
import { loadWorkbook, writeWorkbookBuffer } from './workbook';

export { writeWorkbookBuffer } from './workbook';

/** Larger files are refused (`file/too-large`) before they are read: the input guard's limit. */
export const DEFAULT_MAX_BYTES = DEFAULT_GUARD_LIMITS.maxFileBytes;

export interface OpenOptions {
  /** The workbook will be saved back: keep its data validations (see `loadWorkbook`). */
  readonly forWrite?: boolean;
  readonly maxBytes?: number;
}

/**
 * Opens an .xlsx file and reads its snapshot. Throws LakipError `file/not-found`,
 * `file/too-large`, or any refusal of the input guard and error of `loadWorkbook`.
 */
export async function openXlsxFile(
  path: string,
  opts: OpenOptions = {},
): Promise<{ wb: ExcelJS.Workbook; snapshot: WorkbookSnapshot }> {
  const data = await readXlsxBytes(path, opts.maxBytes);
  const wb = await loadWorkbook(data, {
    ...(opts.forWrite === undefined ? {} : { forWrite: opts.forWrite }),
    name: basename(path),
  });
  return { wb, snapshot: readSnapshot(wb) };
}

/**
 * The bytes of a file, after checking its size with `stat`, so that a file over the limit is
 * never read into memory. Throws LakipError `file/not-found`, `file/not-xlsx` (a folder) or
 * `file/too-large`.
 */
export async function readXlsxBytes(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      throw new LakipError(
        'file/not-xlsx',
        `"${path}" adalah folder, bukan file .xlsx; sebutkan nama file .xlsx-nya.`,
      );
    }
    orThrow(checkFileSize(info.size, { maxFileBytes: maxBytes }, basename(path)));
    return await readFile(path);
  } catch (cause) {
    if (cause instanceof LakipError) throw cause;
    throw readError(path, cause);
  }
}

function readError(path: string, cause: unknown): LakipError {
  const code = errnoCode(cause);
  if (code === 'EACCES' || code === 'EPERM') {
    // There is no `file/read-failed` code; not-found is the closest the user can act on.
    return new LakipError(
      'file/not-found',
      `File "${path}" tidak dapat dibuka karena aksesnya ditolak; periksa izin file itu atau salin ke folder Anda lalu coba lagi.`,
      { cause },
    );
  }
  return new LakipError(
    'file/not-found',
    `File "${path}" tidak ditemukan; periksa nama dan folder file itu lalu coba lagi.`,
    {
      cause,
    },
  );
}

function errnoCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string'
    ? e.code
    : undefined;
}

/** Writes the bytes to the open temporary file; replaceable in tests to simulate a failure. */
export type WriteBytes = (file: FileHandle, data: Uint8Array) => Promise<void>;

const writeAll: WriteBytes = (file, data) => file.writeFile(data);

/**
 * Saves the workbook to `path` without ever leaving it half written: the bytes go to
 * `.<name>.<random>.tmp` in the same folder, are flushed to disk, and the temporary file is
 * then renamed over the target. On any failure the temporary file is removed, the target is
 * left as it was, and a LakipError `file/write-failed` is thrown.
 */
export async function saveXlsxAtomic(
  wb: ExcelJS.Workbook,
  path: string,
  opts: { readonly write?: WriteBytes } = {},
): Promise<void> {
  const name = basename(path);
  let data: Buffer;
  try {
    data = await writeWorkbookBuffer(wb);
  } catch (cause) {
    if (cause instanceof LakipError) throw cause;
    throw writeFailed(name, cause);
  }
  await saveBytesAtomic(data, path, opts);
}

/**
 * Any file's bytes (the .xlsx above, the .docx of `lakip export --docx`) saved the same way:
 * a temporary file beside the target, synced, renamed over it; on failure the target is
 * untouched, the temporary file removed, and the reason is an Indonesian sentence.
 */
export async function saveBytesAtomic(
  data: Uint8Array,
  path: string,
  opts: { readonly write?: WriteBytes } = {},
): Promise<void> {
  const name = basename(path);
  const dir = dirname(path);
  const temp = join(dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
  let file: FileHandle | undefined;
  try {
    file = await open(temp, 'wx', await modeOf(path));
    await (opts.write ?? writeAll)(file, data);
    await file.sync();
    await file.close();
    file = undefined;
    await rename(temp, path);
  } catch (cause) {
    await file?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw writeFailed(name, cause);
  }
  await syncFolder(dir);
}

/** The permission bits of the file being replaced, so a save does not change them. */
async function modeOf(path: string): Promise<number> {
  try {
    return (await stat(path)).mode & 0o777;
  } catch {
    return 0o666;
  }
}

/** Makes the rename itself durable; not possible on every platform, hence best effort. */
async function syncFolder(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open a folder; the file's own data is already on disk.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

const WRITE_REASONS: Record<string, string> = {
  ENOSPC: 'disk penuh',
  EDQUOT: 'kuota disk habis',
  EACCES: 'akses ke folder ditolak',
  EPERM: 'akses ditolak atau file sedang dibuka program lain',
  EBUSY: 'file sedang dibuka program lain',
  ENOENT: 'folder tidak ditemukan',
  EROFS: 'disk hanya dapat dibaca',
};

function writeFailed(name: string, cause: unknown): LakipError {
  const reason = WRITE_REASONS[errnoCode(cause) ?? ''];
  return new LakipError(
    'file/write-failed',
    `File "${name}" gagal disimpan${reason === undefined ? '' : ` (${reason})`} dan file lama tidak diubah; tutup file itu jika sedang dibuka di Excel, pastikan folder dapat ditulis dan disk tidak penuh, lalu coba lagi.`,
    { cause },
  );
}
