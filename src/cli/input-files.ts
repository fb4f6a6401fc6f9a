/**
 * The files a command's arguments stand for: each argument a file, or a folder standing for
 * its .xlsx files (sorted; Excel's `~$` lock files and hidden files left out). `lakip
 * consolidate` and `lakip rekap` read their many inputs through it.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { LakipError } from '../core/errors';
import { isSameFile } from './same-file';

export interface InputFile {
  readonly path: string;
  /** As the user named it: the argument, or the file's name when it came from a folder. */
  readonly shown: string;
}

/** The .xlsx files of a folder (sorted), leaving out Excel's lock files and hidden files. */
function xlsxFilesOf(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => /\.xlsx$/i.test(n) && !n.startsWith('~$') && !n.startsWith('.'))
    .sort()
    .map((n) => path.join(dir, n));
}

/**
 * Every file the arguments name, each once (the same file named twice, or through a link, is
 * one input). A file that is the command's own (`own`: the tracker, its backup, the output) is
 * skipped silently in a folder and refused when named, with `ownRefusal(arg)`. A missing file
 * stays in the list: the reader reports it in its one sentence while the others are still read.
 */
export function inputFiles(
  args: readonly string[],
  cwd: string,
  own: (file: string) => boolean,
  ownRefusal: (arg: string) => string,
): InputFile[] {
  const inputs: InputFile[] = [];
  for (const arg of args) {
    const p = path.resolve(cwd, arg);
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      isDir = false;
    }
    for (const f of isDir ? xlsxFilesOf(p) : [p]) {
      if (own(f)) {
        if (isDir) continue;
        throw new LakipError('usage', ownRefusal(arg));
      }
      if (!inputs.some((x) => isSameFile(x.path, f)))
        inputs.push({ path: f, shown: isDir ? path.basename(f) : arg });
    }
  }
  return inputs;
}
