/**
 * Before a data format is made: the galat of the PK in the columns a format copies (grey and
 * locked for the bagian). A bagian cannot fix a typo there — Polaritas "positip" or Metode
 * "rata rata" arrive blank in a locked cell — so the Sekcam is told first, cell by cell.
 */
import type { Finding } from '../findings/finding';
import { describeFinding } from '../findings/messages';
import { labelOf } from '../validate/context';
import { SCHEMAS } from '../schema/registry';
import type { WorkbookSnapshot } from '../snapshot';
import { normaliseSheetName } from '../snapshot';
import { validateTracker } from '../validate/validate';
import { findFormatBagian, indicatorsOf, readTrackerFacts } from './tracker-facts';

/** The PK columns a format copies (or needs to know whose row it is). */
export const FORMAT_PK_COLUMNS = [
  'kodeIndikator',
  'indikator',
  'satuan',
  'target',
  'polaritas',
  'metode',
  'pembilang',
  'penyebut',
  'isianRealisasi',
  'penanggungJawab',
] as const;

/**
 * The PK's galat that would reach the format (of one bagian, or of every bagian without
 * `bagianKode`), in the contract's order.
 */
export function formatBlockers(tracker: WorkbookSnapshot, bagianKode?: string): Finding[] {
  const facts = readTrackerFacts(tracker);
  const pk = facts.pk;
  if (pk === undefined) return [];
  const labels = new Set(FORMAT_PK_COLUMNS.map((k) => labelOf(SCHEMAS.pk, k)));
  let rows: Set<number> | undefined;
  if (bagianKode !== undefined) {
    const bagian = findFormatBagian(facts, bagianKode);
    rows = new Set(bagian === undefined ? [] : indicatorsOf(facts, bagian).map((i) => i.row.excelRow));
  }
  const sheet = normaliseSheetName(pk.sheetName);
  return validateTracker(tracker, facts.model).findings.filter(
    (f) =>
      f.severity === 'error' &&
      normaliseSheetName(f.sheet) === sheet &&
      f.row !== undefined &&
      (rows === undefined || rows.has(f.row)) &&
      // Not ref/uncovered: an indicator without a Data Kinerja row is what a format is for.
      f.code !== 'ref/uncovered' &&
      (f.code === 'row/duplicate-key' || (f.column !== undefined && labels.has(f.column))),
  );
}

/** The lines that refuse the format: what, where, what to do. */
export function formatBlockerLines(blockers: readonly Finding[], max = 20): string[] {
  const lines = [
    `Format data kinerja tidak dibuat: sheet PK berisi ${blockers.length} galat di kolom yang disalin ke format. Di format kolom itu abu-abu dan dikunci, jadi bagian tidak dapat memperbaikinya (mis. Polaritas atau Metode Agregasi yang salah tulis akan kosong):`,
    ...blockers.slice(0, max).map((f) => `  • ${describeFinding(f).message}`),
  ];
  if (blockers.length > max)
    lines.push(`  … dan ${blockers.length - max} galat lain di sheet PK (lihat: lakip validate).`);
  lines.push('Perbaiki dulu sel itu di sheet PK, lalu buat formatnya lagi.');
  return lines;
}
