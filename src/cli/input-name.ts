import { existsSync } from 'node:fs';
import path from 'node:path';
import { LakipError } from '../core/errors';

/**
 * An input named other than .xlsx: when the file exists, its content decides (the input guard
 * then says exactly what it is — an old .xls, a CSV … — and what to do); when it does not,
 * say that a tracker is an .xlsx file.
 */
export function checkInputName(fileArg: string, cwd: string, example: string): void {
  if (/\.xlsx$/i.test(fileArg) || existsSync(path.resolve(cwd, fileArg))) return;
  throw new LakipError(
    'usage',
    `"${fileArg}" bukan nama file .xlsx; sebutkan tracker .xlsx, mis. ${example}`,
  );
}
