import { terminalSafe } from './terminal-text';

/** What a command needs from the outside world, so tests can run commands in-process. */
export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly cwd: string;
  /** Today's date, for defaults such as the reporting year. */
  readonly now: Date;
}

/** The same io with every printed line made safe for a terminal (`terminalSafe`). */
export function safeIo(io: CliIo): CliIo {
  return {
    out: (line) => io.out(terminalSafe(line)),
    err: (line) => io.err(terminalSafe(line)),
    cwd: io.cwd,
    now: io.now,
  };
}

/** The part of a stream `processIo` needs: write, and be told of an error. */
export interface OutputStream {
  write(text: string): unknown;
  on(event: 'error', listener: (e: Error) => void): unknown;
}

/**
 * Lines to a stream that the reader may close early (`lakip validate … | head -1`): once the
 * pipe is closed (EPIPE) the rest is dropped without a word, and the command still finishes —
 * a save under way is completed — and exits with its own code. Any other error of the stream is
 * dropped too: there is nowhere left to say it.
 */
export function lineWriter(stream: OutputStream): (line: string) => void {
  let closed = false;
  stream.on('error', () => {
    closed = true;
  });
  return (line) => {
    if (!closed) stream.write(`${line}\n`);
  };
}

export function processIo(): CliIo {
  return {
    out: lineWriter(process.stdout),
    err: lineWriter(process.stderr),
    cwd: process.cwd(),
    now: new Date(),
  };
}
