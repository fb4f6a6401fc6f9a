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

export interface CliRun {
  readonly code: number;
  readonly out: string[];
  readonly err: string[];
}

/** Run `lakip argv…` in-process in `cwd`, capturing what it prints. */
export async function runCliIn(cwd: string, argv: readonly string[], now?: Date): Promise<CliRun> {
  const io = captureIo(cwd, now);
  const { runCli } = await import('./main');
  const code = await runCli(argv, io);
  return { code, out: io.stdout, err: io.stderr };
}
