import path from 'node:path';
import { applyPlan } from '../../adapters/xlsx/apply';
import { openXlsxFile, saveXlsxAtomic } from '../../adapters/xlsx/file';
import { readSnapshotStreaming } from '../../adapters/xlsx/stream-read';
import { LakipError } from '../../core/errors';
import type { Finding } from '../../core/findings/finding';
import { describeFinding, severityLabel } from '../../core/findings/messages';
import { FINDINGS_LIMIT, validationJson } from '../../core/findings/report';
import { formatNumber, formatShare } from '../../core/format/indonesian';
import { readSettings } from '../../core/model/settings';
import { readTracker, findSchemaSheet } from '../../core/read/tracker';
import { buildTemuanPlan } from '../../core/report/temuan-plan';
import { ALL_SHEETS, SCHEMAS, TEMUAN_SHEET } from '../../core/schema/registry';
import { normaliseSheetName, type WorkbookSnapshot } from '../../core/snapshot';
import type { CompletenessEntry } from '../../core/validate/completeness';
import type { ValidationResult } from '../../core/validate/validate';
import { validateWorkbook } from '../../core/validate/validate-workbook';
import { checkFlags, flagBool, type ParsedArgs } from '../args';
import { HELP_VALIDATE } from '../help';
import type { CliIo } from '../io';
import { checkInputName } from '../input-name';

/** Findings shown per sheet in the text summary (all are in --json and in the Temuan sheet). */
export const SHOWN_PER_SHEET = 20;

export interface ValidateRequest {
  /** The tracker (absolute path). */
  readonly file: string;
  /** Rebuild the Temuan sheet in the file. */
  readonly report: boolean;
}

export interface ValidateOutcome {
  readonly result: ValidationResult;
  readonly unit: string;
  readonly tahun: number | null;
  /** The Temuan sheet was written into the file. */
  readonly reportWritten: boolean;
}

/** Validates a tracker file and, when asked, rebuilds its Temuan sheet. Leaves the file as it was on failure. */
export async function validateFile(req: ValidateRequest): Promise<ValidateOutcome> {
  // Reading only: the streaming reader, faster and leaner on large trackers.
  const { wb, snapshot } = req.report
    ? await openXlsxFile(req.file, { forWrite: true })
    : { wb: undefined, snapshot: await readSnapshotStreaming(req.file) };
  assertTracker(snapshot, req.file);
  // A bagian's data format (lakip format): only its Data Kinerja rows are checked.
  const { result } = validateWorkbook(snapshot);
  const settings = readSettings(readTracker(snapshot, [SCHEMAS.pengaturan]));
  if (wb !== undefined) {
    applyPlan(wb, buildTemuanPlan(result, settings.namaUnit, settings.tahunLaporan));
    await saveXlsxAtomic(wb, req.file);
  }
  return { result, unit: settings.namaUnit, tahun: settings.tahunLaporan, reportWritten: req.report };
}

/** A workbook with none of the contract's sheets is not a tracker: nothing to validate (exit 2). */
function assertTracker(snapshot: WorkbookSnapshot, file: string): void {
  if (!ALL_SHEETS.some((schema) => findSchemaSheet(snapshot, schema) !== undefined)) {
    throw new LakipError(
      'usage',
      `${path.basename(file)} bukan tracker LAKIP: tidak ada satu pun sheet tracker (Pengaturan, SOP, PK …). Buat tracker dengan: lakip init ${path.basename(file)}`,
    );
  }
}

function percent(e: CompletenessEntry): string {
  return formatShare(e.ratio);
}

function counts(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const parts = [
    errors > 0 ? `${formatNumber(errors)} galat` : '',
    warnings > 0 ? `${formatNumber(warnings)} peringatan` : '',
  ];
  return parts.filter((p) => p !== '').join(', ') || 'tidak ada temuan';
}

/** The short result: errors, warnings, completeness. */
export function resultLine(result: ValidationResult): string {
  const c = result.completeness.total;
  return `Hasil: ${formatNumber(result.errors)} galat, ${formatNumber(result.warnings)} peringatan. Kelengkapan isian wajib: ${percent(c)} (${formatNumber(c.filled)} dari ${formatNumber(c.required)} sel).`;
}

/** The readable summary: the result, then the findings grouped by sheet, then completeness per sheet. */
export function summaryText(result: ValidationResult, title: string, perSheet = SHOWN_PER_SHEET): string[] {
  const lines: string[] = [title, resultLine(result)];
  const completeness = new Map(result.completeness.sheets.map((e) => [normaliseSheetName(e.sheet), e]));
  const bySheet = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const list = bySheet.get(f.sheet);
    if (list === undefined) bySheet.set(f.sheet, [f]);
    else list.push(f);
  }
  let listed = 0;
  for (const [sheet, findings] of bySheet) {
    const c = completeness.get(normaliseSheetName(sheet));
    lines.push('', `${sheet} — ${counts(findings)}${c === undefined ? '' : `; kelengkapan ${percent(c)}`}`);
    const room = Math.max(0, Math.min(perSheet, FINDINGS_LIMIT - listed));
    for (const f of findings.slice(0, room)) {
      const { message, saran } = describeFinding(f);
      lines.push(`  • ${severityLabel(f.severity)}: ${message}`, `    Saran: ${saran}`);
    }
    listed += Math.min(room, findings.length);
    if (findings.length > room) {
      lines.push(
        `  … dan ${formatNumber(findings.length - room)} temuan lain di sheet ini (lihat sheet Temuan dengan --report, atau --json).`,
      );
    }
  }
  lines.push('', 'Kelengkapan per sheet (sel wajib yang terisi):');
  const width = Math.max(...result.completeness.sheets.map((e) => e.sheet.length));
  for (const e of result.completeness.sheets) {
    lines.push(
      `  ${e.sheet.padEnd(width)}  ${percent(e).padStart(7)}  (${formatNumber(e.filled)} dari ${formatNumber(e.required)})`,
    );
  }
  return lines;
}

export async function runValidate(args: ParsedArgs, io: CliIo): Promise<number> {
  if (flagBool(args, 'help')) {
    io.out(HELP_VALIDATE);
    return 0;
  }
  checkFlags(args, ['json', 'report'], 'validate');
  const fileArg = args.positional[0];
  if (!fileArg || args.positional.length > 1) {
    throw new LakipError('usage', 'Sebutkan satu file tracker, mis. lakip validate tracker-2017.xlsx');
  }
  checkInputName(fileArg, io.cwd, 'lakip validate tracker-2017.xlsx');
  const json = flagBool(args, 'json');
  const outcome = await validateFile({
    file: path.resolve(io.cwd, fileArg),
    report: flagBool(args, 'report'),
  });
  const { result } = outcome;
  if (json) {
    io.out(JSON.stringify(validationJson(result), null, 2));
  } else {
    const who = [outcome.unit, outcome.tahun === null ? '' : `Tahun Laporan ${outcome.tahun}`]
      .filter((s) => s !== '')
      .join(', ');
    for (const line of summaryText(result, `Validasi ${fileArg}${who === '' ? '' : ` — ${who}`}`))
      io.out(line);
  }
  if (outcome.reportWritten) {
    const say = json ? io.err : io.out;
    if (!json) say('');
    say(
      `Sheet ${TEMUAN_SHEET} ditulis ulang di ${fileArg} (${formatNumber(Math.min(result.findings.length, FINDINGS_LIMIT))} temuan, dengan tautan ke setiap sel). Sheet lain tidak diubah.`,
    );
  }
  return result.errors > 0 ? 1 : 0;
}
