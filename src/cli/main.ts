#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isLakipError } from '../core/errors';
import { parseArgs } from './args';
import { runConsolidate } from './commands/consolidate';
import { runDemo } from './commands/demo';
import { runExport } from './commands/export';
import { runFormat } from './commands/format';
import { runImport } from './commands/import';
import { runInit } from './commands/init';
import { runRekap } from './commands/rekap';
import { runValidate } from './commands/validate';
import { HELP_MAIN } from './help';
import { processIo, safeIo, type CliIo } from './io';

type Command = (args: ReturnType<typeof parseArgs>, io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  init: runInit,
  validate: runValidate,
  export: runExport,
  format: runFormat,
  consolidate: runConsolidate,
  import: runImport,
  rekap: runRekap,
  demo: runDemo,
};

/** The version in package.json (beside `src/` and `dist/` alike). */
export function cliVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
    version?: unknown;
  };
  return typeof pkg.version === 'string' ? pkg.version : 'tidak diketahui';
}

/** Run the CLI in-process; returns the exit code. Never throws. Every line printed is terminal-safe. */
export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<number> {
  const io = safeIo(rawIo);
  try {
    const args = parseArgs(argv);
    if (args.command === undefined && args.flags.has('version')) {
      io.out(`lakip ${cliVersion()}`);
      return 0;
    }
    if (args.command === undefined || args.command === 'help') {
      io.out(HELP_MAIN);
      return 0;
    }
    const command = COMMANDS[args.command];
    if (!command) {
      io.err(
        `Perintah "${args.command}" tidak dikenal. Perintah yang ada: ${Object.keys(COMMANDS).join(', ')}. Lihat: lakip --help`,
      );
      return 2;
    }
    return await command(args, io);
  } catch (e) {
    if (isLakipError(e)) {
      io.err(e.userMessage);
      return 2;
    }
    io.err(
      'Terjadi kesalahan internal yang tidak terduga; file Anda tidak diubah. Mohon laporkan kepada pengembang beserta perintah yang dijalankan.',
    );
    if (process.env.LAKIP_DEBUG) io.err(e instanceof Error ? (e.stack ?? e.message) : String(e));
    return 2;
  }
}

if (require.main === module) {
  void runCli(process.argv.slice(2), processIo()).then((code) => {
    process.exitCode = code;
  });
}
