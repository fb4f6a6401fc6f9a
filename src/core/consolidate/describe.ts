/**
 * A consolidation's report in Indonesian sentences, one per line, for both front ends (the CLI
 * prints them; the add-in can list them). Findings use the shared `describeFinding` words.
 */
import { describeFinding } from '../findings/messages';
import { formatRawForMessage } from '../format/indonesian';
import { isFormulaValue, isLinkValue, type PlanValue } from '../plan/plan';
import type { ConsolidationResult, SourceReport } from './consolidate';

export interface ConsolidationText {
  /** One line per source: merged (with counts) or skipped (with the reason). */
  readonly sources: readonly string[];
  /** One line per conflict, with every source's value. */
  readonly conflicts: readonly string[];
  /** One line per tracker cell whose value is replaced. */
  readonly changes: readonly string[];
  /** One line per finding (message and saran). */
  readonly findings: readonly string[];
  /** Where the merge stands: every bagian in, or who is still missing. */
  readonly status: readonly string[];
}

function shownValue(v: PlanValue): string {
  if (isFormulaValue(v) || isLinkValue(v)) return formatRawForMessage(null);
  return formatRawForMessage(v);
}

function sourceLine(s: SourceReport): string {
  const who = s.bagian === null ? s.name : `${s.name} (${s.bagian})`;
  if (s.status === 'skipped') return `${who}: dilewati. ${s.reason ?? ''}`.trim();
  const parts = [
    s.merged > 0
      ? `${s.merged} baris digabung (${s.added} baru, ${s.replaced} diperbarui, ${s.unchanged} sudah sama)`
      : 'tidak ada baris yang digabung',
  ];
  if (s.empty > 0) parts.push(`${s.empty} baris belum diisi`);
  if (s.rejected > 0) parts.push(`${s.rejected} baris tidak digabung (lihat temuan)`);
  if (s.conflicts > 0) parts.push(`${s.conflicts} sel bentrok dengan file lain`);
  if (s.kept > 0) parts.push(`${s.kept} sel kosong di file, isi tracker dipertahankan`);
  if (s.missingIndicators.length > 0) parts.push(`tidak ada baris untuk ${s.missingIndicators.join(', ')}`);
  return `${who}: ${parts.join('; ')}.`;
}

export function describeConsolidation(result: ConsolidationResult): ConsolidationText {
  if (result.trackerError !== null) {
    return { sources: [], conflicts: [], changes: [], findings: [], status: [result.trackerError] };
  }
  const conflicts = result.conflicts.map((c) => {
    const values = c.values.map((v) => `${v.source}: ${shownValue(v.value)}`).join(', ');
    const kept =
      c.trackerCell === null
        ? 'sel di tracker dibiarkan kosong'
        : `sel ${c.trackerCell} di tracker tetap ${formatRawForMessage(c.trackerValue)}`;
    return `${c.kodeIndikator} · ${c.column}: nilai berbeda — ${values}; ${kept}. Pastikan nilai yang benar dengan bagian, perbaiki filenya, lalu gabungkan ulang.`;
  });
  const changes = result.changes.map(
    (c) =>
      `${c.cell} (${c.kodeIndikator} · ${c.column}): ${formatRawForMessage(c.before)} diganti ${shownValue(c.after)} dari ${c.sources.join(', ')}.`,
  );
  const findings = result.findings.map((f) => {
    const t = describeFinding(f);
    return `${t.message} ${t.saran}`;
  });
  const status = result.allBagianIn
    ? [
        result.sopStep3Plan === undefined
          ? 'Data kinerja semua bagian sudah masuk.'
          : 'Data kinerja semua bagian sudah masuk: langkah 3 SOP (menghimpun format data) dapat ditandai Selesai.',
      ]
    : result.missingBagian.length > 0
      ? [`Belum masuk: data kinerja ${result.missingBagian.join(', ')}.`]
      : [];
  return { sources: result.perSource.map(sourceLine), conflicts, changes, findings, status };
}

/**
 * A source's line without the file name a list already shows above it, and without the
 * "dilewati." a badge already says, starting with a capital (the Konsolidasi view).
 */
export function sourceDetail(line: string, name: string): string {
  if (!line.startsWith(name)) return line;
  const rest = line
    .slice(name.length)
    .replace(/^ \([^)]*\)/, '')
    .replace(/^:\s*/, '')
    .replace(/^dilewati\.\s*/, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
