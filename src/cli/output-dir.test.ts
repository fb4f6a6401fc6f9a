import { chmodSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isLakipError } from '../core/errors';
import { ensureOutputDir, refuseOverwrite } from './output-dir';
import { runCliIn } from './test-io';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'lakip-outdir-'));
});
afterEach(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

function sentenceOf(fn: () => void): string {
  try {
    fn();
  } catch (e) {
    if (isLakipError(e)) return e.userMessage;
    throw e;
  }
  return '';
}

test('an existing folder is fine; a missing one is made, nested', () => {
  ensureOutputDir(dir, 'x', 'untuk uji');
  ensureOutputDir(path.join(dir, 'a', 'b'), 'a/b', 'untuk uji');
  expect(statSync(path.join(dir, 'a', 'b')).isDirectory()).toBe(true);
});

test('a file where the folder should be: one sentence saying so', () => {
  writeFileSync(path.join(dir, 'berkas'), 'x');
  expect(
    sentenceOf(() =>
      ensureOutputDir(path.join(dir, 'berkas'), 'berkas', 'demo menulis contohnya ke folder.'),
    ),
  ).toBe('"berkas" adalah file, bukan folder; demo menulis contohnya ke folder.');
  expect(sentenceOf(() => ensureOutputDir(path.join(dir, 'berkas', 'sub'), 'berkas/sub', 'x'))).toMatch(
    /^Folder "berkas\/sub" tidak dapat dibuat \(salah satu bagian jalurnya adalah file\)/,
  );
});

const root = process.getuid?.() === 0;
(root ? test.skip : test)('a folder without permission to write: one sentence saying so', () => {
  chmodSync(dir, 0o555);
  expect(sentenceOf(() => ensureOutputDir(path.join(dir, 'baru'), 'baru', 'x'))).toMatch(
    /tidak ada izin menulis/,
  );
});

test('lakip demo into a file: exit 2 with the sentence, not an internal error', async () => {
  writeFileSync(path.join(dir, 'berkas'), 'x');
  const run = await runCliIn(dir, ['demo', 'berkas']);
  expect(run.code).toBe(2);
  expect(run.err).toEqual([
    '"berkas" adalah file, bukan folder; demo menulis contohnya ke sebuah folder, mis. lakip demo demo-output',
  ]);
});

describe('refuseOverwrite', () => {
  test('a file there, or a link even to nothing, is kept unless --force; a free name passes', () => {
    const file = path.join(dir, 'lakip.xlsx');
    writeFileSync(file, 'milik saya');
    const dangling = path.join(dir, 'tautan.xlsx');
    symlinkSync(path.join(dir, 'tidak-ada.xlsx'), dangling);
    expect(() => refuseOverwrite(file, false, 'lakip.xlsx')).toThrow(
      'File lakip.xlsx sudah ada dan tidak ditimpa. Pilih nama lain atau tambahkan --force untuk menimpanya.',
    );
    expect(() => refuseOverwrite(dangling, false, 'tautan.xlsx', 'Pilih folder lain')).toThrow(
      'File tautan.xlsx sudah ada dan tidak ditimpa. Pilih folder lain atau tambahkan --force untuk menimpanya.',
    );
    expect(() => refuseOverwrite(file, true, 'lakip.xlsx')).not.toThrow();
    expect(() => refuseOverwrite(path.join(dir, 'baru.xlsx'), false, 'baru.xlsx')).not.toThrow();
  });
});
