import { existsSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { applyPlan } from '../../adapters/xlsx/apply';
import { openXlsxFile, saveXlsxAtomic } from '../../adapters/xlsx/file';
import { readSnapshot } from '../../adapters/xlsx/read';
import { buildInitPlan, type InitOptions } from '../../core/init/init-plan';
import { sampleRefusal } from '../../core/init/sample-policy';
import { SAMPLE_PASRUJAMBE_2017 } from '../../core/seed/sample';
import { checkFlags, flagBool, flagString, parseTahun, type ParsedArgs } from '../args';
import { HELP_INIT } from '../help';
import type { CliIo } from '../io';
import { LakipError } from '../../core/errors';

export interface InitResult {
  readonly file: string;
  readonly created: boolean;
  readonly changed: boolean;
  readonly sheets: number;
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
}

/** Make or upgrade a tracker file. */
export async function initTracker(req: InitRequest, io: CliIo): Promise<InitResult> {
  const exists = existsSync(req.file);
  const wb = exists ? (await openXlsxFile(req.file, { forWrite: true })).wb : newWorkbook(io.now);
  const snapshot = readSnapshot(wb);
  const options: InitOptions = {
    tahun: req.tahun ?? (req.sample ? 2017 : io.now.getFullYear() - 1),
    ...(req.tahun !== undefined ? { tahunGiven: true } : {}),
    ...(req.unit !== undefined ? { unit: req.unit } : req.sample ? { unit: 'Kecamatan Pasrujambe' } : {}),
    ...(req.kabupaten !== undefined
      ? { kabupaten: req.kabupaten }
      : req.sample
        ? { kabupaten: 'Lumajang' }
        : {}),
    ...(req.sample ? { sample: SAMPLE_PASRUJAMBE_2017 } : {}),
  };
  // The sample is for a new, empty workbook: never mixed into a real one unless asked for.
  const refusal = req.sample ? sampleRefusal(snapshot, options) : null;
  if (refusal !== null && req.force !== true) {
    throw new LakipError(
      'usage',
      `${refusal} Buat tracker contoh di file baru, mis. lakip init contoh-2017.xlsx --sample, atau tambahkan --force bila memang ingin mencampurnya.`,
    );
  }
  const plan = buildInitPlan(snapshot, options);
  for (const note of plan.notes) io.out(`• ${note}`);
  const sampleMixed = refusal !== null;
  if (plan.ops.length === 0) {
    return { file: req.file, created: false, changed: false, sheets: wb.worksheets.length, sampleMixed };
  }
  applyPlan(wb, plan);
  await saveXlsxAtomic(wb, req.file);
  return { file: req.file, created: !exists, changed: true, sheets: wb.worksheets.length, sampleMixed };
}

function newWorkbook(now: Date): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'LAKIP Tracker';
  wb.created = now;
  wb.modified = now;
  return wb;
}

export async function runInit(args: ParsedArgs, io: CliIo): Promise<number> {
  if (flagBool(args, 'help')) {
    io.out(HELP_INIT);
    return 0;
  }
  checkFlags(args, ['tahun', 'unit', 'kabupaten', 'sample', 'force'], 'init');
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
      ...(tahun !== undefined ? { tahun } : {}),
      ...(unit !== undefined ? { unit } : {}),
      ...(kabupaten !== undefined ? { kabupaten } : {}),
    },
    io,
  );
  if (result.created) io.out(`Tracker dibuat: ${file} (${result.sheets} sheet).`);
  else if (result.changed && result.sampleMixed)
    io.out(
      `Tracker dimutakhirkan: ${file}. Data contoh Kecamatan Pasrujambe 2017 dimasukkan ke sheet yang masih kosong (--force); sel yang sudah Anda isi tidak diubah.`,
    );
  else if (result.changed) io.out(`Tracker dimutakhirkan: ${file}. Isian Anda tidak diubah.`);
  else io.out(`Tracker ${file} sudah lengkap; tidak ada yang diubah.`);
  return 0;
}
