/**
 * Validation findings in the order a person reads them (the contract's order stays in the
 * JSON and the Temuan sheet): the user's own mistakes (galat) first, by sheet; then the other
 * warnings, by sheet; last the "no data yet" warnings that are normal early in the year — a
 * document still Belum Ada, a document sheet still empty — grouped into one line per sheet.
 */
import type { Finding, FindingOf } from '../findings/finding';
import { normaliseSheetName } from '../snapshot';
import type { ValidationResult } from './validate';

export interface SheetFindings {
  readonly sheet: string;
  readonly findings: readonly Finding[];
}

export interface EarlyLine {
  readonly sheet: string;
  /** How many findings the line stands for. */
  readonly count: number;
  /** `Dokumen: 14 dokumen masih berstatus Belum Ada (Cascading Kinerja, …).` */
  readonly text: string;
}

export interface ValidationDigest {
  readonly errors: readonly SheetFindings[];
  readonly warnings: readonly SheetFindings[];
  readonly early: readonly EarlyLine[];
  /** Findings the early lines stand for. */
  readonly earlyCount: number;
}

/** A warning that only says the data is not there yet (normal before the documents come in). */
export function isEarlyWarning(f: Finding): boolean {
  return (
    f.severity === 'warning' &&
    (f.code === 'sheet/empty' || (f.code === 'doc/missing' && f.detail.listed))
  );
}

function bySheet(findings: readonly Finding[]): SheetFindings[] {
  const out: { sheet: string; findings: Finding[] }[] = [];
  const at = new Map<string, { sheet: string; findings: Finding[] }>();
  for (const f of findings) {
    const key = normaliseSheetName(f.sheet);
    let entry = at.get(key);
    if (entry === undefined) {
      entry = { sheet: f.sheet, findings: [] };
      at.set(key, entry);
      out.push(entry);
    }
    entry.findings.push(f);
  }
  return out;
}

const NAMES_SHOWN = 4;

function earlyLine(group: SheetFindings): EarlyLine {
  const empty = group.findings.filter((f): f is FindingOf<'sheet/empty'> => f.code === 'sheet/empty');
  const missing = group.findings.filter((f): f is FindingOf<'doc/missing'> => f.code === 'doc/missing');
  const parts: string[] = [];
  if (empty.length > 0) {
    const status = empty[0]?.detail?.status;
    parts.push(`sheet belum berisi data${status !== undefined ? ` (status dokumen: ${status})` : ''}`);
  }
  if (missing.length > 0) {
    const names = missing.map((f) => (f.detail.listed ? f.detail.nama : (f.cell ?? '')));
    const shown = names.slice(0, NAMES_SHOWN).join(', ');
    const more = names.length > NAMES_SHOWN ? `, dan ${names.length - NAMES_SHOWN} lainnya` : '';
    parts.push(`${missing.length} dokumen masih berstatus Belum Ada (${shown}${more})`);
  }
  return { sheet: group.sheet, count: group.findings.length, text: `${group.sheet}: ${parts.join('; ')}.` };
}

export function digestFindings(result: Pick<ValidationResult, 'findings'>): ValidationDigest {
  const errors = result.findings.filter((f) => f.severity === 'error');
  const early = result.findings.filter(isEarlyWarning);
  const warnings = result.findings.filter((f) => f.severity === 'warning' && !isEarlyWarning(f));
  return {
    errors: bySheet(errors),
    warnings: bySheet(warnings),
    early: bySheet(early).map(earlyLine),
    earlyCount: early.length,
  };
}
