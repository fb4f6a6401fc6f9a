/** An in-memory CliIo for command tests. */
import type { CliIo } from './io';

export interface CapturedIo extends CliIo {
  readonly stdout: string[];
  readonly stderr: string[];
}

export function captureIo(cwd: string, now = new Date('2018-01-15T08:00:00Z')): CapturedIo {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { out: (l) => stdout.push(l), err: (l) => stderr.push(l), cwd, now, stdout, stderr };
}
