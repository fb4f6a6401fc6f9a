import { LakipError } from '../core/errors';

export interface ParsedArgs {
  readonly command: string | undefined;
  readonly positional: readonly string[];
  readonly flags: ReadonlyMap<string, string | true>;
}

/** Flags that take a value (`--tahun 2017`, `-o out.xlsx`, `--tahun=2017`). */
const VALUE_FLAGS = new Set([
  'tahun',
  'unit',
  'kabupaten',
  'o',
  'output',
  'bagian',
  'docx',
  'ke',
  'peta',
  'triwulan',
]);
const ALIASES: Record<string, string> = { o: 'output', h: 'help', f: 'force', V: 'version' };

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    const m = /^--?([A-Za-z][\w-]*)(?:=(.*))?$/.exec(arg);
    if (!m) {
      positional.push(arg);
      continue;
    }
    const raw = m[1] as string;
    const name = ALIASES[raw] ?? raw;
    if (m[2] !== undefined) {
      flags.set(name, m[2]);
    } else if (VALUE_FLAGS.has(raw) || VALUE_FLAGS.has(name)) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('-')) {
        throw new LakipError(
          'usage',
          `Opsi ${arg} memerlukan nilai, mis. ${arg} ${raw === 'tahun' ? '2017' : 'NAMA'}.`,
        );
      }
      flags.set(name, value);
      i++;
    } else {
      flags.set(name, true);
    }
  }
  const [command, ...rest] = positional;
  return { command, positional: rest, flags };
}

export function flagString(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

export function flagBool(args: ParsedArgs, name: string): boolean {
  return args.flags.has(name);
}

/** Refuse flags a command does not know, in one sentence. */
export function checkFlags(args: ParsedArgs, allowed: readonly string[], command: string): void {
  for (const name of args.flags.keys()) {
    if (!allowed.includes(name) && name !== 'help') {
      throw new LakipError(
        'usage',
        `Opsi --${name} tidak dikenal untuk perintah ${command}. Lihat: lakip ${command} --help`,
      );
    }
  }
}

export function parseTahun(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 2000 || n > 2100) {
    throw new LakipError(
      'usage',
      `Tahun "${value}" tidak valid: tulis tahun empat angka antara 2000 dan 2100, mis. --tahun 2017.`,
    );
  }
  return n;
}
