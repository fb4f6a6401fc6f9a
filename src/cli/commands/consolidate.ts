import path from 'node:path';
import { readSnapshotStreaming } from '../../adapters/xlsx/stream-read';
import { openForPatch, savePatched } from '../../adapters/xlsx/patch-file';
import { assertWritable, saveBytesAtomic } from '../../adapters/xlsx/file';
import { errnoCode, writeReason } from '../../adapters/xlsx/fs-safety';
import { withTrackerLock } from '../../adapters/xlsx/lock';
import type { ConsolidationResult, ConsolidationSource } from '../../core/consolidate/consolidate';
import { describeConsolidation, describeTrackerProblem } from '../../core/consolidate/describe';
import { isLakipError, LakipError } from '../../core/errors';
import { consolidateFormats } from '../../core/operations/consolidate-formats';
import { localIsoDateTime } from '../../core/operations/local-time';
import { describeSavedSheets } from '../../core/plan/save-report';
import { checkFlags, flagBool, type ParsedArgs } from '../args';
import { HELP_CONSOLIDATE } from '../help';
import type { CliIo } from '../io';
import { checkInputName } from '../input-name';
import { inputFiles } from '../input-files';
import { isSameFile } from '../same-file';

/** `tracker.xlsx` → `tracker.sebelum-konsolidasi.xlsx`: the previous version, kept beside it (opens in Excel as is). */
export function backupPathOf(file: string): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}.sebelum-konsolidasi${ext}`);
}


async function readSource(file: string): Promise<ConsolidationSource> {
  const name = path.basename(file);
  try {
    return { name, snapshot: await readSnapshotStreaming(file) };
  } catch (e) {
    if (isLakipError(e)) return { name, unreadable: e.userMessage };
    throw e;
  }
}

export interface ConsolidateOutcome {
  readonly result: ConsolidationResult;
  /** The tracker was saved (something changed). */
  readonly saved: boolean;
  /** Where the previous version was kept, when saved. */
  readonly backup: string | null;
  /** SOP step 3 was marked Selesai. */
  readonly step3: boolean;
  /** What the save did ("Sheet diubah: Data Kinerja. Sheet lain tidak diubah."), when saved. */
  readonly savedSheets?: string;
}

/**
 * Merges the formats into the tracker and saves it atomically, after copying the previous
 * version to `NAME.sebelum-konsolidasi.xlsx`. Nothing is written when nothing changes or when
 * the tracker itself cannot be used. Holds the tracker's lock from reading to saving.
 */
export async function consolidateFiles(
  trackerPath: string,
  sourcePaths: readonly string[],
  opts: { readonly now: Date; readonly markStep3: boolean; readonly trackerName?: string },
): Promise<ConsolidateOutcome> {
  return withTrackerLock(trackerPath, () => consolidateUnlocked(trackerPath, sourcePaths, opts));
}

async function consolidateUnlocked(
  trackerPath: string,
  sourcePaths: readonly string[],
  opts: { readonly now: Date; readonly markStep3: boolean; readonly trackerName?: string },
): Promise<ConsolidateOutcome> {
  const opened = await openForPatch(trackerPath);
  const { snapshot } = opened;
  const sources: ConsolidationSource[] = [];
  for (const p of sourcePaths) sources.push(await readSource(p));
  const { result, plan, step3, changes } = consolidateFormats(snapshot, sources, {
    importedAt: localIsoDateTime(opts.now),
    markStep3: opts.markStep3,
    ...(opts.trackerName !== undefined ? { trackerName: opts.trackerName } : {}),
  });
  if (!changes) return { result, saved: false, backup: null, step3: false };
  const backup = backupPathOf(trackerPath);
  await assertWritable(trackerPath); // before the backup: a read-only tracker changes nothing
  await saveBackup(opened.data, trackerPath, backup);
  const done = await savePatched(opened, plan);
  return {
    result,
    saved: true,
    backup,
    step3,
    savedSheets: describeSavedSheets(done.sheetsCreated, done.sheetsChanged),
  };
}

/**
 * The previous version, saved like any file (temporary file, synced, renamed): the older backup
 * stays until the new one is complete, so a full disk never leaves no good copy. A link in the
 * backup's place is replaced, never written through (whatever it points to is not ours to change).
 * The backup gets the tracker's permissions and owner.
 */
async function saveBackup(data: Uint8Array, trackerPath: string, backup: string): Promise<void> {
  try {
    // The bytes read under the lock: exactly the version this run changes.
    await saveBytesAtomic(data, backup, {
      link: 'replace',
      permissionsOf: trackerPath,
    });
  } catch (e) {
    // Refusals (read-only, open in Excel) already say what to do; a failed write is explained here.
    const cause: unknown = isLakipError(e) ? e.cause : e;
    if (isLakipError(e) && errnoCode(cause) === undefined) throw e;
    const { reason, advice } = writeReason(cause);
    throw new LakipError(
      'file/write-failed',
      `Salinan cadangan ${path.basename(backup)} tidak dapat dibuat${reason === '' ? '' : ` (${reason})`}, jadi tracker tidak diubah dan salinan cadangan yang lama tetap ada; ${advice}, lalu coba lagi.`,
      { cause },
    );
  }
}

function section(io: CliIo, title: string, lines: readonly string[]): void {
  if (lines.length === 0) return;
  io.out('');
  io.out(title);
  for (const line of lines) io.out(`• ${line}`);
}

/** `lakip consolidate FILE [BAGIAN.xlsx | FOLDER]… [--selesai]`. */
export async function runConsolidate(args: ParsedArgs, io: CliIo): Promise<number> {
  if (flagBool(args, 'help')) {
    io.out(HELP_CONSOLIDATE);
    return 0;
  }
  checkFlags(args, ['selesai'], 'consolidate');
  const [file, ...rest] = args.positional;
  if (file === undefined) {
    throw new LakipError(
      'usage',
      'Sebutkan file tracker lalu file format bagian, mis. lakip consolidate tracker-2017.xlsx format-bagian/',
    );
  }
  checkInputName(file, io.cwd, 'lakip consolidate tracker-2017.xlsx format-bagian/');
  const trackerPath = path.resolve(io.cwd, file);
  const backup = backupPathOf(trackerPath);
  const sourcePaths = inputFiles(
    rest,
    io.cwd,
    (f) => isSameFile(f, trackerPath) || isSameFile(f, backup),
    (arg) => `${arg} adalah tracker itu sendiri (atau salinan cadangannya); sebutkan file format dari bagian.`,
  ).map((f) => f.path);

  const outcome = await consolidateFiles(trackerPath, sourcePaths, {
    now: io.now,
    markStep3: flagBool(args, 'selesai'),
    trackerName: file,
  });
  const { result } = outcome;
  if (result.trackerError !== null) {
    io.err(describeTrackerProblem(result.trackerError));
    return 2;
  }
  if (result.perSource.length === 0) {
    throw new LakipError(
      'usage',
      `Tidak ada format yang digabungkan: sebutkan file format bagian (atau foldernya), mis. lakip consolidate ${file} format-bagian/`,
    );
  }
  const text = describeConsolidation(result);
  io.out(`Menggabungkan ${result.perSource.length} format ke ${file}:`);
  for (const line of text.sources) io.out(`• ${line}`);
  section(io, 'Nilai berbeda antarfile (tidak ada yang ditulis):', text.conflicts);
  section(io, 'Nilai di tracker yang diganti:', text.changes);
  section(io, 'Temuan:', text.findings);
  io.out('');
  for (const note of result.plan.notes) io.out(note);
  if (outcome.saved) {
    io.out(
      `Tracker disimpan: ${file}. ${outcome.savedSheets ?? ''} Versi sebelumnya disimpan sebagai ${path.basename(outcome.backup ?? '')}.`.replace(
        '  ',
        ' ',
      ),
    );
  } else {
    io.out(`Tidak ada yang berubah; ${file} tidak disimpan ulang.`);
  }
  for (const line of text.status) io.out(line);
  if (outcome.step3) {
    for (const note of result.sopStep3Plan?.notes ?? []) io.out(note);
  } else if (result.sopStep3Plan !== undefined) {
    io.out(
      `Untuk menandai langkah 3 SOP Selesai, jalankan: lakip consolidate ${[file, ...rest].join(' ')} --selesai`,
    );
  } else if (flagBool(args, 'selesai') && !result.allBagianIn) {
    io.out('Langkah 3 SOP belum ditandai Selesai karena data kinerja belum lengkap dari semua bagian.');
  }

  const skipped = result.perSource.some((s) => s.status === 'skipped');
  const rejected = result.perSource.some((s) => s.rejected > 0);
  const errors = result.findings.some((f) => f.severity === 'error');
  return skipped || rejected || errors || result.conflicts.length > 0 ? 1 : 0;
}
