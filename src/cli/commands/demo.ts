import { rmSync } from 'node:fs';
import path from 'node:path';
import { LakipError } from '../../core/errors';
import { checkFlags, flagBool, type ParsedArgs } from '../args';
import { HELP_DEMO } from '../help';
import { ensureOutputDir, refuseOverwrite } from '../output-dir';
import type { CliIo } from '../io';
import { exportLakip, markedRowLines, summaryLines } from './export';
import { initTracker } from './init';
import { resultLine, validateFile } from './validate';

export const DEMO_TRACKER = 'tracker-pasrujambe-2017.xlsx';
export const DEMO_DOCX = 'lakip-pasrujambe-2017.docx';

/** The whole cycle on the built-in sample. The demo owns the files it names in its folder. */
export async function runDemo(args: ParsedArgs, io: CliIo): Promise<number> {
  if (flagBool(args, 'help')) {
    io.out(HELP_DEMO);
    return 0;
  }
  checkFlags(args, ['force'], 'demo');
  if (args.positional.length > 1)
    throw new LakipError('usage', 'Sebutkan paling banyak satu folder, mis. lakip demo demo-output');
  const dirArg = args.positional[0] ?? 'demo-output';
  const dir = path.resolve(io.cwd, dirArg);
  ensureOutputDir(dir, dirArg, 'demo menulis contohnya ke sebuah folder, mis. lakip demo demo-output');
  const tracker = path.join(dir, DEMO_TRACKER);
  const docx = path.join(dir, DEMO_DOCX);
  // The same rule as every command: a file that is there (maybe the user's own) is replaced only with --force.
  for (const name of [DEMO_TRACKER, DEMO_DOCX]) {
    refuseOverwrite(
      path.join(dir, name),
      flagBool(args, 'force'),
      path.join(dirArg, name),
      'Pilih folder lain untuk demo',
    );
  }
  // With --force: a link there is removed, never written through.
  rmSync(tracker, { force: true });
  rmSync(docx, { force: true });

  io.out('LAKIP Tracker — demo Kecamatan Pasrujambe, Tahun Laporan 2017');
  io.out('');
  const init = await initTracker({ file: tracker, sample: true }, io);
  io.out(`1. Tracker contoh dibuat: ${path.join(dirArg, DEMO_TRACKER)} (${init.sheets} sheet).`);
  io.out('');

  const checked = await validateFile({ file: tracker, report: true });
  if (checked.saveError !== undefined) throw checked.saveError;
  io.out(
    `2. Tracker diperiksa dan hasilnya ditulis ke sheet Temuan: ${resultLine(checked.result).replace(/^Hasil: /, '')}`,
  );
  io.out('');

  const exported = await exportLakip({ file: tracker, docx, intoTracker: true });
  io.out(
    `3. Tabel LAKIP dihitung dan ditulis ke ${exported.result.tables.length} sheet LAKIP di ${path.join(dirArg, DEMO_TRACKER)}, serta ke ${path.join(dirArg, DEMO_DOCX)} (BAB II dan BAB III Laporan Kinerja).`,
  );
  for (const line of markedRowLines(exported.result)) io.out(`   ${line}`);
  io.out('');
  io.out('Ringkasan:');
  for (const line of summaryLines(exported.result)) io.out(`  ${line}`);
  io.out('');
  io.out(`Buka ${path.join(dirArg, DEMO_TRACKER)} di Excel atau LibreOffice untuk melihatnya.`);
  return 0;
}
