import { statSync } from 'node:fs';
import path from 'node:path';
import { LakipError } from '../core/errors';

/**
 * Whether two paths name one file: the same name, or — through a symbolic link of the file or
 * of a folder on its way, a hard link, or a case-insensitive disk — the same device and inode.
 * A path that does not exist is no other file.
 */
export function isSameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const x = statSync(a, { bigint: true });
    const y = statSync(b, { bigint: true });
    return x.ino !== 0n && x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/**
 * Refuses an output that is the tracker itself, in one sentence, before anything is written
 * (with --force the tracker would otherwise be replaced by the output).
 */
export function refuseTrackerAsOutput(
  tracker: string,
  trackerShown: string,
  output: string,
  outputShown: string,
): void {
  if (!isSameFile(output, tracker)) return;
  const how = path.resolve(output) === path.resolve(tracker) ? '' : ' (lewat tautan/symlink atau hard link)';
  throw new LakipError(
    'usage',
    `Keluaran ${outputShown} adalah file tracker itu sendiri${how}; keluaran tidak boleh sama dengan tracker ${trackerShown}: pilih nama file lain.`,
  );
}
