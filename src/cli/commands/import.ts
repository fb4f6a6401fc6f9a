/**
 * `lakip import TRACKER SOURCE.xlsx [--sheet NAMA] [--ke SHEET] [--peta PETA.json]
 * [--triwulan N] [--kumulatif | --per-triwulan] [--json] [--terapkan]` (issue #12).
 * Without --terapkan it prints the proposal and the preview and changes nothing; with it,
 * the tracker is saved (the previous version kept as NAME.sebelum-impor.xlsx). The source
 * file is only read.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { assertWritable, saveBytesAtomic } from '../../adapters/xlsx/file';
import { withTrackerLock } from '../../adapters/xlsx/lock';
import { openForPatch, savePatched } from '../../adapters/xlsx/patch-file';
import { readSnapshotStreaming } from '../../adapters/xlsx/stream-read';
import { LakipError } from '../../core/errors';
import { describeImport } from '../../core/operations/import-describe';
import { MEMORY_SHEET } from '../../core/import/memory';
import type { TableCorrection } from '../../core/import/mapping';
import { importJson, planImport, type ImportMapping, type ImportOptions } from '../../core/operations/import';
import { describeSavedSheets } from '../../core/plan/save-report';
import { SCHEMAS } from '../../core/schema/registry';
import type { SheetId } from '../../core/schema/types';
import { checkFlags, flagBool, flagString, type ParsedArgs } from '../args';
import { checkInputName } from '../input-name';
import type { CliIo } from '../io';
import { isSameFile } from '../same-file';

export const HELP_IMPORT = `Pemakaian: lakip import TRACKER SUMBER.xlsx [--sheet NAMA] [--ke SHEET] [--peta PETA.json]
                   [--triwulan N] [--kumulatif | --per-triwulan] [--json] [--terapkan]

Membaca tabel dari workbook Anda sendiri (form evaluasi Renja, templat impor
e-SAKIP, rencana aksi bulanan, PK dari Word …), mengusulkan sheet tracker dan
kolom untuk setiap kolomnya, lalu menampilkan pratinjau: baris yang
ditambahkan, yang diubah (lama → baru), yang dilewati beserta alasannya, dan
apa yang masih perlu Anda putuskan. Tanpa --terapkan tidak ada yang diubah.

  --sheet NAMA     hanya tabel di sheet NAMA dari file sumber; SUMBER boleh
                   tracker itu sendiri bila NAMA sheet milik Anda di dalamnya
  --ke SHEET       sheet tracker tujuan semua tabel, mis. --ke "Data Kinerja"
  --peta PETA.json pemetaan yang sudah dikoreksi (bentuknya sama dengan --json)
  --triwulan N     hanya nilai triwulan N (1–4)
  --kumulatif      nilai triwulan/bulanan di sumber kumulatif (s.d. periode itu)
  --per-triwulan   nilai triwulan/bulanan di sumber per periode
  --json           cetak usulan dan pratinjau sebagai JSON
  --terapkan       tulis ke tracker (versi sebelumnya disimpan sebagai
                   TRACKER.sebelum-impor.xlsx); pemetaan diingat di tracker
                   sehingga file bertata letak sama berikutnya tidak perlu dipilih lagi

Kode keluar: 0 usulan dibuat, 2 file sumber tidak dapat dipakai atau perintah salah.`;

/** `tracker.xlsx` → `tracker.sebelum-impor.xlsx`. */
export function importBackupPathOf(file: string): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}.sebelum-impor${ext}`);
}

function sheetIdOf(name: string, flag: string): SheetId {
  const wanted = name.trim().toLowerCase();
  const found = Object.values(SCHEMAS).find(
    (s) => s.kind === 'table' && (s.name.toLowerCase() === wanted || s.id.toLowerCase() === wanted),
  );
  if (found === undefined) {
    throw new LakipError(
      'usage',
      `Sheet tujuan "${name}" (${flag}) tidak ada di tracker; pakai nama sheet tracker, mis. "Data Kinerja", "PK", "Rencana Aksi" atau "DPA".`,
    );
  }
  return found.id;
}

/** A tracker sheet's own name (or the memory sheet's): never an import source. */
function isTrackerSheetName(name: string): boolean {
  const wanted = name.trim().toLowerCase();
  return (
    wanted === MEMORY_SHEET.toLowerCase() ||
    Object.values(SCHEMAS).some(
      (s) => s.name.toLowerCase() === wanted || (s.aliases ?? []).some((a) => a.toLowerCase() === wanted),
    )
  );
}

/** Reads `--peta`: the shape `--json` prints (target and field as the tracker names them). */
function readPeta(file: string, cwd: string): ImportMapping {
  const p = path.resolve(cwd, file);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(p, 'utf8'));
  } catch {
    throw new LakipError(
      'usage',
      `File peta ${file} tidak dapat dibaca sebagai JSON; simpan keluaran lakip import --json ke file, koreksi, lalu coba lagi.`,
    );
  }
  const tables = (data as { tables?: unknown }).tables;
  if (!Array.isArray(tables)) {
    throw new LakipError(
      'usage',
      `File peta ${file} tidak berisi "tables"; bentuknya sama dengan keluaran lakip import --json.`,
    );
  }
  return {
    tables: tables.map((t: unknown, i): TableCorrection => {
      const o = t as {
        sheet?: unknown;
        headerRows?: unknown;
        target?: unknown;
        columns?: unknown;
        kumulatif?: unknown;
      };
      if (typeof o.sheet !== 'string') {
        throw new LakipError('usage', `File peta ${file}: tabel ke-${i + 1} tidak menyebut "sheet".`);
      }
      const columns: Record<string, string | null> = {};
      if (Array.isArray(o.columns)) {
        for (const c of o.columns as { column?: unknown; field?: unknown }[]) {
          if (typeof c.column === 'string' && (typeof c.field === 'string' || c.field === null))
            columns[c.column] = c.field;
        }
      }
      const headerRow =
        Array.isArray(o.headerRows) && typeof o.headerRows[0] === 'number' ? o.headerRows[0] : undefined;
      return {
        sheet: o.sheet,
        ...(headerRow !== undefined ? { headerRow } : {}),
        ...(o.target === null
          ? { target: null }
          : typeof o.target === 'string'
            ? { target: sheetIdOf(o.target, '--peta') }
            : {}),
        columns,
      };
    }),
  };
}

function optionsOf(
  args: ParsedArgs,
  io: CliIo,
  sourceName: string,
  sheet: string | undefined,
): ImportOptions {
  if (flagBool(args, 'kumulatif') && flagBool(args, 'per-triwulan')) {
    throw new LakipError('usage', 'Pilih salah satu: --kumulatif atau --per-triwulan.');
  }
  const tw = flagString(args, 'triwulan');
  if (tw !== undefined && !/^[1-4]$/.test(tw)) {
    throw new LakipError('usage', `Triwulan "${tw}" tidak valid: tulis 1, 2, 3 atau 4, mis. --triwulan 2.`);
  }
  const peta = flagString(args, 'peta');
  const ke = flagString(args, 'ke');
  let mapping = peta === undefined ? undefined : readPeta(peta, io.cwd);
  if (ke !== undefined) {
    const target = sheetIdOf(ke, '--ke');
    const given = mapping?.tables ?? [];
    mapping = {
      tables: [
        ...given.map((t) => ({ ...t, target })),
        // Every table of the chosen sheet (or of every sheet) goes to --ke unless --peta names it.
        { sheet: sheet ?? '*', target },
      ],
    };
  }
  return {
    sourceName,
    ...(sheet !== undefined ? { sheet } : {}),
    ...(mapping !== undefined ? { mapping } : {}),
    ...(tw !== undefined ? { triwulan: Number(tw) as 1 | 2 | 3 | 4 } : {}),
    ...(flagBool(args, 'kumulatif') ? { quarterMode: 'kumulatif' as const } : {}),
    ...(flagBool(args, 'per-triwulan') ? { quarterMode: 'per-triwulan' as const } : {}),
  };
}

export async function runImport(args: ParsedArgs, io: CliIo): Promise<number> {
  if (flagBool(args, 'help')) {
    io.out(HELP_IMPORT);
    return 0;
  }
  checkFlags(
    args,
    ['sheet', 'ke', 'peta', 'triwulan', 'kumulatif', 'per-triwulan', 'json', 'terapkan'],
    'import',
  );
  const [file, sourceArg, extra] = args.positional;
  // `--sheet NAMA` (a flag other commands use without a value): its value is the third word.
  const sheetFlag = args.flags.get('sheet');
  const sheet = typeof sheetFlag === 'string' ? sheetFlag : sheetFlag === true ? extra : undefined;
  if (sheetFlag === true && extra === undefined) {
    throw new LakipError(
      'usage',
      'Opsi --sheet memerlukan nama sheet sumber, mis. --sheet "Evaluasi Renja".',
    );
  }
  if (file === undefined || sourceArg === undefined || (extra !== undefined && sheetFlag !== true)) {
    throw new LakipError(
      'usage',
      'Sebutkan file tracker lalu satu file sumber, mis. lakip import tracker-2026.xlsx evaluasi-renja.xlsx',
    );
  }
  checkInputName(file, io.cwd, 'lakip import tracker-2026.xlsx evaluasi-renja.xlsx');
  const trackerPath = path.resolve(io.cwd, file);
  const sourcePath = path.resolve(io.cwd, sourceArg);
  const backup = importBackupPathOf(trackerPath);
  // A sheet of the user's own inside the tracker (one `init` left alone) is imported with --sheet.
  const self = isSameFile(sourcePath, trackerPath);
  if (isSameFile(sourcePath, backup) || (self && sheet === undefined)) {
    throw new LakipError(
      'usage',
      self
        ? `${sourceArg} adalah tracker itu sendiri; untuk mengimpor sheet milik Anda di dalamnya, sebutkan sheetnya, mis. --sheet "PK Saya".`
        : `${sourceArg} adalah salinan cadangan tracker; sebutkan workbook yang datanya ingin diimpor.`,
    );
  }
  if (self && sheet !== undefined && isTrackerSheetName(sheet)) {
    throw new LakipError(
      'usage',
      `Sheet "${sheet}" adalah sheet tracker sendiri, bukan sumber impor; sebutkan sheet yang tata letaknya milik Anda, mis. --sheet "PK Saya".`,
    );
  }
  const options = optionsOf(args, io, path.basename(sourcePath), sheet);
  const apply = flagBool(args, 'terapkan');

  return withTrackerLock(trackerPath, async () => {
    const opened = await openForPatch(trackerPath);
    const source = self ? opened.snapshot : await readSnapshotStreaming(sourcePath);
    if (
      sheet !== undefined &&
      !source.sheets.some((s) => s.name.trim().toLowerCase() === sheet.trim().toLowerCase())
    ) {
      io.err(
        `Sheet "${sheet}" tidak ada di ${sourceArg}; sheet yang ada: ${source.sheets.map((s) => s.name).join(', ')}.`,
      );
      return 2;
    }
    const preview = planImport(source, opened.snapshot, options);
    if (preview.tables.length === 0) {
      io.err(
        `Tidak ada tabel yang dikenali di ${sourceArg}: tidak ditemukan baris judul kolom (mis. "Indikator Kinerja", "Target", "Realisasi"). Periksa sheetnya, atau sebutkan --sheet.`,
      );
      return 2;
    }
    if (flagBool(args, 'json')) io.out(JSON.stringify(importJson(preview), null, 2));
    else {
      io.out(`Impor dari ${sourceArg} ke ${file}:`);
      io.out('');
      for (const line of describeImport(preview)) io.out(line);
      io.out('');
    }
    const say = (line: string): void => (flagBool(args, 'json') ? io.err(line) : io.out(line));
    if (!apply) {
      say(
        preview.plan.ops.length === 0
          ? 'Tidak ada yang perlu diubah di tracker.'
          : `Pratinjau saja: ${file} tidak diubah. Untuk menulisnya, jalankan perintah yang sama dengan --terapkan.`,
      );
      return 0;
    }
    if (preview.plan.ops.length === 0) {
      say(`Tidak ada yang berubah; ${file} tidak disimpan ulang.`);
      return 0;
    }
    await assertWritable(trackerPath);
    await saveBytesAtomic(opened.data, backup, { link: 'replace', permissionsOf: trackerPath });
    const done = await savePatched(opened, preview.plan);
    for (const note of preview.plan.notes) say(note);
    say(
      `Tracker disimpan: ${file}. ${describeSavedSheets(done.sheetsCreated, done.sheetsChanged)} Versi sebelumnya disimpan sebagai ${path.basename(backup)}.`,
    );
    return 0;
  });
}
