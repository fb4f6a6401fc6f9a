import { existsSync } from 'node:fs';
import path from 'node:path';
import { withTrackerLock } from '../../adapters/xlsx/lock';
import { openBlank, openForPatch, savePatched } from '../../adapters/xlsx/patch-file';
import { IMPORT_HINT, prepareTracker } from '../../core/operations/prepare-tracker';
import { SAMPLE_PASRUJAMBE_2017 } from '../../core/seed/sample';
import { checkFlags, flagBool, flagString, parseTahun, type ParsedArgs } from '../args';
import { HELP_INIT } from '../help';
import type { CliIo } from '../io';
import { LakipError } from '../../core/errors';
import { describeSavedSheets } from '../../core/plan/save-report';

export interface InitResult {
  readonly file: string;
  readonly created: boolean;
  readonly changed: boolean;
  readonly sheets: number;
  /** Sheets created and existing sheets changed by this run (every other sheet is as it was). */
  readonly sheetsCreated: readonly string[];
  readonly sheetsChanged: readonly string[];
  /** The sample went into a workbook that already held data (--force). */
  readonly sampleMixed: boolean;
}

export interface InitRequest {
  readonly file: string;
  readonly tahun?: number;
  readonly unit?: string;
  readonly kabupaten?: string;
  readonly sample: boolean;
  /** Pour the sample into a workbook that already holds data. */
  readonly force?: boolean;
  /** Make the optional sheet Kategori Capaian (--kategori-capaian). */
  readonly kategoriCapaian?: boolean;
}

/** Make or upgrade a tracker file. */
export async function initTracker(req: InitRequest, io: CliIo): Promise<InitResult> {
  return withTrackerLock(req.file, () => initUnlocked(req, io));
}

async function initUnlocked(req: InitRequest, io: CliIo): Promise<InitResult> {
  const exists = existsSync(req.file);
  const opened = exists ? await openForPatch(req.file) : await openBlank(req.file, io.now);
  const { snapshot } = opened;
  const prepared = prepareTracker(snapshot, {
    currentYear: io.now.getFullYear(),
    ...(req.tahun !== undefined ? { tahun: req.tahun } : {}),
    ...(req.unit !== undefined ? { unit: req.unit } : {}),
    ...(req.kabupaten !== undefined ? { kabupaten: req.kabupaten } : {}),
    ...(req.sample ? { sample: SAMPLE_PASRUJAMBE_2017 } : {}),
    force: req.force === true,
    ...(req.kategoriCapaian === true ? { kategoriCapaian: true } : {}),
  });
  // The sample is for a new, empty workbook: never mixed into a real one unless asked for.
  if (prepared.refusal !== null) {
    throw new LakipError(
      'usage',
      `${prepared.refusal} Buat tracker contoh di file baru, mis. lakip init contoh-2017.xlsx --sample, atau tambahkan --force bila memang ingin mencampurnya.`,
    );
  }
  const { plan, sampleMixed } = prepared;
  const name = path.relative(io.cwd, req.file) || path.basename(req.file);
  const quoted = /\s/.test(name) ? `"${name}"` : name;
  for (const note of plan.notes) io.out(`• ${note.replace(IMPORT_HINT, `lakip import ${quoted} ${quoted}`)}`);
  const before = snapshot.sheets.length;
  if (plan.ops.length === 0) {
    return {
      file: req.file,
      created: false,
      changed: false,
      sheets: before,
      sheetsCreated: [],
      sheetsChanged: [],
      sampleMixed,
    };
  }
  const saved = await savePatched(opened, plan);
  return {
    file: req.file,
    created: !exists,
    changed: saved.changed,
    sheets: before + saved.sheetsCreated.length,
    sheetsCreated: saved.sheetsCreated,
    sheetsChanged: saved.sheetsChanged,
    sampleMixed,
  };
}

export async function runInit(args: ParsedArgs, io: CliIo): Promise<number> {
  if (flagBool(args, 'help')) {
    io.out(HELP_INIT);
    return 0;
  }
  checkFlags(args, ['tahun', 'unit', 'kabupaten', 'sample', 'force', 'kategori-capaian'], 'init');
  const file = args.positional[0];
  if (!file || args.positional.length > 1) {
    throw new LakipError('usage', 'Sebutkan satu file tracker, mis. lakip init tracker-2017.xlsx');
  }
  if (!/\.xlsx$/i.test(file)) {
    throw new LakipError(
      'usage',
      `"${file}" bukan nama file .xlsx; tracker disimpan sebagai .xlsx, mis. tracker-2017.xlsx.`,
    );
  }
  const tahun = parseTahun(flagString(args, 'tahun'));
  const unit = flagString(args, 'unit');
  const kabupaten = flagString(args, 'kabupaten');
  const result = await initTracker(
    {
      file: path.resolve(io.cwd, file),
      sample: flagBool(args, 'sample'),
      force: flagBool(args, 'force'),
      kategoriCapaian: flagBool(args, 'kategori-capaian'),
      ...(tahun !== undefined ? { tahun } : {}),
      ...(unit !== undefined ? { unit } : {}),
      ...(kabupaten !== undefined ? { kabupaten } : {}),
    },
    io,
  );
  if (result.created) io.out(`Tracker dibuat: ${file} (${result.sheets} sheet).`);
  else if (result.changed && result.sampleMixed)
    io.out(
      `Tracker dimutakhirkan: ${file}. Data contoh Kecamatan Pasrujambe 2017 dimasukkan ke sheet yang masih kosong (--force); sel yang sudah Anda isi tidak diubah. ${describeSavedSheets(result.sheetsCreated, result.sheetsChanged)}`,
    );
  else if (result.changed)
    io.out(
      `Tracker dimutakhirkan: ${file}. Isian Anda tidak diubah. ${describeSavedSheets(result.sheetsCreated, result.sheetsChanged)}`,
    );
  else io.out(`Tracker ${file} sudah lengkap; tidak ada yang diubah.`);
  return 0;
}
