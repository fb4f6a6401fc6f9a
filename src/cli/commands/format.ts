import path from 'node:path';
import { withTrackerLock } from '../../adapters/xlsx/lock';
import { openBlank, openForPatch, savePatched } from '../../adapters/xlsx/patch-file';
import { concatPlans } from '../../adapters/xlsx/patch-save';
import { readSnapshotStreaming } from '../../adapters/xlsx/stream-read';
import { describeSavedSheets } from '../../core/plan/save-report';
import {
  buildBagianSheetPlan,
  buildFormatPlan,
  listFormatBagian,
  type FormatPlan,
} from '../../core/consolidate/format-plan';
import { formatBlockerLines, formatBlockers } from '../../core/consolidate/format-blockers';
import { LakipError } from '../../core/errors';
import type { WritePlan } from '../../core/plan/plan';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { checkFlags, flagBool, flagString, type ParsedArgs } from '../args';
import { HELP_FORMAT } from '../help';
import type { CliIo } from '../io';
import { checkInputName } from '../input-name';
import { ensureOutputDir, refuseOverwrite } from '../output-dir';
import { refuseTrackerAsOutput } from '../same-file';

/** `YYYY-MM-DDTHH:mm:ss` in the machine's time zone: the time the user sees on their clock. */
export function localIsoDateTime(now: Date): string {
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`;
}

/** Longer file names are shortened (a folder entry holds at most 255 bytes, some disks fewer). */
const MAX_NAME_CHARS = 120;

/**
 * One file name per bagian: short enough, and unique even on a disk that ignores case and
 * accents' forms — a bagian whose code gives a name already taken (`A/B`, `A\\B` and `A:B` all
 * give `…-A-B.xlsx`) gets `-2`, `-3` … before `.xlsx`.
 */
export function uniqueFileNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  const key = (n: string): string => n.normalize('NFC').toLowerCase();
  return names.map((name) => {
    const ext = path.extname(name);
    const chars = [...name.slice(0, name.length - ext.length)];
    const stem = chars.length > MAX_NAME_CHARS ? chars.slice(0, MAX_NAME_CHARS).join('') : chars.join('');
    let candidate = `${stem}${ext}`;
    for (let n = 2; taken.has(key(candidate)); n++) candidate = `${stem}-${n}${ext}`;
    taken.add(key(candidate));
    return candidate;
  });
}

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

  const snapshot = await readSnapshotStreaming(trackerPath);
  if (!force && refuseBlockers(snapshot, bagian, io)) return 2;
  const outArg = output as string;
  const out = path.resolve(io.cwd, outArg);
  if (bagian !== undefined) {
    if (!/\.xlsx$/i.test(outArg))
      throw new LakipError('usage', `"${outArg}" bukan nama file .xlsx; mis. -o format-${bagian}.xlsx`);
    refuseTrackerAsOutput(trackerPath, file, out, outArg);
    const made = buildFormatPlan(snapshot, bagian, now);
    if (made.indicators === 0) {
      io.err(noIndicator(made.bagian.kode));
      return 1;
    }
    refuseOverwrite(out, force, outArg);
    await writeNewWorkbook(made.plan, out, io.now);
    io.out(`Format data kinerja dibuat: ${outArg} — ${described(made)}.`);
    io.out(
      'Kirim file ini ke bagian; setelah diisi, gabungkan dengan: lakip consolidate ' + file + ' ' + outArg,
    );
    return 0;
  }

  const list = listFormatBagian(snapshot);
  const withIndicators = list.filter((b) => b.indicators > 0);
  if (withIndicators.length === 0) {
    io.err(
      'Tidak ada bagian yang menjadi Penanggung Jawab indikator di sheet PK, jadi tidak ada format yang dibuat; isi dulu sheet PK.',
    );
    return 1;
  }
  const plans = withIndicators.map((b) => buildFormatPlan(snapshot, b.kode, now));
  const names = uniqueFileNames(plans.map((made) => made.fileName));
  names.forEach((name) => {
    refuseTrackerAsOutput(trackerPath, file, path.join(out, name), path.join(outArg, name));
    refuseOverwrite(path.join(out, name), force, path.join(outArg, name));
  });
  ensureOutputDir(out, outArg, 'dengan --all, -o adalah folder tempat format setiap bagian disimpan.');
  for (const [i, made] of plans.entries()) {
    const name = names[i] ?? made.fileName;
    await writeNewWorkbook(made.plan, path.join(out, name), io.now);
    const renamed =
      name === uniqueFileNames([made.fileName])[0]
        ? ''
        : ' (nama file diberi akhiran karena kode bagian lain menjadi nama file yang sama)';
    io.out(`• ${path.join(outArg, name)} — ${described(made)}${renamed}`);
  }
  for (const b of list.filter((x) => x.indicators === 0)) {
    io.out(`• ${b.nama} (${b.kode}): tidak menjadi Penanggung Jawab indikator PK, tidak dibuatkan format.`);
  }
  io.out(
    `${plans.length} format data kinerja dibuat di ${outArg}. Setelah diisi bagian, gabungkan dengan: lakip consolidate ${file} ${outArg}`,
  );
  return 0;
}

/** Says which PK cells with galat would reach the format(s); true when there are any. */
function refuseBlockers(snapshot: WorkbookSnapshot, bagian: string | undefined, io: CliIo): boolean {
  const blockers = formatBlockers(snapshot, bagian);
  if (blockers.length === 0) return false;
  for (const line of formatBlockerLines(blockers)) io.err(line);
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
  const { snapshot } = opened;
  if (!force && refuseBlockers(snapshot, bagian, io)) return 2;
  const kodes =
    bagian !== undefined
      ? [bagian]
      : listFormatBagian(snapshot)
          .filter((b) => b.indicators > 0)
          .map((b) => b.kode);
  let current = snapshot;
  const plans: WritePlan[] = [];
  for (const kode of kodes) {
    const made = buildBagianSheetPlan(current, kode);
    if (made.indicators === 0) {
      io.err(noIndicator(made.bagian.kode));
      return 1;
    }
    if (made.plan.ops.length > 0) {
      plans.push(made.plan);
      // The next bagian's plan must see the sheet just added (names are checked against it).
      current = { sheets: [...current.sheets, { name: made.sheet, rows: [] }] };
    }
    for (const note of made.plan.notes) io.out(`• ${note}`);
  }
  if (plans.length > 0) {
    const saved = await savePatched(opened, concatPlans(...plans));
    io.out(
      `Tracker disimpan: ${shown}. ${describeSavedSheets(saved.sheetsCreated, saved.sheetsChanged)} Setiap bagian mengisi sheet Data Kinerja miliknya; gabungkan dengan: lakip consolidate ${shown}`,
    );
  } else {
    io.out(`Tidak ada yang diubah; ${shown} tidak disimpan ulang.`);
  }
  return 0;
}
