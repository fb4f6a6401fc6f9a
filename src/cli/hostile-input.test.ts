/**
 * Files as they arrive by email and USB stick — empty, CSV, password-protected, old .xls,
 * cut short, a zip bomb, a Word document, far too large — given to every command that opens
 * a tracker: exit 2, one Indonesian sentence on stderr and nothing else, the file byte for
 * byte as it was, no file left behind. And a save that fails halfway leaves the tracker it
 * was replacing intact and readable.
 */
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { buildZip } from '../../test/fixtures/hostile/build';
import { cutShort, zipBomb } from '../../test/fixtures/hostile/zip-bomb';
import * as xlsxFile from '../adapters/xlsx/file';
import type { ErrorCode } from '../core/errors';
import { readSnapshotStreaming } from '../adapters/xlsx/stream-read';
import type { CliIo } from './io';
import { runCli } from './main';

const HOSTILE = path.join(__dirname, '..', '..', 'test', 'fixtures', 'hostile');
const MB = 1024 * 1024;

interface Run {
  readonly code: number;
  readonly out: string[];
  readonly err: string[];
}

let dir: string;
let sample: Buffer;
/** The sample as an older tracker: without its Bagian sheet, so that init has something to add. */
let older: Buffer;

async function cli(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    cwd: dir,
    now: new Date('2018-02-10T08:00:00Z'),
  };
  return { code: await runCli(argv, io), out, err };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'lakip-hostile-'));
  expect((await cli('init', 'sampel.xlsx', '--sample')).code).toBe(0);
  sample = readFileSync(path.join(dir, 'sampel.xlsx'));
  rmSync(path.join(dir, 'sampel.xlsx'));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(sample as unknown as ExcelJS.Buffer);
  const bagian = book.getWorksheet('Bagian');
  if (bagian !== undefined) book.removeWorksheet(bagian.id);
  older = Buffer.from(await book.xlsx.writeBuffer());
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

interface Hostile {
  readonly file: string;
  readonly code: ErrorCode;
  /** What the sentence must say (what is wrong and what to do). */
  readonly sentence: RegExp;
  readonly make: () => Promise<void> | void;
}

const put = (name: string, bytes: Uint8Array) => (): void => writeFileSync(path.join(dir, name), bytes);

const HOSTILE_FILES: readonly Hostile[] = [
  {
    file: 'kosong.xlsx',
    code: 'file/empty',
    sentence: /kosong \(0 byte\); pilih file \.xlsx yang berisi data/,
    make: put('kosong.xlsx', new Uint8Array()),
  },
  {
    file: 'data.xlsx',
    code: 'file/csv',
    sentence: /berformat CSV .*; buka di Excel lalu simpan sebagai "Buku Kerja Excel \(\.xlsx\)"/,
    make: put('data.xlsx', new TextEncoder().encode('Kode Indikator;Realisasi\nIK-01;85,5\nIK-02;90\n')),
  },
  {
    file: 'terkunci.xlsx',
    code: 'file/encrypted',
    sentence: /dilindungi kata sandi; .*hapus kata sandi itu.*simpan ulang sebagai \.xlsx/,
    make: () => copyFileSync(path.join(HOSTILE, 'terkunci.xlsx'), path.join(dir, 'terkunci.xlsx')),
  },
  {
    file: 'lama.xlsx',
    code: 'file/xls',
    sentence:
      /berformat \.xls lama \(Excel 97–2003\); buka di Excel lalu simpan ulang sebagai "Buku Kerja Excel \(\.xlsx\)"/,
    make: () => copyFileSync(path.join(HOSTILE, 'lama.xls'), path.join(dir, 'lama.xlsx')),
  },
  {
    file: 'terpotong.xlsx',
    code: 'file/damaged',
    sentence: /terpotong \(akhir arsipnya tidak ada\).*; unduh atau salin ulang file itu/,
    make: () => put('terpotong.xlsx', cutShort(sample, 0.6))(),
  },
  {
    file: 'bom.xlsx',
    code: 'file/too-large',
    sentence:
      /mengembang [\d.]+ kali lipat saat dibuka \(batas 100 kali\).*; jangan dibuka dan minta salinan baru/,
    make: async () =>
      put(
        'bom.xlsx',
        await zipBomb(
          readFileSync(path.join(__dirname, '..', '..', 'test', 'fixtures', 'libreoffice-basics.xlsx')),
        ),
      )(),
  },
  {
    file: 'surat.xlsx',
    code: 'file/not-xlsx',
    sentence: /adalah dokumen Word \(\.docx\), bukan buku kerja Excel; pilih file tracker \.xlsx yang benar/,
    make: put(
      'surat.xlsx',
      buildZip([
        { name: '[Content_Types].xml', data: '<Types/>' },
        { name: 'word/document.xml', data: '<w:document/>' },
      ]),
    ),
  },
  {
    file: 'besar.xlsx',
    code: 'file/too-large',
    sentence: /terlalu besar \(60,0 MB, batas 50,0 MB\); hapus lembar atau data yang tidak diperlukan/,
    make: () => {
      // Sparse: 60 MB by its size, nothing on disk. It must be refused from its size alone.
      writeFileSync(path.join(dir, 'besar.xlsx'), sample.subarray(0, 4));
      truncateSync(path.join(dir, 'besar.xlsx'), 60 * MB);
    },
  },
];

const COMMANDS: readonly (readonly string[])[] = [
  ['validate'],
  ['validate', '--json'],
  ['validate', '--report'],
  ['export'],
  ['export', '-o', 'keluaran.xlsx'],
  ['export', '--json'],
  ['init'],
  ['format', '--all', '--sheet'],
];

describe.each(HOSTILE_FILES)('$file ($code)', (hostile) => {
  let before: Buffer;
  beforeAll(async () => {
    await hostile.make();
    before = readFileSync(path.join(dir, hostile.file));
  });

  test.each(COMMANDS.map((c) => [c.join(' '), c] as const))(
    'lakip %s: exit 2, one sentence, the file untouched',
    async (_name, command) => {
      const [verb, ...flags] = command;
      const files = readdirSync(dir).sort();
      const run = await cli(verb ?? '', hostile.file, ...flags);
      expect(run.code).toBe(2);
      expect(run.out).toEqual([]);
      expect(run.err).toHaveLength(1);
      const sentence = run.err[0] ?? '';
      expect(sentence).toMatch(new RegExp(`^File "${hostile.file.replace('.', '\\.')}" `));
      expect(sentence).toMatch(hostile.sentence);
      expect(sentence).toMatch(/^[^\n]+\.$/);
      expect(sentence.slice(0, -1)).not.toMatch(/\.\s/); // one sentence
      expect(readFileSync(path.join(dir, hostile.file)).equals(before)).toBe(true);
      expect(readdirSync(dir).sort()).toEqual(files);
    },
  );
});

describe('memory stays bounded', () => {
  test('the zip bomb (400 MB once inflated) is refused from its directory, with no inflating', async () => {
    const bomb = HOSTILE_FILES.find((h) => h.file === 'bom.xlsx') as Hostile;
    await bomb.make();
    global.gc?.();
    const rss0 = process.memoryUsage().rss;
    for (const command of [['validate'], ['export'], ['validate', '--report']]) {
      expect((await cli(command[0] ?? '', 'bom.xlsx', ...command.slice(1))).code).toBe(2);
    }
    const grown = (process.memoryUsage().rss - rss0) / MB;
    // exceljs would need more than a gigabyte for this file; the guard reads 1.5 MB of it.
    expect(grown).toBeLessThan(64);
  });
});

describe('a save that fails halfway leaves the previous file intact and readable', () => {
  const realSave = xlsxFile.saveBytesAtomic;

  /** Every save writes half its bytes, then the disk is full. */
  function failHalfway(): jest.SpyInstance {
    return jest.spyOn(xlsxFile, 'saveBytesAtomic').mockImplementation((data, target) =>
      realSave(data, target, {
        write: async (handle, data) => {
          await handle.write(data, 0, Math.floor(data.length / 2));
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        },
      }),
    );
  }

  afterEach(() => {
    jest.restoreAllMocks();
  });

  test.each([
    ['validate --report', ['validate', 'tracker.xlsx', '--report']],
    ['export', ['export', 'tracker.xlsx']],
    ['export -o', ['export', 'tracker.xlsx', '-o', 'lakip.xlsx']],
    ['init (an upgrade in place)', ['init', 'tracker.xlsx']],
  ])('lakip %s', async (name, argv) => {
    const tracker = path.join(dir, 'tracker.xlsx');
    const start = name.startsWith('init') ? older : sample;
    writeFileSync(tracker, start);
    const files = readdirSync(dir).sort();
    const spy = failHalfway();
    const run = await cli(...argv);
    expect(spy).toHaveBeenCalled();
    expect(run.code).toBe(2);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(
      /gagal disimpan \(disk penuh\) dan file lama tidak diubah; .*lalu coba lagi\.$/,
    );
    expect(readFileSync(tracker).equals(start)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(files); // no temporary file, no half-written output
    spy.mockRestore();
    const snapshot = await readSnapshotStreaming(tracker);
    expect(snapshot.sheets.length).toBeGreaterThan(15);
    expect((await cli('validate', 'tracker.xlsx', '--json')).code).toBeLessThan(2);
    rmSync(tracker);
  });
});
