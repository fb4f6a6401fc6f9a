import path from 'node:path';
import { buildLakipDocx } from '../../adapters/docx/lakip-docx';
import { saveBytesAtomic } from '../../adapters/xlsx/file';
import { withTrackerLock } from '../../adapters/xlsx/lock';
import { openBlank, openForPatch, savePatched } from '../../adapters/xlsx/patch-file';
import { readSnapshotStreaming } from '../../adapters/xlsx/stream-read';
import { LakipError } from '../../core/errors';
import { describeSavedSheets } from '../../core/plan/save-report';
import { formatNumber, formatPercent, formatRupiah } from '../../core/format/indonesian';
import { placeSections, unplacedText } from '../../core/lakip/export-plan';
import { markedRows, type LakipResult } from '../../core/lakip/tables';
import {
  exportLakip as exportLakipTables,
  wasExported,
  type PreparedExport,
} from '../../core/operations/export-lakip';
import { checkFlags, flagBool, flagString, type ParsedArgs } from '../args';
import { HELP_EXPORT } from '../help';
import type { CliIo } from '../io';
import { checkInputName } from '../input-name';
import { refuseOverwrite } from '../output-dir';
import { refuseTrackerAsOutput } from '../same-file';
import { notTrackerError } from './validate';

export interface ExportRequest {
  /** The tracker (absolute path). */
  readonly file: string;
  /** Write a new workbook with only the LAKIP sheets here instead of into the tracker. */
  readonly output?: string;
  /** Also write the tables as a Word document here. */
  readonly docx?: string;
  /** Write into the tracker (when there is no `output`). */
  readonly intoTracker: boolean;
  /** Drop what the user typed into the old LAKIP sheets that has no place in the new ones. */
  readonly force?: boolean;
  /** Told what is about to be written (galat, DRAF), before anything is. */
  readonly beforeWrite?: (prepared: PreparedExport) => void;
}

export interface ExportOutcome {
  readonly result: LakipResult;
  /** Galat the tracker still has (the tables are marked DRAF). */
  readonly galat: number;
  /** The user's cells of the old LAKIP sheets carried over, and those dropped with --force. */
  readonly carried: number;
  readonly dropped: number;
  /** The files written, in order. */
  readonly written: readonly string[];
  /** What the save into the tracker did ("Sheet diubah: LAKIP PK … Sheet lain tidak diubah."). */
  readonly saved?: string;
}

/** The tracker's LAKIP tables computed and written where asked. Leaves every file as it was on failure. */
export async function exportLakip(req: ExportRequest): Promise<ExportOutcome> {
  for (const target of [req.output, req.docx]) {
    if (target !== undefined) refuseTrackerAsOutput(req.file, path.basename(req.file), target, target);
  }
  const intoTracker = req.intoTracker && req.output === undefined;
  return intoTracker ? withTrackerLock(req.file, () => exportUnlocked(req)) : exportUnlocked(req);
}

async function exportUnlocked(req: ExportRequest): Promise<ExportOutcome> {
  const writeTracker = req.intoTracker && req.output === undefined;
  // Reading only (-o, --json): the streaming reader, faster and leaner on large trackers.
  const opened = writeTracker ? await openForPatch(req.file) : undefined;
  const snapshot = opened?.snapshot ?? (await readSnapshotStreaming(req.file));
  const prepared = exportLakipTables(snapshot, {
    into: writeTracker ? 'tracker' : 'new',
    force: req.force === true,
  });
  if (!wasExported(prepared)) throw notTrackerError(path.basename(req.file), prepared.workbook.ownSheets);
  const { result, plan, draft } = prepared;
  if (prepared.blocked) {
    throw new LakipError(
      'usage',
      `${unplacedText(plan.unplaced)} Tracker tidak diubah; tambahkan --force untuk tetap mengekspor dan membuang isian itu.`,
    );
  }
  req.beforeWrite?.(prepared);
  const written: string[] = [];
  let saved: string | undefined;
  if (req.output !== undefined) {
    // A new workbook: the blank package patched with the LAKIP sheets.
    await savePatched(await openBlank(req.output, new Date()), plan);
    written.push(req.output);
  } else if (opened !== undefined) {
    const done = await savePatched(opened, plan);
    saved = describeSavedSheets(done.sheetsCreated, done.sheetsChanged);
    written.push(req.file);
  }
  if (req.docx !== undefined) {
    await saveBytesAtomic(await buildLakipDocx(result, draft !== undefined ? { draft } : {}), req.docx);
    written.push(req.docx);
  }
  return {
    result,
    galat: prepared.galat,
    carried: writeTracker ? plan.carried : 0,
    dropped: writeTracker ? plan.unplaced.length : 0,
    written,
    ...(saved === undefined ? {} : { saved }),
  };
}

/** The rows that could not be computed: which (sheet and row of the LAKIP sheet) and why. */
export function markedRowLines(result: LakipResult): string[] {
  return markedRows(result).map(({ table, section, row, index }) => {
    const sectionIndex = table.sections.indexOf(section);
    const sheetRow = (placeSections(table)[sectionIndex]?.firstDataRow ?? 0) + index;
    const label = row.cells.find((c, i) => i > 0 && typeof c === 'string' && c !== '') ?? '';
    const from = row.source ? ` (dari ${row.source.sheet} baris ${row.source.row})` : '';
    return `• ${table.sheetName} baris ${sheetRow}: ${String(label)}${from} — ${row.mark ?? ''}`;
  });
}

/** The short summary: indicators by kategori, total serapan, SOP steps done, each sasaran's average capaian. */
export function summaryLines(result: LakipResult): string[] {
  const s = result.summary;
  // Per kategori in the scheme's order (best band first, Tidak Ada Target last), then the rest.
  const kategori = s.kategori.filter((k) => k.jumlah > 0).map((k) => `${k.jumlah} ${k.kategori}`);
  if (s.uncategorised > 0) kategori.push(`${s.uncategorised} tidak dapat dihitung`);
  const sasaran = s.sasaran.map((a) => {
    const left = a.indicators - a.counted;
    const figure =
      a.capaian === null
        ? 'belum dapat dihitung'
        : `${formatPercent(a.capaian)}${a.kategori !== null ? ` (${a.kategori})` : ''}`;
    const note =
      a.capaian !== null && left > 0 ? `; ${left} dari ${a.indicators} indikator tidak diikutkan` : '';
    return `  – ${a.sasaran !== '' ? a.sasaran : '(tanpa sasaran)'}: ${figure}${note}`;
  });
  return [
    `Indikator kinerja: ${s.indicators}${kategori.length > 0 ? ` — ${kategori.join(', ')}` : ''}.`,
    s.serapan === null
      ? 'Serapan anggaran: belum dapat dihitung (pagu belum diisi).'
      : `Serapan anggaran: ${formatPercent(s.serapan)} (${formatRupiah(s.realisasi)} dari pagu ${formatRupiah(s.pagu)}).`,
    `Langkah SOP selesai: ${s.sopDone} dari ${s.sopTotal}${s.sopTotal > 0 ? ` (${formatNumber((s.sopDone / s.sopTotal) * 100, 2)}%)` : ''}; dokumen diterima: ${s.documentsReceived} dari ${s.documentsTotal}.`,
    ...(sasaran.length > 0 ? ['Rata-rata capaian sasaran:', ...sasaran] : []),
  ];
}

export async function runExport(args: ParsedArgs, io: CliIo): Promise<number> {
  if (flagBool(args, 'help')) {
    io.out(HELP_EXPORT);
    return 0;
  }
  checkFlags(args, ['output', 'json', 'docx', 'force'], 'export');
  const fileArg = args.positional[0];
  if (!fileArg || args.positional.length > 1) {
    throw new LakipError('usage', 'Sebutkan satu file tracker, mis. lakip export tracker-2017.xlsx');
  }
  checkInputName(fileArg, io.cwd, 'lakip export tracker-2017.xlsx');
  const outArg = flagString(args, 'output');
  const docxArg = flagString(args, 'docx');
  const json = flagBool(args, 'json');
  const force = flagBool(args, 'force');
  if (outArg !== undefined && !/\.xlsx$/i.test(outArg)) {
    throw new LakipError('usage', `Keluaran -o "${outArg}" harus berakhiran .xlsx, mis. -o lakip-2017.xlsx`);
  }
  if (docxArg !== undefined && !/\.docx$/i.test(docxArg)) {
    throw new LakipError(
      'usage',
      `Keluaran --docx "${docxArg}" harus berakhiran .docx, mis. --docx lakip-2017.docx`,
    );
  }
  const file = path.resolve(io.cwd, fileArg);
  const output = outArg !== undefined ? path.resolve(io.cwd, outArg) : undefined;
  const docx = docxArg !== undefined ? path.resolve(io.cwd, docxArg) : undefined;
  if (output !== undefined && outArg !== undefined) refuseTrackerAsOutput(file, fileArg, output, outArg);
  if (docx !== undefined && docxArg !== undefined) refuseTrackerAsOutput(file, fileArg, docx, docxArg);
  if (output !== undefined && outArg !== undefined) refuseOverwrite(output, force, outArg);
  if (docx !== undefined && docxArg !== undefined) refuseOverwrite(docx, force, docxArg);

  // With --json the tables are printed; the tracker is written only without --json.
  const say = json ? io.err : io.out;
  const { result, written, galat, carried, dropped, saved } = await exportLakip({
    file,
    ...(output !== undefined ? { output } : {}),
    ...(docx !== undefined ? { docx } : {}),
    intoTracker: !json,
    force,
    beforeWrite: ({ galat: n }) => {
      if (n > 0) {
        say(
          `Tracker masih berisi ${n} galat: tabel dihitung dari data yang belum selesai dan ditandai DRAF. Lihat galatnya dengan: lakip validate ${fileArg}`,
        );
      }
    },
  });

  // Files are named as the user typed them.
  const typed = new Map<string, string>([[file, fileArg]]);
  if (output !== undefined && outArg !== undefined) typed.set(output, outArg);
  if (docx !== undefined && docxArg !== undefined) typed.set(docx, docxArg);
  const shown = (p: string): string => typed.get(p) ?? p;
  for (const w of written) {
    if (w === docx) say(`Dokumen Word tabel LAKIP ditulis: ${shown(w)}.`);
    else if (w === output)
      say(`Tabel LAKIP ditulis ke file baru ${shown(w)} (${result.tables.length} sheet LAKIP).`);
    else
      say(
        `Tabel LAKIP ditulis ke ${shown(w)}: sheet ${result.tables.map((t) => t.sheetName).join(', ')}. ${saved ?? ''}`.trimEnd(),
      );
  }
  if (carried > 0)
    say(`${carried} isian Anda di sheet LAKIP sebelumnya dipertahankan (menurut indikator/program).`);
  if (dropped > 0) say(`${dropped} isian di sheet LAKIP sebelumnya dibuang (--force).`);
  const marked = markedRowLines(result);
  if (marked.length > 0) {
    say(
      `${marked.length} baris tidak dapat dihitung lengkap (ditandai kuning; alasannya di kolom Keterangan):`,
    );
    for (const line of marked) say(`  ${line}`);
  }
  if (json) {
    io.out(
      JSON.stringify({ tables: result.tables, findings: result.findings, summary: result.summary }, null, 2),
    );
  } else {
    say('');
    for (const line of summaryLines(result)) say(line);
  }
  if (galat > 0) {
    say(
      `Tabel masih DRAF: perbaiki ${galat} galat di tracker (lakip validate ${fileArg}), lalu ekspor lagi.`,
    );
    return 1;
  }
  return 0;
}
