import path from 'node:path';
import { withTrackerLock } from '../../adapters/xlsx/lock';
import { openBlank, openForPatch, savePatched } from '../../adapters/xlsx/patch-file';
import { readSnapshotStreaming } from '../../adapters/xlsx/stream-read';
import { describeSavedSheets } from '../../core/plan/save-report';
import type { FormatPlan } from '../../core/consolidate/format-plan';
import { formatBlockerLines } from '../../core/consolidate/format-blockers';
import { LakipError } from '../../core/errors';
import type { WritePlan } from '../../core/plan/plan';
import { localIsoDateTime } from '../../core/operations/local-time';
import { makeFormats, type MakeFormatsResult } from '../../core/operations/make-formats';
import { checkFlags, flagBool, flagString, type ParsedArgs } from '../args';
import { HELP_FORMAT } from '../help';
import type { CliIo } from '../io';
import { checkInputName } from '../input-name';
import { ensureOutputDir, refuseOverwrite } from '../output-dir';
import { refuseTrackerAsOutput } from '../same-file';

/** A new workbook: the blank package patched with the plan, saved atomically. */
async function writeNewWorkbook(plan: WritePlan, file: string, now: Date): Promise<void> {
  await savePatched(await openBlank(file, now), plan);
}

function described(made: FormatPlan): string {
  return `${made.bagian.nama} (${made.bagian.kode}), ${made.indicators} indikator`;
}

function noIndicator(kode: string): string {
  return `Bagian ${kode} tidak menjadi Penanggung Jawab indikator mana pun di sheet PK, jadi formatnya tidak dibuat; periksa kolom Penanggung Jawab di sheet PK.`;
}

/**
 * `lakip format FILE --bagian KODE -o OUT.xlsx`, `--all -o FOLDER`, or `--sheet` (the bagian's
 * own sheet `Data Kinerja KODE` inside the tracker, for a shared workbook).
 */
export async function runFormat(args: ParsedArgs, io: CliIo): Promise<number> {
  if (flagBool(args, 'help')) {
    io.out(HELP_FORMAT);
    return 0;
  }
  checkFlags(args, ['bagian', 'all', 'output', 'sheet', 'force'], 'format');
  const file = args.positional[0];
  if (file === undefined || args.positional.length > 1) {
    throw new LakipError(
      'usage',
      'Sebutkan satu file tracker, mis. lakip format tracker-2017.xlsx --bagian PEM -o format-PEM.xlsx',
    );
  }
  checkInputName(file, io.cwd, 'lakip format tracker-2017.xlsx --all -o format-bagian');
  const bagian = flagString(args, 'bagian');
  const all = flagBool(args, 'all');
  const output = flagString(args, 'output');
  const sheet = flagBool(args, 'sheet');
  const force = flagBool(args, 'force');
  if ((bagian === undefined) === !all) {
    throw new LakipError(
      'usage',
      'Pilih salah satu: --bagian KODE untuk satu bagian, atau --all untuk setiap bagian.',
    );
  }
  if (sheet && output !== undefined) {
    throw new LakipError(
      'usage',
      '--sheet menambahkan sheet ke tracker itu sendiri; jangan pakai -o bersamanya.',
    );
  }
  if (!sheet && output === undefined) {
    throw new LakipError(
      'usage',
      all
        ? 'Sebutkan folder keluaran, mis. lakip format tracker.xlsx --all -o format-bagian'
        : 'Sebutkan file keluaran, mis. lakip format tracker.xlsx --bagian PEM -o format-PEM.xlsx',
    );
  }
  const trackerPath = path.resolve(io.cwd, file);
  const now = localIsoDateTime(io.now);

  if (sheet) return formatSheets(trackerPath, file, bagian, io, force);

  const outArg = output as string;
  const out = path.resolve(io.cwd, outArg);
  if (bagian !== undefined && !/\.xlsx$/i.test(outArg))
    throw new LakipError('usage', `"${outArg}" bukan nama file .xlsx; mis. -o format-${bagian}.xlsx`);
  const made = makeFormats(await readSnapshotStreaming(trackerPath), {
    ...(bagian !== undefined ? { bagian } : {}),
    made: now,
    into: 'files',
    force,
  });
  if (refuseBlockers(made, io)) return 2;
  if (bagian !== undefined) refuseTrackerAsOutput(trackerPath, file, out, outArg);
  if (made.noIndicator !== null) {
    io.err(noIndicator(made.noIndicator));
    return 1;
  }
  if (made.empty) {
    io.err(
      'Tidak ada bagian yang menjadi Penanggung Jawab indikator di sheet PK, jadi tidak ada format yang dibuat; isi dulu sheet PK.',
    );
    return 1;
  }
  if (bagian !== undefined) {
    const [one] = made.formats;
    if (one === undefined) return 1;
    refuseOverwrite(out, force, outArg);
    await writeNewWorkbook(one.plan, out, io.now);
    io.out(`Format data kinerja dibuat: ${outArg} — ${described(one)}.`);
    io.out(
      'Kirim file ini ke bagian; setelah diisi, gabungkan dengan: lakip consolidate ' + file + ' ' + outArg,
    );
    return 0;
  }

  made.formats.forEach(({ fileName }) => {
    refuseTrackerAsOutput(trackerPath, file, path.join(out, fileName), path.join(outArg, fileName));
    refuseOverwrite(path.join(out, fileName), force, path.join(outArg, fileName));
  });
  ensureOutputDir(out, outArg, 'dengan --all, -o adalah folder tempat format setiap bagian disimpan.');
  for (const one of made.formats) {
    await writeNewWorkbook(one.plan, path.join(out, one.fileName), io.now);
    const renamed = one.renamed
      ? ' (nama file diberi akhiran karena kode bagian lain menjadi nama file yang sama)'
      : '';
    io.out(`• ${path.join(outArg, one.fileName)} — ${described(one)}${renamed}`);
  }
  for (const b of made.skipped) {
    io.out(`• ${b.nama} (${b.kode}): tidak menjadi Penanggung Jawab indikator PK, tidak dibuatkan format.`);
  }
  io.out(
    `${made.formats.length} format data kinerja dibuat di ${outArg}. Setelah diisi bagian, gabungkan dengan: lakip consolidate ${file} ${outArg}`,
  );
  return 0;
}

/** Says which PK cells with galat would reach the format(s); true when there are any. */
function refuseBlockers(made: MakeFormatsResult, io: CliIo): boolean {
  if (made.blockers.length === 0) return false;
  for (const line of formatBlockerLines(made.blockers)) io.err(line);
  io.err(
    'Atau tambahkan --force untuk tetap membuat format (sel itu akan kosong atau salah di format bagian).',
  );
  return true;
}

/** `--sheet`: the bagian's sheet `Data Kinerja KODE` added inside the tracker; nothing else is written. */
async function formatSheets(
  trackerPath: string,
  shown: string,
  bagian: string | undefined,
  io: CliIo,
  force: boolean,
): Promise<number> {
  return withTrackerLock(trackerPath, () => formatSheetsUnlocked(trackerPath, shown, bagian, io, force));
}

async function formatSheetsUnlocked(
  trackerPath: string,
  shown: string,
  bagian: string | undefined,
  io: CliIo,
  force: boolean,
): Promise<number> {
  const opened = await openForPatch(trackerPath);
  const made = makeFormats(opened.snapshot, {
    ...(bagian !== undefined ? { bagian } : {}),
    made: '',
    into: 'sheets',
    force,
  });
  if (refuseBlockers(made, io)) return 2;
  if (made.noIndicator !== null) {
    io.err(noIndicator(made.noIndicator));
    return 1;
  }
  for (const note of made.sheets?.notes ?? []) io.out(`• ${note}`);
  if (made.sheets !== null && made.sheets.ops.length > 0) {
    const saved = await savePatched(opened, made.sheets);
    io.out(
      `Tracker disimpan: ${shown}. ${describeSavedSheets(saved.sheetsCreated, saved.sheetsChanged)} Setiap bagian mengisi sheet Data Kinerja miliknya; gabungkan dengan: lakip consolidate ${shown}`,
    );
  } else {
    io.out(`Tidak ada yang diubah; ${shown} tidak disimpan ulang.`);
  }
  return 0;
}
