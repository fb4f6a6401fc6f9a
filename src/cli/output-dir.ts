import { existsSync, lstatSync, mkdirSync, statSync } from 'node:fs';
import { LakipError } from '../core/errors';

/**
 * Make sure an output folder exists, in one Indonesian sentence when it cannot: a file stands
 * where the folder should be, or the folder cannot be created (no permission, a read-only disk).
 * `shown` is the folder as the user typed it; `purpose` says what the folder is for.
 */
export function ensureOutputDir(dir: string, shown: string, purpose: string): void {
  if (existsSync(dir)) {
    if (statSync(dir).isDirectory()) return;
    throw new LakipError('usage', `"${shown}" adalah file, bukan folder; ${purpose}`);
  }
  try {
    mkdirSync(dir, { recursive: true });
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const why =
      code === 'EACCES' || code === 'EPERM'
        ? 'tidak ada izin menulis di sana'
        : code === 'EROFS'
          ? 'penyimpanannya hanya-baca'
          : code === 'ENOTDIR'
            ? 'salah satu bagian jalurnya adalah file'
            : 'penyimpanan menolaknya';
    throw new LakipError(
      'file/write-failed',
      `Folder "${shown}" tidak dapat dibuat (${why}); pilih folder lain yang dapat Anda tulisi.`,
      {
        cause,
      },
    );
  }
}

/**
 * The rule of every command that writes a new file: one that is there (maybe the user's own, or
 * a link) is replaced only with --force. `shown` is the file as the user would name it;
 * `instead` what to do otherwise.
 */
export function refuseOverwrite(
  file: string,
  force: boolean,
  shown: string,
  instead = 'Pilih nama lain',
): void {
  if (!force && lstatSync(file, { throwIfNoEntry: false }) !== undefined) {
    throw new LakipError(
      'file/exists',
      `File ${shown} sudah ada dan tidak ditimpa. ${instead} atau tambahkan --force untuk menimpanya.`,
    );
  }
}
