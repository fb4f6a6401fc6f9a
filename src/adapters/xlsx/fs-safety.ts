/**
 * What the CLI's saves share (CLI only): the reason and advice for a failed write, whether a
 * process is alive, this machine's tag, real paths, and Excel's / LibreOffice's owner files.
 */
import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { lstat, realpath, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { LakipError } from '../../core/errors';

export function errnoCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string'
    ? e.code
    : undefined;
}

/** Why a write failed, and what the user can do about it, by errno. */
const WRITE_REASONS: Record<string, { readonly reason: string; readonly advice: string }> = {
  ENOSPC: { reason: 'disk penuh', advice: 'kosongkan ruang di disk itu' },
  EDQUOT: { reason: 'kuota disk habis', advice: 'kosongkan ruang di kuota Anda' },
  EACCES: {
    reason: 'akses ke folder ditolak',
    advice: 'pastikan Anda boleh menulis di folder itu (atau simpan di folder lain)',
  },
  EPERM: {
    reason: 'akses ditolak atau file sedang dibuka program lain',
    advice: 'tutup file itu jika sedang dibuka di Excel dan pastikan folder dapat ditulis',
  },
  EBUSY: { reason: 'file sedang dibuka program lain', advice: 'tutup file itu di Excel atau program lain' },
  ENOENT: { reason: 'folder tidak ditemukan', advice: 'buat folder itu dulu atau pilih folder yang ada' },
  ENOTDIR: {
    reason: 'salah satu bagian jalurnya adalah file',
    advice: 'pilih folder yang benar',
  },
  EROFS: { reason: 'disk hanya dapat dibaca', advice: 'simpan di disk lain' },
  EISDIR: { reason: 'sudah ada folder dengan nama itu', advice: 'pilih nama file lain' },
  ENAMETOOLONG: { reason: 'nama file terlalu panjang', advice: 'pakai nama atau folder yang lebih pendek' },
};

const GENERIC_ADVICE =
  'tutup file itu jika sedang dibuka di Excel, pastikan folder dapat ditulis dan disk tidak penuh';

/** ` (disk penuh)` and its advice; an unknown errno gets every advice. */
export function writeReason(cause: unknown): { readonly reason: string; readonly advice: string } {
  const known = WRITE_REASONS[errnoCode(cause) ?? ''];
  return known ?? { reason: '', advice: GENERIC_ADVICE };
}

/** The sentence for a save that failed: the reason (by errno), that nothing changed, what to do. */
export function writeFailed(name: string, cause: unknown): LakipError {
  const { reason, advice } = writeReason(cause);
  return new LakipError(
    'file/write-failed',
    `File "${name}" gagal disimpan${reason === '' ? '' : ` (${reason})`} dan file lama tidak diubah; ${advice}, lalu coba lagi.`,
    { cause },
  );
}

/** Whether process `pid` runs on this machine (a process of another user counts as alive). */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errnoCode(e) === 'EPERM';
  }
}

/** Eight hex digits standing for this machine's name, for names of files we leave beside others. */
export function hostTag(): string {
  return createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
}

export function hostName(): string {
  return hostname();
}

/**
 * The file a save to `path` must replace: through a symbolic link (of the file or of any folder
 * on its way) the file it points to. A missing file or a dangling link stays `path` itself.
 */
export async function realTarget(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path;
  }
}

/** The file's `lstat`, or undefined when there is nothing at `path`. */
export async function lstatOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await lstat(path);
  } catch {
    return undefined;
  }
}

export async function statOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}

/**
 * Refuses (LakipError `file/write-failed`) to replace a workbook that is open in Excel or
 * LibreOffice: they leave an owner file beside it (`~$NAME.xlsx`, `.~lock.NAME.xlsx#`) while
 * it is open, and the user would lose either their unsaved edits there or our save. `path` is
 * checked under its own name and, through a link, beside the file it points to.
 */
export async function refuseIfOpenInOffice(path: string): Promise<void> {
  const places = new Set([path, await realTarget(path)]);
  for (const place of places) {
    const name = basename(place);
    const owners: readonly [string, string][] = [
      [`~$${name}`, 'Excel'],
      [`.~lock.${name}#`, 'LibreOffice'],
    ];
    for (const [owner, program] of owners) {
      if ((await lstatOrUndefined(join(dirname(place), owner))) === undefined) continue;
      throw new LakipError(
        'file/write-failed',
        `File "${basename(path)}" sedang dibuka di ${program} (ada file ${owner} di sebelahnya), jadi tidak disimpan agar isian yang belum disimpan di sana tidak hilang; simpan dan tutup file itu di ${program} lalu coba lagi (jika ${program} sudah ditutup, hapus file ${owner}).`,
      );
    }
  }
}
