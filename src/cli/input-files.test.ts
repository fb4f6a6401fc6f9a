import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isLakipError } from '../core/errors';
import { inputFiles } from './input-files';
import { isSameFile } from './same-file';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lakip-inputs-'));
  mkdirSync(path.join(dir, 'kecamatan'));
  for (const n of [
    'tempeh.xlsx',
    'candipuro.XLSX',
    '~$tempeh.xlsx',
    '.tersembunyi.xlsx',
    'catatan.txt',
    'rekap.xlsx',
  ]) {
    writeFileSync(path.join(dir, 'kecamatan', n), 'x');
  }
  writeFileSync(path.join(dir, 'pasirian.xlsx'), 'x');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

const notOwn = (): boolean => false;
const refusal = (arg: string): string => `${arg} adalah keluarannya sendiri.`;

test('a folder stands for its .xlsx files, sorted, without lock files, hidden files and other files', () => {
  expect(inputFiles(['kecamatan'], dir, notOwn, refusal)).toEqual([
    { path: path.join(dir, 'kecamatan', 'candipuro.XLSX'), shown: 'candipuro.XLSX' },
    { path: path.join(dir, 'kecamatan', 'rekap.xlsx'), shown: 'rekap.xlsx' },
    { path: path.join(dir, 'kecamatan', 'tempeh.xlsx'), shown: 'tempeh.xlsx' },
  ]);
});

test('a file is shown as it was named; the same file named twice or through a link is one input', () => {
  symlinkSync(path.join(dir, 'pasirian.xlsx'), path.join(dir, 'tautan.xlsx'));
  expect(inputFiles(['pasirian.xlsx', './pasirian.xlsx', 'tautan.xlsx'], dir, notOwn, refusal)).toEqual([
    { path: path.join(dir, 'pasirian.xlsx'), shown: 'pasirian.xlsx' },
  ]);
});

test("the command's own file is skipped in a folder and refused when named", () => {
  const output = path.join(dir, 'kecamatan', 'rekap.xlsx');
  const own = (f: string): boolean => isSameFile(f, output);
  expect(inputFiles(['kecamatan'], dir, own, refusal).map((f) => f.shown)).toEqual([
    'candipuro.XLSX',
    'tempeh.xlsx',
  ]);
  let thrown: unknown;
  try {
    inputFiles(['pasirian.xlsx', 'kecamatan/rekap.xlsx'], dir, own, refusal);
  } catch (e) {
    thrown = e;
  }
  expect(isLakipError(thrown) ? thrown.userMessage : thrown).toBe(
    'kecamatan/rekap.xlsx adalah keluarannya sendiri.',
  );
});

test('a missing file stays in the list, for the reader to report in its sentence', () => {
  expect(inputFiles(['hilang.xlsx'], dir, notOwn, refusal)).toEqual([
    { path: path.join(dir, 'hilang.xlsx'), shown: 'hilang.xlsx' },
  ]);
});
