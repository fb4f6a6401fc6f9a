/**
 * `lakip rekap OUT.xlsx TRACKER.xlsx… | FOLDER [--json] [--docx OUT.docx] [--force]`: many
 * kecamatan trackers into one summary workbook for the kabupaten. Each tracker is read alone
 * (the input guard, then the streaming reader, which enforces the package scan's limits as it
 * parses — the trackers are only read, never patched, so the scan's separate inflation pass,
 * 0,05 s a tracker, is not needed) and reduced to its small `UnitFacts` before the next is
 * opened, so memory does not grow with the number of files; the new workbook is the blank
 * package patched with the rekap's plan.
 */
import path from 'node:path';
import { buildRekapDocx } from '../../adapters/docx/rekap-docx';
import { saveBytesAtomic } from '../../adapters/xlsx/file';
import { openBlank, savePatched } from '../../adapters/xlsx/patch-file';
import { readSnapshotStreaming } from '../../adapters/xlsx/stream-read';
import { LakipError } from '../../core/errors';
import {
  buildRekap,
  rekapJson,
  rekapPlan,
  summariseTracker,
  unitLine,
  unreadableTracker,
  type Rekap,
  type TrackerFacts,
} from '../../core/operations/rekap';
import { checkFlags, flagBool, flagString, type ParsedArgs } from '../args';
import { HELP_REKAP } from '../help';
import type { CliIo } from '../io';
import { refuseOverwrite } from '../output-dir';
import { inputFiles } from '../input-files';
import { isSameFile } from '../same-file';


/** One tracker read and reduced to its facts; its snapshot is dropped on return. */
export async function readTrackerFacts(file: string, shown: string): Promise<TrackerFacts> {
  try {
    return summariseTracker(await readSnapshotStreaming(file), shown);
  } catch (e) {
    return unreadableTracker(shown, e);
  }
}

export interface RekapRequest {
  readonly output: string;
  readonly inputs: readonly { readonly path: string; readonly shown: string }[];
  readonly docx?: string;
  readonly now: Date;
  /** Told after each file is read (the bench counts them). */
  readonly onFile?: (facts: TrackerFacts) => void;
}

/** Reads every tracker, one at a time, and writes the rekap workbook (and the .docx). */
export async function rekapFiles(req: RekapRequest): Promise<Rekap> {
  const facts: TrackerFacts[] = [];
  for (const input of req.inputs) {
    const f = await readTrackerFacts(input.path, input.shown);
    req.onFile?.(f);
    facts.push(f);
  }
  const rekap = buildRekap(facts);
  if (rekap.units.length === 0) {
    throw new LakipError(
      'usage',
      `Tidak ada tracker yang dapat direkap: ${rekap.skipped.map((s) => s.reason).join(' ')} Tidak ada file yang ditulis.`,
    );
  }
  await savePatched(await openBlank(req.output, req.now), rekapPlan(rekap));
  if (req.docx !== undefined) await saveBytesAtomic(await buildRekapDocx(rekap), req.docx);
  return rekap;
}

/** The per-file lines: what each tracker gave. */
export function rekapLines(rekap: Rekap): string[] {
  return rekap.units.map((u) => `${u.file}: ${unitLine(u)}`);
}

export async function runRekap(args: ParsedArgs, io: CliIo): Promise<number> {
  if (flagBool(args, 'help')) {
    io.out(HELP_REKAP);
    return 0;
  }
  checkFlags(args, ['json', 'docx', 'force'], 'rekap');
  const [outArg, ...rest] = args.positional;
  if (outArg === undefined || !/\.xlsx$/i.test(outArg)) {
    throw new LakipError(
      'usage',
      `Sebutkan dulu file rekap yang akan dibuat (.xlsx), lalu tracker kecamatan atau foldernya, mis. lakip rekap rekap-2017.xlsx tracker-kecamatan/`,
    );
  }
  if (rest.length === 0) {
    throw new LakipError(
      'usage',
      `Sebutkan tracker kecamatan yang direkap (file .xlsx atau foldernya), mis. lakip rekap ${outArg} tracker-kecamatan/`,
    );
  }
  const docxArg = flagString(args, 'docx');
  if (docxArg !== undefined && !/\.docx$/i.test(docxArg)) {
    throw new LakipError(
      'usage',
      `Keluaran --docx "${docxArg}" harus berakhiran .docx, mis. --docx rekap-2017.docx`,
    );
  }
  const force = flagBool(args, 'force');
  const json = flagBool(args, 'json');
  const output = path.resolve(io.cwd, outArg);
  const docx = docxArg !== undefined ? path.resolve(io.cwd, docxArg) : undefined;

  const inputs = inputFiles(
    rest,
    io.cwd,
    (f) => isSameFile(f, output) || (docx !== undefined && isSameFile(f, docx)),
    (arg) =>
      `${arg} adalah file keluaran rekap itu sendiri; keluaran tidak boleh sama dengan tracker yang direkap: pilih nama lain.`,
  );
  if (inputs.length === 0) {
    throw new LakipError(
      'usage',
      `Tidak ada file .xlsx di ${rest.join(', ')}; sebutkan tracker kecamatan atau folder yang berisi tracker itu.`,
    );
  }
  refuseOverwrite(output, force, outArg);
  if (docx !== undefined && docxArg !== undefined) refuseOverwrite(docx, force, docxArg);

  const say = json ? io.err : io.out;
  const rekap = await rekapFiles({ output, inputs, now: io.now, ...(docx !== undefined ? { docx } : {}) });
  say(`Rekap ${rekap.units.length} unit kerja, Tahun Laporan ${rekap.tahun ?? ''}:`);
  for (const line of rekapLines(rekap)) say(`• ${line}`);
  const unmatched = rekap.indicators.filter((i) => i.missing.length > 0);
  if (unmatched.length > 0) {
    say(`${unmatched.length} indikator tidak ada di semua unit (tetap dicantumkan di Rekap Capaian):`);
    for (const i of unmatched) {
      say(`  • ${i.kode !== '' ? `${i.kode} ` : ''}${i.indikator} — tidak ada di ${i.missing.join(', ')}`);
    }
  }
  if (rekap.skipped.length > 0) {
    say(`${rekap.skipped.length} file tidak direkap:`);
    for (const s of rekap.skipped) say(`  • ${s.reason}`);
  }
  say(`Rekap ditulis ke file baru ${outArg}: sheet ${rekap.tables.map((t) => t.sheetName).join(', ')}.`);
  if (docxArg !== undefined) say(`Dokumen Word rekap ditulis: ${docxArg}.`);
  if (json) io.out(JSON.stringify(rekapJson(rekap), null, 2));
  return rekap.skipped.length > 0 ? 1 : 0;
}
