/**
 * One save of a tracker at a time (CLI only). Every command that reads a tracker and saves it
 * back holds a lock file beside it from the read to the save, so that a second run at the same
 * time (another terminal, a colleague on the same shared folder) is refused in a sentence
 * instead of overwriting the first run's save with a version that lacks it.
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { LakipError } from '../../core/errors';
import { formatDateTimeShort } from '../../core/format/indonesian';
import {
  errnoCode,
  hostName,
  lstatOrUndefined,
  processAlive,
  realTarget,
  refuseIfOpenInOffice,
  writeReason,
} from './fs-safety';

/** A lock older than this is taken over even when its process cannot be checked (another machine). */
export const STALE_LOCK_MS = 30 * 60 * 1000;

/** What a lock file holds (JSON), besides a sentence for whoever opens it. */
export interface LockInfo {
  readonly pid: number;
  readonly host: string;
  /** When it was taken, ISO 8601 (UTC). */
  readonly time: string;
  readonly token: string;
}

export interface TrackerLock {
  readonly path: string;
  /** Removes the lock file if it is still ours. Never throws. */
  readonly release: () => Promise<void>;
}

/** `~lakip-kunci.NAME.xlsx.lock` beside the file (through a link: beside the file it points to). */
export async function lockPathOf(trackerPath: string): Promise<string> {
  const real = await realTarget(trackerPath);
  return join(dirname(real), `~lakip-kunci.${basename(real)}.lock`);
}

/**
 * Runs `fn` while holding the tracker's lock; the lock is released afterwards, also when `fn`
 * throws. Refused (LakipError `file/write-failed`) when another run holds the lock or the
 * workbook is open in Excel/LibreOffice. For every read-modify-save of a tracker.
 */
export async function withTrackerLock<T>(trackerPath: string, fn: () => Promise<T>): Promise<T> {
  const lock = await acquireTrackerLock(trackerPath);
  try {
    return await fn();
  } finally {
    await lock.release();
  }
}

/**
 * Takes the lock: the lock file is created with O_EXCL (only one creator can win) and holds
 * pid, machine and time. A lock whose process has ended on this machine, or older than
 * `STALE_LOCK_MS`, was left by a run that was killed and is taken over.
 */
export async function acquireTrackerLock(
  trackerPath: string,
  now = (): Date => new Date(),
): Promise<TrackerLock> {
  const name = basename(trackerPath);
  await refuseIfOpenInOffice(trackerPath);
  const lockPath = await lockPathOf(trackerPath);
  const info: LockInfo = {
    pid: process.pid,
    host: hostName(),
    time: now().toISOString(),
    token: randomBytes(8).toString('hex'),
  };
  const content = `${JSON.stringify({
    pesan: `LAKIP Tracker sedang memakai ${name}; file ini terhapus sendiri setelah selesai.`,
    ...info,
  })}\n`;
  for (let attempt = 0; attempt < 5; attempt++) {
    let file: FileHandle | undefined;
    try {
      file = await open(lockPath, 'wx');
    } catch (cause) {
      if (errnoCode(cause) !== 'EEXIST') throw lockFailed(name, cause);
      const held = await readLock(lockPath);
      if (held === undefined) continue; // released meanwhile
      if (!isStale(held, now())) throw lockedBy(name, lockPath, held.info);
      // Taken over only if it is still the same stale lock (not one another run just took).
      if ((await readLock(lockPath))?.raw === held.raw) await rm(lockPath, { force: true });
      continue;
    }
    try {
      await file.writeFile(content);
    } catch (cause) {
      // A full disk can stop even the small lock file: nothing is ours to keep, say why.
      await file.close().catch(() => undefined);
      await rm(lockPath, { force: true }).catch(() => undefined);
      throw lockFailed(name, cause);
    }
    await file.close().catch(() => undefined);
    return {
      path: lockPath,
      release: async () => {
        const mine = await readLock(lockPath);
        if (mine?.info?.token === info.token) await rm(lockPath, { force: true }).catch(() => undefined);
      },
    };
  }
  throw lockedBy(name, lockPath, (await readLock(lockPath))?.info);
}

interface HeldLock {
  readonly raw: string;
  readonly info: LockInfo | undefined;
  readonly mtimeMs: number;
}

async function readLock(lockPath: string): Promise<HeldLock | undefined> {
  const st = await lstatOrUndefined(lockPath);
  if (st === undefined) return undefined;
  let raw: string;
  try {
    raw = await readFile(lockPath, 'utf8');
  } catch {
    return undefined;
  }
  return { raw, info: parseLock(raw), mtimeMs: st.mtimeMs };
}

function parseLock(raw: string): LockInfo | undefined {
  try {
    const v = JSON.parse(raw) as Partial<LockInfo>;
    if (
      typeof v.pid === 'number' &&
      typeof v.host === 'string' &&
      typeof v.time === 'string' &&
      typeof v.token === 'string'
    ) {
      return { pid: v.pid, host: v.host, time: v.time, token: v.token };
    }
  } catch {
    // Being written right now, or not ours: judged by its age.
  }
  return undefined;
}

function isStale(held: HeldLock, now: Date): boolean {
  const info = held.info;
  if (info !== undefined && info.host === hostName() && !processAlive(info.pid)) return true;
  const taken = info === undefined ? held.mtimeMs : Date.parse(info.time);
  return !Number.isFinite(taken) || now.getTime() - taken > STALE_LOCK_MS;
}

/** `2026-12-02T13:05:00.000Z` → `02/12/2026 20:05:00` in this machine's time zone. */
function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return formatDateTimeShort(
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`,
  );
}

function lockedBy(name: string, lockPath: string, info: LockInfo | undefined): LakipError {
  const who =
    info === undefined ? '' : ` (proses ${info.pid} di komputer ${info.host}, sejak ${localTime(info.time)})`;
  return new LakipError(
    'file/write-failed',
    `File "${name}" sedang dipakai perintah lakip lain${who}, jadi perintah ini tidak menyimpannya agar tidak ada isian yang hilang; tunggu perintah itu selesai lalu coba lagi (jika tidak ada yang sedang berjalan, hapus file ${basename(lockPath)}).`,
  );
}

function lockFailed(name: string, cause: unknown): LakipError {
  const { reason, advice } = writeReason(cause);
  return new LakipError(
    'file/write-failed',
    `File "${name}" ${errnoCode(cause) === 'ENOENT' ? 'tidak dapat disimpan' : 'gagal disimpan'}${reason === '' ? '' : ` (${reason})`}${errnoCode(cause) === 'ENOENT' ? '' : ' dan file lama tidak diubah'}; ${advice}, lalu coba lagi.`,
    { cause },
  );
}
