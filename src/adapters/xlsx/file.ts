/**
 * .xlsx files on disk (CLI only): open with a clear Indonesian error for every unusable
 * file, save atomically so that a failed save never damages the file the user had.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, open, readdir, readFile, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type ExcelJS from 'exceljs';
import { LakipError } from '../../core/errors';
import { checkFileSize, DEFAULT_GUARD_LIMITS, orThrow } from '../../core/guard/input-guard';
import type { WorkbookSnapshot } from '../../core/snapshot';
import {
  errnoCode,
  hostTag,
  lstatOrUndefined,
  processAlive,
  realTarget,
  refuseIfOpenInOffice,
  statOrUndefined,
  writeFailed,
} from './fs-safety';
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

/** Writes the bytes to the open temporary file; replaceable in tests to simulate a failure. */
export type WriteBytes = (file: FileHandle, data: Uint8Array) => Promise<void>;

const writeAll: WriteBytes = (file, data) => file.writeFile(data);

export interface SaveOptions {
  /** Replaces the writing of the bytes (tests: a disk that fills up halfway). */
  readonly write?: WriteBytes;
  /**
   * When `path` is a symbolic link: `follow` (the default) replaces the file it points to and
   * keeps the link; `replace` puts the new file in the link's place and never opens or changes
   * what it pointed to (the consolidation backup: a planted link must not aim our write).
   */
  readonly link?: 'follow' | 'replace';
  /** Take permissions and owner from this file instead of the one replaced (a backup gets its tracker's). */
  readonly permissionsOf?: string;
}

/**
 * Saves the workbook to `path` without ever leaving it half written (see `saveBytesAtomic`).
 * Throws LakipError `file/write-failed` with the reason; the file is then as it was.
 */
export async function saveXlsxAtomic(
  wb: ExcelJS.Workbook,
  path: string,
  opts: SaveOptions = {},
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
 * Any file's bytes (an .xlsx, the .docx of `lakip export --docx`, a backup) saved so that a
 * failure never damages the file that was there:
 * - refused in a sentence when the file is read-only (its mode has no write bit, or — not as
 *   root — this user may not write it) or open in Excel/LibreOffice (their owner file beside it);
 * - the bytes go to `~lakip-sedang-menyimpan.NAME.<machine>-<pid>-<random>.tmp` beside the file,
 *   get the replaced file's permissions and owner (root keeps another user's file theirs), are
 *   synced to disk, and the temporary file is renamed over the target; on failure the temporary
 *   file is removed and the target left as it was;
 * - our temporary files left beside it by a save that was killed are removed first.
 * Through a symbolic link, see `SaveOptions.link`.
 */
export async function saveBytesAtomic(data: Uint8Array, path: string, opts: SaveOptions = {}): Promise<void> {
  const name = basename(path);
  const target = opts.link === 'replace' ? path : await realTarget(path);
  const dir = dirname(target);
  const existing = await lstatOrUndefined(target);
  if (existing?.isFile() === true) await refuseReadOnly(target, existing.mode, name);
  await refuseIfOpenInOffice(path);
  await removeStaleTemps(dir);
  const like =
    opts.permissionsOf !== undefined
      ? await statOrUndefined(opts.permissionsOf)
      : existing?.isFile() === true
        ? existing
        : undefined;
  const temp = join(dir, tempNameFor(basename(target)));
  let file: FileHandle | undefined;
  try {
    file = await open(temp, 'wx', like === undefined ? 0o666 : like.mode & 0o777);
    if (like !== undefined) {
      await keepOwner(file, like.uid, like.gid);
      // After the owner (a chown clears some bits), and exactly: `open` applied the umask.
      await file.chmod(like.mode & 0o777);
    }
    await (opts.write ?? writeAll)(file, data);
    await file.sync();
    await file.close();
    file = undefined;
    await rename(temp, target);
  } catch (cause) {
    await file?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    if (cause instanceof LakipError) throw cause;
    throw writeFailed(name, cause);
  }
  await syncFolder(dir);
}

/**
 * Refuses, in a sentence, a file that is there and read-only (see `saveBytesAtomic`), before any
 * work is done for it: a command that writes other files first (the consolidation backup) asks
 * this up front.
 */
export async function assertWritable(path: string): Promise<void> {
  const target = await realTarget(path);
  const existing = await lstatOrUndefined(target);
  if (existing?.isFile() === true) await refuseReadOnly(target, existing.mode, basename(path));
}

/**
 * A read-only file is not replaced, as Excel does not: no write bit in its mode (what the
 * read-only attribute is on Windows), or — for anyone but root, for whom `access` always says
 * yes — a file this user may not write.
 */
async function refuseReadOnly(target: string, mode: number, name: string): Promise<void> {
  let readOnly = (mode & 0o222) === 0;
  if (!readOnly && process.getuid !== undefined && process.getuid() !== 0) {
    readOnly = await access(target, constants.W_OK).then(
      () => false,
      () => true,
    );
  }
  if (!readOnly) return;
  throw new LakipError(
    'file/write-failed',
    `File "${name}" hanya-baca, jadi tidak ditimpa dan tidak diubah; hapus tanda hanya-baca file itu (Properti file di Windows, atau chmod u+w) atau simpan dengan nama lain, lalu coba lagi.`,
  );
}

/** The new file keeps the owner of the one it replaces (root can give it back; others keep at least the group). */
async function keepOwner(file: FileHandle, uid: number, gid: number): Promise<void> {
  if (process.getuid === undefined || process.getgid === undefined) return;
  if (uid === process.getuid() && gid === process.getgid()) return;
  try {
    await file.chown(uid, gid);
  } catch {
    await file.chown(process.getuid(), gid).catch(() => undefined);
  }
}

const TEMP_PREFIX = '~lakip-sedang-menyimpan.';
/** Our temporary files: `~lakip-sedang-menyimpan.NAME.<machine>-<pid>-<random>.tmp`. */
const TEMP_PATTERN = /^~lakip-sedang-menyimpan\..+\.([0-9a-f]{8})-(\d+)-[0-9a-f]{12}\.tmp$/;
/** Those of versions before 0.1.1: `.NAME.<random>.tmp`. */
const OLD_TEMP_PATTERN = /^\..+\.(?:xlsx|docx)\.[0-9a-f]{12}\.tmp$/i;
/** A temporary file of ours not written for this long is left over, whoever made it. */
export const STALE_TEMP_MS = 60 * 60 * 1000;

/**
 * The temporary file's name: says what it is (LAKIP is saving NAME), and who writes it (machine
 * and process), so that the next save can tell a left-over from a save in progress. Long names
 * are shortened so that the temporary name stays within the 255 bytes a folder entry allows.
 */
export function tempNameFor(name: string): string {
  const short = Buffer.byteLength(name) > 120 ? `${[...name].slice(0, 60).join('')}…` : name;
  return `${TEMP_PREFIX}${short}.${hostTag()}-${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
}

/**
 * Removes our temporary files in `dir` that no save is writing: made on this machine by a
 * process that has ended, or (from any machine, and those of older versions) untouched for an
 * hour. Nothing else is ever removed. Best effort: a folder we cannot list is left alone.
 */
export async function removeStaleTemps(dir: string, now = Date.now()): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  const here = hostTag();
  for (const n of names) {
    const ours = TEMP_PATTERN.exec(n);
    if (ours === null && !OLD_TEMP_PATTERN.test(n)) continue;
    const file = join(dir, n);
    const info = await lstatOrUndefined(file);
    if (info === undefined || !info.isFile()) continue;
    const deadHere = ours !== null && ours[1] === here && !processAlive(Number(ours[2]));
    if (!deadHere && now - info.mtimeMs < STALE_TEMP_MS) continue;
    await rm(file, { force: true }).then(
      () => removed.push(n),
      () => undefined,
    );
  }
  return removed;
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
