/**
 * Hostile and unlucky folders and outputs (issue #16, round 2): links that point an output at
 * the tracker, a planted link in the backup's place, read-only trackers, a full disk during the
 * backup, two runs at once, a workbook open in Excel, the demo over the user's own file, bagian
 * codes that make one file name, left-over temporary files, control characters in cells, and a
 * closed pipe. Every case: what is refused is refused in one sentence and nothing is changed.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import * as xlsxFile from '../adapters/xlsx/file';
import { hostTag } from '../adapters/xlsx/fs-safety';
import { openXlsxFile } from '../adapters/xlsx/file';
import { sampleValues } from '../../test/support/format-fixtures';
import { readTable } from '../core/read/read-table';
import { findSchemaSheet } from '../core/read/tracker';
import { SCHEMAS } from '../core/schema/registry';
import { runCliIn, type CliRun } from './test-io';

const ROOT = process.getuid?.() === 0;
const SAMPLE = sampleValues();
const formatName = (kode: string): string => `format-data-kinerja-2017-${kode}.xlsx`;

let base: string;
/** The sample tracker's bytes. */
let sample: Buffer;
/** The sample with an empty Data Kinerja, and formats made from it, filled: `isi/…`. */
let empty: Buffer;
let dir: string;
let n = 0;

async function cli(...argv: string[]): Promise<CliRun> {
  return runCliIn(dir, argv, new Date(2018, 0, 15, 9, 30, 0));
}
const at = (...parts: string[]): string => path.join(dir, ...parts);

async function edit(file: string, change: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  change(wb);
  await wb.xlsx.writeFile(file);
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (ws === undefined) throw new Error(`no sheet ${name}`);
  return ws;
}

/** Column of a header label in row 5 (a trailing `*` ignored). */
function colOf(ws: ExcelJS.Worksheet, label: string): number {
  let found = 0;
  ws.getRow(5).eachCell((cell, col) => {
    if (typeof cell.value === 'string' && cell.value.replace(/\s*\*$/, '') === label) found = col;
  });
  if (found === 0) throw new Error(`no column ${label}`);
  return found;
}

const LABEL = new Map(SCHEMAS.dataKinerja.columns.map((c) => [c.key, c.label]));

/** Fills a format's Data Kinerja as a bagian does: the sample's values. */
function fill(ws: ExcelJS.Worksheet): void {
  const kodeCol = colOf(ws, 'Kode Indikator');
  for (let r = 6; r <= ws.rowCount; r++) {
    const kode = ws.getCell(r, kodeCol).value;
    if (typeof kode !== 'string') continue;
    for (const [key, value] of Object.entries(SAMPLE.get(kode) ?? {})) {
      ws.getCell(r, colOf(ws, LABEL.get(key) ?? key)).value = value as ExcelJS.CellValue;
    }
  }
}

/** The Kode Indikator of the tracker's Data Kinerja rows. */
async function dataKinerjaKodes(file: string): Promise<string[]> {
  const snapshot = (await openXlsxFile(file)).snapshot;
  const dk = findSchemaSheet(snapshot, SCHEMAS.dataKinerja);
  if (dk === undefined) throw new Error('no Data Kinerja');
  return readTable(dk, SCHEMAS.dataKinerja)
    .rows.map((r) => r.raw.get('kodeIndikator'))
    .filter((k): k is string => typeof k === 'string')
    .sort();
}

function expectOneSentence(run: CliRun, pattern: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.err).toHaveLength(1);
  expect(run.err[0]).toMatch(pattern);
  expect(run.err[0]).not.toMatch(/\n| {4}at /);
}

beforeAll(async () => {
  base = mkdtempSync(path.join(tmpdir(), 'lakip-hostile-files-'));
  dir = base;
  expect((await cli('init', 'sample.xlsx', '--sample')).code).toBe(0);
  sample = readFileSync(at('sample.xlsx'));
  await edit(at('sample.xlsx'), (wb) => {
    const ws = sheet(wb, 'Data Kinerja');
    for (let r = 6; r <= 12; r++) for (let c = 1; c <= 16; c++) ws.getCell(r, c).value = null;
  });
  empty = readFileSync(at('sample.xlsx'));
  expect((await cli('format', 'sample.xlsx', '--all', '-o', 'isi')).code).toBe(0);
  for (const kode of ['PEM', 'PMD'])
    await edit(at('isi', formatName(kode)), (wb) => fill(sheet(wb, 'Data Kinerja')));
}, 120_000);

afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

/** Each test in its own folder, with the sample tracker as `tracker.xlsx` (or the one given). */
beforeEach(() => {
  dir = path.join(base, `t${++n}`);
  mkdirSync(dir);
  writeFileSync(at('tracker.xlsx'), sample);
});

describe('an output that is the tracker itself, through a link, is refused (nothing written)', () => {
  test('export -o through a symlinked folder, with --force', async () => {
    symlinkSync('.', at('lewat'));
    const run = await cli('export', 'tracker.xlsx', '-o', path.join('lewat', 'tracker.xlsx'), '--force');
    expectOneSentence(
      run,
      /^Keluaran lewat\/tracker\.xlsx adalah file tracker itu sendiri \(lewat tautan\/symlink atau hard link\); .*pilih nama file lain\.$/,
    );
    expect(readFileSync(at('tracker.xlsx')).equals(sample)).toBe(true);
  });

  test('export -o a hard link of the tracker, with --force', async () => {
    linkSync(at('tracker.xlsx'), at('salinan.xlsx'));
    const run = await cli('export', 'tracker.xlsx', '-o', 'salinan.xlsx', '--force');
    expectOneSentence(run, /^Keluaran salinan\.xlsx adalah file tracker itu sendiri/);
    expect(readFileSync(at('tracker.xlsx')).equals(sample)).toBe(true);
  });

  test('export --docx a symlink to the tracker, with --force', async () => {
    symlinkSync('tracker.xlsx', at('lakip.docx'));
    const run = await cli('export', 'tracker.xlsx', '--docx', 'lakip.docx', '--force');
    expectOneSentence(run, /^Keluaran lakip\.docx adalah file tracker itu sendiri/);
    expect(readFileSync(at('tracker.xlsx')).equals(sample)).toBe(true);
  });

  test('format --bagian -o through a symlinked folder, and format --all into a folder whose format is a link to the tracker', async () => {
    symlinkSync('.', at('lewat'));
    const one = await cli(
      'format',
      'tracker.xlsx',
      '--bagian',
      'PEM',
      '-o',
      path.join('lewat', 'tracker.xlsx'),
      '--force',
    );
    expectOneSentence(one, /adalah file tracker itu sendiri/);
    mkdirSync(at('semua'));
    symlinkSync(path.join('..', 'tracker.xlsx'), at('semua', formatName('PEM')));
    const all = await cli('format', 'tracker.xlsx', '--all', '-o', 'semua', '--force');
    expectOneSentence(
      all,
      /^Keluaran semua\/format-data-kinerja-2017-PEM\.xlsx adalah file tracker itu sendiri/,
    );
    expect(readFileSync(at('tracker.xlsx')).equals(sample)).toBe(true);
  });

  test('demo --force with its .docx a link to the user’s file: the link is replaced, the file untouched', async () => {
    mkdirSync(at('demo'));
    symlinkSync(path.join('..', 'tracker.xlsx'), at('demo', 'lakip-pasrujambe-2017.docx'));
    const run = await cli('demo', 'demo', '--force');
    expect(run.code).toBe(0);
    expect(readFileSync(at('tracker.xlsx')).equals(sample)).toBe(true);
    expect(lstatSync(at('demo', 'lakip-pasrujambe-2017.docx')).isSymbolicLink()).toBe(false);
  });

  test('a tracker that is itself a symlink is saved into the file it points to; the link stays', async () => {
    mkdirSync(at('asli'));
    writeFileSync(at('asli', 'tracker.xlsx'), sample);
    symlinkSync(path.join('asli', 'tracker.xlsx'), at('pintas.xlsx'));
    const run = await cli('export', 'pintas.xlsx');
    expect(run.code).toBe(0);
    expect(lstatSync(at('pintas.xlsx')).isSymbolicLink()).toBe(true);
    expect(readFileSync(at('asli', 'tracker.xlsx')).equals(sample)).toBe(false);
    expect((await openXlsxFile(at('asli', 'tracker.xlsx'))).snapshot.sheets.map((s) => s.name)).toContain(
      'LAKIP Capaian',
    );
  });
});

describe('consolidate: the backup', () => {
  test('a symlink in the backup’s place is replaced by the backup; the file it pointed to is not written', async () => {
    writeFileSync(at('tracker.xlsx'), empty);
    writeFileSync(at('lain.xlsx'), 'isi milik orang lain');
    symlinkSync('lain.xlsx', at('tracker.sebelum-konsolidasi.xlsx'));
    const run = await cli('consolidate', 'tracker.xlsx', path.join(base, 'isi', formatName('PEM')));
    expect(run.code).toBe(0);
    expect(readFileSync(at('lain.xlsx'), 'utf8')).toBe('isi milik orang lain');
    expect(lstatSync(at('tracker.sebelum-konsolidasi.xlsx')).isSymbolicLink()).toBe(false);
    expect(readFileSync(at('tracker.sebelum-konsolidasi.xlsx')).equals(empty)).toBe(true);
  });

  test('the backup gets the tracker’s permissions (a private tracker does not get a readable backup)', async () => {
    writeFileSync(at('tracker.xlsx'), empty);
    chmodSync(at('tracker.xlsx'), 0o600);
    const run = await cli('consolidate', 'tracker.xlsx', path.join(base, 'isi', formatName('PEM')));
    expect(run.code).toBe(0);
    expect(statSync(at('tracker.sebelum-konsolidasi.xlsx')).mode & 0o777).toBe(0o600);
    expect(statSync(at('tracker.xlsx')).mode & 0o777).toBe(0o600);
  });

  test('disk full while writing the new backup: the older backup and the tracker are kept, nothing left behind', async () => {
    writeFileSync(at('tracker.xlsx'), empty);
    writeFileSync(at('tracker.sebelum-konsolidasi.xlsx'), 'cadangan lama');
    const files = readdirSync(dir).sort();
    const real = xlsxFile.saveBytesAtomic;
    const spy = jest.spyOn(xlsxFile, 'saveBytesAtomic').mockImplementation((data, target, opts) =>
      real(data, target, {
        ...opts,
        write: async (handle, bytes) => {
          await handle.write(bytes, 0, Math.floor(bytes.length / 2));
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        },
      }),
    );
    try {
      const run = await cli('consolidate', 'tracker.xlsx', path.join(base, 'isi', formatName('PEM')));
      expect(spy).toHaveBeenCalled();
      expectOneSentence(
        run,
        /^Salinan cadangan tracker\.sebelum-konsolidasi\.xlsx tidak dapat dibuat \(disk penuh\), jadi tracker tidak diubah dan salinan cadangan yang lama tetap ada; kosongkan ruang di disk itu, lalu coba lagi\.$/,
      );
    } finally {
      spy.mockRestore();
    }
    expect(readFileSync(at('tracker.sebelum-konsolidasi.xlsx'), 'utf8')).toBe('cadangan lama');
    expect(readFileSync(at('tracker.xlsx')).equals(empty)).toBe(true);
    // No temporary file and no lock file left.
    expect(readdirSync(dir).sort()).toEqual(files);
  });
});

/** A small tmpfs of `kb` KB at `where`, when this machine lets us mount one (root, with the right); else false. */
function mountTmpfs(where: string, kb: number): boolean {
  if (!ROOT || process.platform !== 'linux') return false;
  mkdirSync(where, { recursive: true });
  return (
    spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${kb}k`, 'tmpfs', where], { stdio: 'ignore' }).status === 0
  );
}

describe('consolidate on a disk that is really full (a small tmpfs)', () => {
  test('the new backup does not fit: the older backup and the tracker are kept, nothing left behind', async () => {
    const disk = at('disk');
    // Room for the tracker, the older backup and the lock, not for a second copy of the tracker.
    const kb = Math.ceil(empty.length / 4096) * 4 + 64;
    if (!mountTmpfs(disk, kb)) {
      console.warn(
        'tmpfs cannot be mounted here: the real full-disk test is skipped (the injected one runs)',
      );
      return;
    }
    try {
      writeFileSync(path.join(disk, 'tracker.xlsx'), empty);
      writeFileSync(path.join(disk, 'tracker.sebelum-konsolidasi.xlsx'), 'cadangan lama');
      const files = readdirSync(disk).sort();
      const run = await runCliIn(disk, [
        'consolidate',
        'tracker.xlsx',
        path.join(base, 'isi', formatName('PEM')),
      ]);
      expect(readFileSync(path.join(disk, 'tracker.sebelum-konsolidasi.xlsx'), 'utf8')).toBe('cadangan lama');
      expect(readFileSync(path.join(disk, 'tracker.xlsx')).equals(empty)).toBe(true);
      expect(readdirSync(disk).sort()).toEqual(files);
      expectOneSentence(
        run,
        /^Salinan cadangan tracker\.sebelum-konsolidasi\.xlsx tidak dapat dibuat \(disk penuh\)/,
      );
    } finally {
      spawnSync('umount', [disk], { stdio: 'ignore' });
    }
  });
});

describe('a read-only tracker is not replaced', () => {
  test.each([
    ['validate --report', ['validate', 'tracker.xlsx', '--report']],
    ['export', ['export', 'tracker.xlsx']],
    ['format --sheet', ['format', 'tracker.xlsx', '--all', '--sheet']],
    ['consolidate', ['consolidate', 'tracker.xlsx', 'PEM']],
  ])('lakip %s', async (name, argv) => {
    if (name === 'consolidate') {
      writeFileSync(at('tracker.xlsx'), empty);
      symlinkSync(path.join(base, 'isi', formatName('PEM')), at('PEM'));
    }
    const start = readFileSync(at('tracker.xlsx'));
    chmodSync(at('tracker.xlsx'), 0o444);
    const before = readdirSync(dir).sort();
    const run = await cli(...argv);
    expect(run.code).toBe(2);
    expect(run.err).toEqual([
      'File "tracker.xlsx" hanya-baca, jadi tidak ditimpa dan tidak diubah; hapus tanda hanya-baca file itu (Properti file di Windows, atau chmod u+w) atau simpan dengan nama lain, lalu coba lagi.',
    ]);
    expect(readFileSync(at('tracker.xlsx')).equals(start)).toBe(true);
    expect(statSync(at('tracker.xlsx')).mode & 0o777).toBe(0o444);
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  (ROOT ? test : test.skip)('as root, a tracker of another user stays theirs after the save', async () => {
    chownSync(at('tracker.xlsx'), 4321, 4322);
    chmodSync(at('tracker.xlsx'), 0o664);
    expect((await cli('export', 'tracker.xlsx')).code).toBe(0);
    const st = statSync(at('tracker.xlsx'));
    expect([st.uid, st.gid, st.mode & 0o777]).toEqual([4321, 4322, 0o664]);
    expect(readFileSync(at('tracker.xlsx')).equals(sample)).toBe(false);
  });
});

describe('one save of a tracker at a time', () => {
  test('two consolidate runs at once: exactly one saves, the other is refused in a sentence; no row is lost', async () => {
    writeFileSync(at('tracker.xlsx'), empty);
    const [a, b] = await Promise.all([
      cli('consolidate', 'tracker.xlsx', path.join(base, 'isi', formatName('PEM'))),
      cli('consolidate', 'tracker.xlsx', path.join(base, 'isi', formatName('PMD'))),
    ]);
    const runs = [a, b] as const;
    const saved = runs.filter((r) => r.out.some((l) => l.startsWith('Tracker disimpan: tracker.xlsx')));
    const refused = runs.filter((r) => r.code === 2);
    expect(saved).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]?.out).toEqual([]);
    expect(refused[0]?.err).toHaveLength(1);
    expect(refused[0]?.err[0]).toMatch(
      new RegExp(
        `^File "tracker\\.xlsx" sedang dipakai perintah lakip lain \\(proses ${process.pid} di komputer .+, sejak \\d\\d/\\d\\d/\\d{4}.*\\), jadi perintah ini tidak menyimpannya agar tidak ada isian yang hilang; tunggu perintah itu selesai lalu coba lagi \\(jika tidak ada yang sedang berjalan, hapus file ~lakip-kunci\\.tracker\\.xlsx\\.lock\\)\\.$`,
      ),
    );
    // What was said to be saved is in the tracker; the lock is gone.
    const winner = saved[0] === a ? 'PEM' : 'PMD';
    const loser = winner === 'PEM' ? 'PMD' : 'PEM';
    const kodesOf = async (kode: string): Promise<string[]> =>
      dataKinerjaKodes(path.join(base, 'isi', formatName(kode)));
    expect(await dataKinerjaKodes(at('tracker.xlsx'))).toEqual(await kodesOf(winner));
    expect(existsSync(at('~lakip-kunci.tracker.xlsx.lock'))).toBe(false);
    // The refused run, run again, adds its rows to the first run's.
    expect((await cli('consolidate', 'tracker.xlsx', path.join(base, 'isi', formatName(loser)))).code).toBe(
      0,
    );
    expect(await dataKinerjaKodes(at('tracker.xlsx'))).toEqual(
      [...(await kodesOf('PEM')), ...(await kodesOf('PMD'))].sort(),
    );
  });

  test('a lock held by a live run refuses init, validate --report, export and format --sheet', async () => {
    const lock = JSON.stringify({
      pid: process.pid,
      host: hostname(),
      time: new Date().toISOString(),
      token: 'x',
    });
    writeFileSync(at('~lakip-kunci.tracker.xlsx.lock'), lock);
    for (const argv of [
      ['init', 'tracker.xlsx'],
      ['validate', 'tracker.xlsx', '--report'],
      ['export', 'tracker.xlsx'],
      ['format', 'tracker.xlsx', '--all', '--sheet'],
    ]) {
      expectOneSentence(await cli(...argv), /^File "tracker\.xlsx" sedang dipakai perintah lakip lain/);
    }
    expect(readFileSync(at('~lakip-kunci.tracker.xlsx.lock'), 'utf8')).toBe(lock);
    expect(readFileSync(at('tracker.xlsx')).equals(sample)).toBe(true);
    // Reading does not need the lock.
    expect((await cli('validate', 'tracker.xlsx')).code).toBeLessThan(2);
  });

  test('a lock left by a run that was killed (its process has ended) is taken over', async () => {
    const dead = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, ['-e', '0']);
      child.on('exit', () => resolve(child.pid ?? 0));
    });
    writeFileSync(
      at('~lakip-kunci.tracker.xlsx.lock'),
      JSON.stringify({ pid: dead, host: hostname(), time: new Date().toISOString(), token: 'x' }),
    );
    const run = await cli('validate', 'tracker.xlsx', '--report');
    expect(run.code).toBeLessThan(2);
    expect(existsSync(at('~lakip-kunci.tracker.xlsx.lock'))).toBe(false);
  });

  test('a workbook open in Excel or LibreOffice (its owner file beside it) is not saved', async () => {
    writeFileSync(at('~$tracker.xlsx'), 'owner');
    expectOneSentence(
      await cli('export', 'tracker.xlsx'),
      /^File "tracker\.xlsx" sedang dibuka di Excel \(ada file ~\$tracker\.xlsx di sebelahnya\), jadi tidak disimpan .*; simpan dan tutup file itu di Excel lalu coba lagi \(jika Excel sudah ditutup, hapus file ~\$tracker\.xlsx\)\.$/,
    );
    rmSync(at('~$tracker.xlsx'));
    writeFileSync(at('.~lock.tracker.xlsx#'), 'owner');
    expectOneSentence(await cli('validate', 'tracker.xlsx', '--report'), /sedang dibuka di LibreOffice/);
    expect(readFileSync(at('tracker.xlsx')).equals(sample)).toBe(true);
  });
});

describe('lakip demo follows the no-overwrite rule', () => {
  test('the user’s own tracker-pasrujambe-2017.xlsx in the folder is not replaced; --force replaces it', async () => {
    writeFileSync(at('tracker-pasrujambe-2017.xlsx'), 'milik saya');
    const run = await cli('demo', '.');
    expect(run.code).toBe(2);
    expect(run.out).toEqual([]);
    expect(run.err).toEqual([
      'File tracker-pasrujambe-2017.xlsx sudah ada dan tidak ditimpa. Pilih folder lain untuk demo atau tambahkan --force untuk menimpanya.',
    ]);
    expect(readFileSync(at('tracker-pasrujambe-2017.xlsx'), 'utf8')).toBe('milik saya');
    expect(existsSync(at('lakip-pasrujambe-2017.docx'))).toBe(false);
    expect((await cli('demo', '.', '--force')).code).toBe(0);
    expect(readFileSync(at('tracker-pasrujambe-2017.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('format --all: bagian codes that make one file name', () => {
  test('A/B, A\\B and A:B get three files, each named in the output, none overwritten', async () => {
    await edit(at('tracker.xlsx'), (wb) => {
      const pk = sheet(wb, 'PK');
      const pj = colOf(pk, 'Penanggung Jawab');
      pk.getCell(6, pj).value = 'A/B';
      pk.getCell(7, pj).value = 'A\\B';
      pk.getCell(8, pj).value = 'A:B';
      // Codes the Bagian sheet knows, so the PK has no galat and the formats are made.
      const bagian = sheet(wb, 'Bagian');
      const [kode, nama, jenis] = ['Kode Bagian', 'Nama Bagian', 'Jenis'].map((l) => colOf(bagian, l));
      ['A/B', 'A\\B', 'A:B'].forEach((code, i) => {
        const r = bagian.rowCount + 1;
        bagian.getCell(r, kode ?? 1).value = code;
        bagian.getCell(r, nama ?? 2).value = `Seksi Uji ${i + 1}`;
        bagian.getCell(r, jenis ?? 3).value = 'Seksi';
      });
    });
    const run = await cli('format', 'tracker.xlsx', '--all', '-o', 'f');
    expect(run.code).toBe(0);
    const listed = run.out
      .filter((l) => l.startsWith('• f/'))
      .map((l) => /^• f\/(\S+) — (.+?) \((.+?)\)/.exec(l));
    const byKode = new Map(listed.map((m) => [m?.[3], m?.[1]]));
    expect(byKode.get('A/B')).toBe('format-data-kinerja-2017-A-B.xlsx');
    expect(byKode.get('A\\B')).toBe('format-data-kinerja-2017-A-B-2.xlsx');
    expect(byKode.get('A:B')).toBe('format-data-kinerja-2017-A-B-3.xlsx');
    // Every file listed exists, and holds its own bagian's indicator.
    const files = readdirSync(at('f')).sort();
    expect(files).toEqual([...new Set(listed.map((m) => m?.[1]))].sort());
    const kodeOf = new Map([
      ['A/B', 'IK-01'],
      ['A\\B', 'IK-02'],
      ['A:B', 'IK-03'],
    ]);
    for (const [kode, indicator] of kodeOf) {
      expect([kode, await dataKinerjaKodes(at('f', byKode.get(kode) ?? ''))]).toEqual([kode, [indicator]]);
    }
  });
});

describe('temporary files of a save that was killed', () => {
  test('ours that no live process writes are removed on the next save; a live one and anything else stay', async () => {
    const dead = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, ['-e', '0']);
      child.on('exit', () => resolve(child.pid ?? 0));
    });
    const left = `~lakip-sedang-menyimpan.tracker.xlsx.${hostTag()}-${dead}-0123456789ab.tmp`;
    const live = `~lakip-sedang-menyimpan.tracker.xlsx.${hostTag()}-${process.pid}-0123456789ab.tmp`;
    const old = '.tracker.xlsx.0123456789ab.tmp';
    const young = '.lain.xlsx.ba9876543210.tmp';
    const foreign = '~lakip-sedang-menyimpan-catatan.txt';
    for (const f of [left, live, old, young, foreign]) writeFileSync(at(f), 'sisa');
    const hourAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(at(old), hourAgo, hourAgo);
    expect((await cli('export', 'tracker.xlsx')).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([live, young, foreign, 'tracker.xlsx'].sort());
  });
});

describe('what the CLI prints is safe for a terminal', () => {
  test('ESC sequences, C1 controls and bidi overrides from a cell are shown escaped, not obeyed', async () => {
    // As Excel stores control characters in the XML: `_x001B_` (exceljs writes the text as is).
    await edit(at('tracker.xlsx'), (wb) => {
      sheet(wb, 'Pengaturan').getCell('B4').value = 'Kec_x001B_]0;judul_x0007_ X_x001B_[2J\u009b31m\u202eY';
    });
    const run = await cli('validate', 'tracker.xlsx');
    const text = [...run.out, ...run.err].join('\n');
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u001b\u0007\u009b\u202e]/);
    expect(run.out[0]).toBe(
      'Validasi tracker.xlsx — Kec\\u001b]0;judul\\u0007 X\\u001b[2J\\u009b31m\\u202eY, Tahun Laporan 2017',
    );
    const json = await cli('validate', 'tracker.xlsx', '--json');
    expect(() => JSON.parse(json.out.join('\n')) as unknown).not.toThrow();
  });
});

describe('CLI edges (issue #13 item 18)', () => {
  test('validate --report that cannot save shows the findings, then the reason; exit 2', async () => {
    chmodSync(at('tracker.xlsx'), 0o444);
    const run = await cli('validate', 'tracker.xlsx', '--report');
    expect(run.code).toBe(2);
    expect(run.out[0]).toMatch(/^Validasi tracker\.xlsx — Kecamatan Pasrujambe/);
    expect(run.out[1]).toMatch(/^Hasil: \d+ galat, \d+ peringatan\./);
    expect(run.out.join('\n')).not.toMatch(/Sheet Temuan ditulis ulang/);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(/^File "tracker\.xlsx" hanya-baca/);
  });

  test('a folder that does not exist gets the advice for that, not “close it in Excel”', async () => {
    const run = await cli('export', 'tracker.xlsx', '-o', path.join('tidak-ada', 'lakip.xlsx'));
    expect(run.err).toEqual([
      'File "lakip.xlsx" gagal disimpan (folder tidak ditemukan) dan file lama tidak diubah; buat folder itu dulu atau pilih folder yang ada, lalu coba lagi.',
    ]);
  });

  test('lakip --version prints the version of package.json', async () => {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    for (const flag of ['--version', '-V']) {
      const run = await cli(flag);
      expect(run).toEqual({ code: 0, out: [`lakip ${pkg.version}`], err: [] });
    }
  });
});

describe('a pipe closed early (lakip validate … | head -1)', () => {
  test('the CLI ends quietly: no stack trace, its own exit code', async () => {
    copyFileSync(at('tracker.xlsx'), at('pipa.xlsx'));
    const tsx = require.resolve('tsx/cli');
    const child = spawn(process.execPath, [tsx, path.join(__dirname, 'main.ts'), 'validate', 'pipa.xlsx'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The reader goes away before the CLI has written anything.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 120_000);
});
