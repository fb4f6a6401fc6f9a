import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { LakipError } from '../../core/errors';
import { acquireTrackerLock, lockPathOf, STALE_LOCK_MS, withTrackerLock } from './lock';

let dir: string;
let tracker: string;
let lockFile: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lakip-lock-'));
  tracker = join(dir, 'tracker.xlsx');
  lockFile = join(dir, '~lakip-kunci.tracker.xlsx.lock');
  writeFileSync(tracker, 'isi');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function refusal(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (e) {
    if (e instanceof LakipError) return e.userMessage;
    throw e;
  }
  throw new Error('expected a refusal');
}

function deadPid(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', '0']);
    child.on('exit', () => resolve(child.pid ?? 0));
  });
}

test('the lock file holds pid, machine and time, and is removed on release', async () => {
  const lock = await acquireTrackerLock(tracker);
  expect(lock.path).toBe(lockFile);
  const held = JSON.parse(readFileSync(lockFile, 'utf8')) as Record<string, unknown>;
  expect(held).toMatchObject({ pid: process.pid, host: hostname() });
  expect(typeof held.time).toBe('string');
  expect(held.pesan).toBe(
    'LAKIP Tracker sedang memakai tracker.xlsx; file ini terhapus sendiri setelah selesai.',
  );
  await lock.release();
  expect(existsSync(lockFile)).toBe(false);
});

test('a second lock while the first is held is refused; after release it is granted', async () => {
  const first = await acquireTrackerLock(tracker);
  expect(await refusal(() => acquireTrackerLock(tracker))).toMatch(
    /^File "tracker\.xlsx" sedang dipakai perintah lakip lain \(proses \d+ di komputer .+, sejak .+\), jadi/,
  );
  await first.release();
  const second = await acquireTrackerLock(tracker);
  await second.release();
});

test('withTrackerLock releases the lock when the work throws', async () => {
  await expect(
    withTrackerLock(tracker, () => {
      expect(existsSync(lockFile)).toBe(true);
      return Promise.reject(new Error('gagal'));
    }),
  ).rejects.toThrow('gagal');
  expect(existsSync(lockFile)).toBe(false);
});

test('a lock whose process has ended on this machine is taken over', async () => {
  writeFileSync(
    lockFile,
    JSON.stringify({ pid: await deadPid(), host: hostname(), time: new Date().toISOString(), token: 't' }),
  );
  const lock = await acquireTrackerLock(tracker);
  expect((JSON.parse(readFileSync(lockFile, 'utf8')) as { pid: number }).pid).toBe(process.pid);
  await lock.release();
});

test('a lock from another machine is held until it is old, then taken over', async () => {
  const now = new Date('2026-12-02T10:00:00Z');
  const other = (minutesAgo: number): string =>
    JSON.stringify({
      pid: 1,
      host: 'komputer-lain',
      time: new Date(now.getTime() - minutesAgo * 60_000).toISOString(),
      token: 't',
    });
  writeFileSync(lockFile, other(5));
  expect(await refusal(() => acquireTrackerLock(tracker, () => now))).toMatch(/di komputer komputer-lain/);
  writeFileSync(lockFile, other(STALE_LOCK_MS / 60_000 + 1));
  const lock = await acquireTrackerLock(tracker, () => now);
  await lock.release();
});

test('a lock being written (not yet readable) counts as held while young, as left over when old', async () => {
  writeFileSync(lockFile, '');
  expect(await refusal(() => acquireTrackerLock(tracker))).toMatch(
    /^File "tracker\.xlsx" sedang dipakai perintah lakip lain, jadi/,
  );
  const old = new Date(Date.now() - STALE_LOCK_MS - 60_000);
  utimesSync(lockFile, old, old);
  await (await acquireTrackerLock(tracker)).release();
});

test('release leaves a lock that is no longer ours', async () => {
  const lock = await acquireTrackerLock(tracker);
  writeFileSync(
    lockFile,
    JSON.stringify({ pid: 1, host: 'x', time: new Date().toISOString(), token: 'lain' }),
  );
  await lock.release();
  expect(existsSync(lockFile)).toBe(true);
});

test('two names of one tracker (a symlink) share one lock, beside the real file', async () => {
  mkdirSync(join(dir, 'lain'));
  symlinkSync(tracker, join(dir, 'lain', 'pintas.xlsx'));
  expect(await lockPathOf(join(dir, 'lain', 'pintas.xlsx'))).toBe(lockFile);
  const lock = await acquireTrackerLock(tracker);
  expect(await refusal(() => acquireTrackerLock(join(dir, 'lain', 'pintas.xlsx')))).toMatch(
    /^File "pintas\.xlsx" sedang dipakai/,
  );
  await lock.release();
});

test('a folder where the lock cannot be made: the reason that fits, in one sentence', async () => {
  expect(await refusal(() => acquireTrackerLock(join(dir, 'tidak-ada', 't.xlsx')))).toBe(
    'File "t.xlsx" tidak dapat disimpan (folder tidak ditemukan); buat folder itu dulu atau pilih folder yang ada, lalu coba lagi.',
  );
});

test('Excel’s and LibreOffice’s owner files refuse the lock', async () => {
  writeFileSync(join(dir, '~$tracker.xlsx'), '');
  expect(await refusal(() => acquireTrackerLock(tracker))).toMatch(/sedang dibuka di Excel/);
  rmSync(join(dir, '~$tracker.xlsx'));
  writeFileSync(join(dir, '.~lock.tracker.xlsx#'), '');
  expect(await refusal(() => acquireTrackerLock(tracker))).toMatch(/sedang dibuka di LibreOffice/);
  expect(existsSync(lockFile)).toBe(false);
});
