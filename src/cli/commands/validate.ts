import path from 'node:path';
import { withTrackerLock } from '../../adapters/xlsx/lock';
import { openForPatch, savePatched } from '../../adapters/xlsx/patch-file';
import { readSnapshotStreaming } from '../../adapters/xlsx/stream-read';
import { isLakipError, LakipError } from '../../core/errors';
import { describeSavedSheets } from '../../core/plan/save-report';
import type { Finding } from '../../core/findings/finding';
import { describeFinding, severityLabel } from '../../core/findings/messages';
import { FINDINGS_LIMIT, validationJson } from '../../core/report/validation-json';
import { formatNumber, formatShare } from '../../core/format/indonesian';
import { TEMUAN_SHEET } from '../../core/schema/registry';
import { normaliseSheetName } from '../../core/snapshot';
import type { CompletenessEntry } from '../../core/validate/completeness';
import { checkWorkbook, wasChecked } from '../../core/operations/check';
import { digestFindings } from '../../core/validate/digest';
import type { ValidationResult } from '../../core/validate/validate';
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
  /** Findings listed in the Temuan sheet (at most FINDINGS_LIMIT). */
  readonly listed: number;
  /** The Temuan sheet was written into the file. */
  readonly reportWritten: boolean;
  /** What the save did ("Sheet dibuat: Temuan. Sheet lain tidak diubah."), when it wrote. */
  readonly saved?: string;
  /** Why the Temuan sheet could not be saved (the findings are still there to show). */
  readonly saveError?: LakipError;
}

/** Validates a tracker file and, when asked, rebuilds its Temuan sheet. Leaves the file as it was on failure. */
export async function validateFile(req: ValidateRequest): Promise<ValidateOutcome> {
  return req.report ? withTrackerLock(req.file, () => validateUnlocked(req)) : validateUnlocked(req);
}

async function validateUnlocked(req: ValidateRequest): Promise<ValidateOutcome> {
  // Reading only: the streaming reader, faster and leaner on large trackers.
  const opened = req.report ? await openForPatch(req.file) : undefined;
  const snapshot = opened?.snapshot ?? (await readSnapshotStreaming(req.file));
  const checked = checkWorkbook(snapshot, { temuan: req.report });
  if (!wasChecked(checked)) throw notTrackerError(path.basename(req.file), checked.workbook.ownSheets);
  const { result, unit, tahun, temuan } = checked;
  const listed = temuan?.listed ?? 0;
  if (opened !== undefined && temuan !== undefined) {
    try {
      const saved = await savePatched(opened, temuan.plan);
      return {
        result,
        unit,
        tahun,
        listed,
        reportWritten: true,
        saved: describeSavedSheets(saved.sheetsCreated, saved.sheetsChanged),
      };
    } catch (e) {
      if (!isLakipError(e)) throw e;
      return { result, unit, tahun, listed, reportWritten: false, saveError: e };
    }
  }
  return { result, unit, tahun, listed, reportWritten: false };
}

/**
 * A workbook with none of the contract's sheets in the tracker's layout is not a tracker:
 * nothing to validate or export (exit 2), rather than an error for every sheet it lacks. A sheet
 * of the user's own that shares a tracker name is said.
 */
export function notTrackerError(name: string, own: readonly string[]): LakipError {
  return new LakipError(
    'usage',
    own.length === 0
      ? `${name} bukan tracker LAKIP: tidak ada satu pun sheet tracker (Pengaturan, SOP, PK …). Buat tracker dengan: lakip init ${name}`
      : `${name} bukan tracker LAKIP: sheet ${own.join(', ')} di file ini tersusun sendiri, bukan susunan sheet tracker, dan sheet tracker lain tidak ada. Buat tracker dengan: lakip init ${name} (sheet Anda tidak diubah).`,
  );
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

/** The closing line: plainly whether galat remain, and what to do. */
export function closingLine(result: ValidationResult, file: string): string {
  if (result.errors > 0) {
    return `Masih ada ${formatNumber(result.errors)} galat: perbaiki dulu sel yang disebut di bagian Galat, lalu jalankan lagi lakip validate ${file}. Selama galat masih ada, tabel LAKIP yang diekspor ditandai DRAF.`;
  }
  return result.warnings > 0
    ? `Tidak ada galat. ${formatNumber(result.warnings)} peringatan di atas perlu diperhatikan, tetapi tidak menghalangi ekspor.`
    : 'Tidak ada galat dan tidak ada peringatan.';
}

/**
 * The readable summary: the result; the galat first, by sheet; the other warnings, by sheet;
 * the "no data yet" warnings of early in the year, one line per sheet; completeness per sheet
 * (sheets init fills by itself are said so); and a closing line saying whether galat remain.
 */
export function summaryText(
  result: ValidationResult,
  title: string,
  perSheet = SHOWN_PER_SHEET,
  file = 'FILE',
): string[] {
  const lines: string[] = [title, resultLine(result)];
  const completeness = new Map(result.completeness.sheets.map((e) => [normaliseSheetName(e.sheet), e]));
  const share = (sheet: string): string => {
    const c = completeness.get(normaliseSheetName(sheet));
    return c === undefined || c.required === 0 ? '' : `; kelengkapan ${percent(c)}`;
  };
  const digest = digestFindings(result);
  let listed = 0;
  const list = (groups: readonly { sheet: string; findings: readonly Finding[] }[]): void => {
    for (const { sheet, findings } of groups) {
      lines.push('', `${sheet} — ${counts(findings)}${share(sheet)}`);
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
  };
  if (digest.errors.length > 0) {
    lines.push('', `GALAT — perbaiki lebih dulu (${formatNumber(result.errors)}):`);
    list(digest.errors);
  }
  if (digest.warnings.length > 0) {
    const n = digest.warnings.reduce((a, g) => a + g.findings.length, 0);
    lines.push('', `PERINGATAN (${formatNumber(n)}):`);
    list(digest.warnings);
  }
  if (digest.early.length > 0) {
    lines.push(
      '',
      `BELUM ADA DATANYA — wajar di awal tahun, diisi setelah dokumennya diterima (${formatNumber(digest.earlyCount)} peringatan):`,
    );
    for (const e of digest.early) lines.push(`  • ${e.text}`);
  }
  lines.push('', 'Kelengkapan per sheet (sel wajib yang harus Anda isi, yang sudah terisi):');
  const width = Math.max(...result.completeness.sheets.map((e) => e.sheet.length));
  for (const e of result.completeness.sheets) {
    lines.push(
      e.required === 0
        ? `  ${e.sheet.padEnd(width)}  ${'—'.padStart(7)}  (diisi otomatis oleh lakip init)`
        : `  ${e.sheet.padEnd(width)}  ${percent(e).padStart(7)}  (${formatNumber(e.filled)} dari ${formatNumber(e.required)})`,
    );
  }
  lines.push('', closingLine(result, file));
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
    for (const line of summaryText(
      result,
      `Validasi ${fileArg}${who === '' ? '' : ` — ${who}`}`,
      SHOWN_PER_SHEET,
      fileArg,
    ))
      io.out(line);
  }
  if (outcome.reportWritten) {
    const say = json ? io.err : io.out;
    if (!json) say('');
    say(
      `Sheet ${TEMUAN_SHEET} ditulis ulang di ${fileArg} (${formatNumber(outcome.listed)} temuan, dengan tautan ke setiap sel). ${outcome.saved ?? ''}`.trimEnd(),
    );
  }
  // The findings are shown above; the sheet Temuan could not be saved.
  if (outcome.saveError !== undefined) {
    io.err(outcome.saveError.userMessage);
    return 2;
  }
  return result.errors > 0 ? 1 : 0;
}
