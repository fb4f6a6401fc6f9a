/**
 * Package bombs through the CLI: small files inside every zip-directory limit that would make
 * exceljs or the streaming reader allocate without bound (a merge or a defined name over a
 * whole sheet, sheetId 2000000000, a row or column beyond Excel's grid, a value at XFD1048576
 * of every sheet). Every command that opens a tracker refuses them in one sentence naming the
 * file, the sheet and the cell or range (exit 2, the file untouched); `consolidate` skips such
 * a bagian file with that sentence and goes on.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { plantBomb, type PackageBomb } from '../../test/fixtures/hostile/package-bombs';
import { scanWorkbookBytes } from '../core/guard/package-scan';
import { runCliIn } from './test-io';

const MB = 1024 * 1024;
let dir: string;
let sample: Buffer;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'lakip-bombs-'));
  expect((await runCliIn(dir, ['init', 'sampel.xlsx', '--sample'])).code).toBe(0);
  sample = readFileSync(path.join(dir, 'sampel.xlsx'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const BOMBS: readonly { bomb: PackageBomb; file: string; sentence: RegExp }[] = [
  {
    bomb: 'merge',
    file: 'bom-gabung.xlsx',
    sentence:
      /^Lembar "Pengaturan" pada file "bom-gabung\.xlsx" berisi gabungan sel E30:XFD1048576 yang mencakup 17\.175\.199\.860 sel .*; buka di Excel, hapus gabungan sel itu .*, simpan lalu coba lagi\.$/,
  },
  {
    bomb: 'defined-name',
    file: 'bom-nama.xlsx',
    sentence:
      /^File "bom-nama\.xlsx" memiliki nama rentang "Bom" yang menunjuk Pengaturan!\$A\$1:\$XFD\$1048576 \(17\.179\.869\.184 sel, .*hapus atau perkecil nama itu \(Rumus > Pengelola Nama\), simpan lalu coba lagi\.$/,
  },
  {
    bomb: 'sheet-id',
    file: 'bom-sheetid.xlsx',
    sentence:
      /^Lembar "Pengaturan" pada file "bom-sheetid\.xlsx" bernomor internal \(sheetId\) 2000000000, di luar batas 65\.534 /,
  },
  {
    bomb: 'row',
    file: 'bom-baris.xlsx',
    sentence:
      /^Lembar "Pengaturan" pada file "bom-baris\.xlsx" berisi baris 300000000, di luar batas Excel \(1\.048\.576 baris/,
  },
  {
    bomb: 'column',
    file: 'bom-kolom.xlsx',
    sentence:
      /^Lembar "Pengaturan" pada file "bom-kolom\.xlsx" berisi sel ZZZZZZ1048000, di luar batas Excel .*16\.384 kolom sampai XFD/,
  },
  {
    bomb: 'far-corner',
    file: 'bom-sudut.xlsx',
    sentence:
      /^File "bom-sudut\.xlsx" terlalu panjang atau lebar untuk diolah dengan aman: sampai baris 1\.048\.576 di lembar "[^"]+" isinya .*melewati 6\.000\.000 sel; hapus baris dan kolom kosong/,
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

describe.each(BOMBS)('$bomb ($file)', ({ bomb, file, sentence }) => {
  let bytes: Uint8Array;
  beforeAll(() => {
    bytes = plantBomb(sample, bomb);
    writeFileSync(path.join(dir, file), bytes);
  });

  test('small, inside every zip-directory limit, and refused by the core scan', () => {
    expect(bytes.length).toBeLessThan(2 * MB);
    const verdict = scanWorkbookBytes(bytes, file);
    expect(verdict.ok ? '' : verdict.userMessage).toMatch(sentence);
  });

  test.each(COMMANDS.map((c) => [c.join(' '), c] as const))(
    'lakip %s: exit 2, the sentence, the file untouched',
    async (_n, command) => {
      const [verb, ...flags] = command;
      const files = readdirSync(dir).sort();
      const run = await runCliIn(dir, [verb ?? '', file, ...flags]);
      expect(run.code).toBe(2);
      expect(run.out).toEqual([]);
      expect(run.err).toHaveLength(1);
      expect(run.err[0]).toMatch(sentence);
      expect(readFileSync(path.join(dir, file)).equals(bytes)).toBe(true);
      expect(readdirSync(dir).sort()).toEqual(files);
    },
  );

  test('lakip consolidate with it as a bagian file: skipped with the sentence, the tracker still consolidated', async () => {
    const tracker = path.join(dir, `tracker-${bomb}.xlsx`);
    writeFileSync(tracker, sample);
    const run = await runCliIn(dir, ['consolidate', path.basename(tracker), file]);
    expect(run.code).toBeLessThan(2);
    const printed = [...run.out, ...run.err].join('\n');
    expect(printed).toContain(file);
    expect(printed).toMatch(new RegExp(sentence.source.replace(/^\^/, '').replace(/\$$/, '')));
    rmSync(tracker);
    for (const f of readdirSync(dir)) if (f.includes('sebelum-konsolidasi')) rmSync(path.join(dir, f));
  });
});

test('memory stays bounded: every bomb through validate, export and validate --report', async () => {
  const memDir = path.join(dir, 'mem');
  mkdirSync(memDir);
  for (const { bomb, file } of BOMBS) writeFileSync(path.join(memDir, file), plantBomb(sample, bomb));
  global.gc?.();
  const rss0 = process.memoryUsage().rss;
  for (const { file, sentence } of BOMBS) {
    for (const command of [['validate'], ['export'], ['validate', '--report']]) {
      const run = await runCliIn(memDir, [command[0] ?? '', file, ...command.slice(1)]);
      expect(run.code).toBe(2);
      expect(run.err[0]).toMatch(sentence);
    }
  }
  // Without the scan each of these exhausts a 1 GB heap (or, for the sheetId, never ends). The
  // far-corner file is the costly one: the streaming reader holds five sheets of empty rows
  // (about five million) before the sixth crosses the limit.
  expect((process.memoryUsage().rss - rss0) / MB).toBeLessThan(300);
});
