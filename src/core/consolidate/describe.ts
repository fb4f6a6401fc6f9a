/**
 * A consolidation's report in Indonesian sentences, one per line, for both front ends (the CLI
 * prints them; the add-in lists them). The result is coded data (skip reasons, tracker
 * problems, conflicts); the words are only here. Findings use the shared `describeFinding`.
 */
import { describeFinding } from '../findings/messages';
import { formatRawForMessage } from '../format/indonesian';
import { isFormulaValue, isLinkValue, type PlanValue } from '../plan/plan';
import type { ConsolidationResult, SkipReason, SourceReport, TrackerProblem } from './consolidate';

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

/** Why the tracker cannot take the consolidation, in one sentence with what to do. */
export function describeTrackerProblem(p: TrackerProblem): string {
  switch (p.problem) {
    case 'is-format':
      return `Workbook ini adalah format data kinerja bagian ${p.bagian}, bukan tracker: buka tracker-nya, lalu gabungkan format bagian ke sana.`;
    case 'swapped':
      return `Urutannya terbalik: ${p.trackerName} adalah format data kinerja bagian ${p.bagian}, bukan tracker, sedangkan ${p.tracker} adalah tracker. Sebutkan tracker lebih dulu, lalu format bagian: lakip consolidate ${p.tracker} ${p.formats.join(' ')}`;
    case 'format-given':
      return `${p.trackerName} adalah format data kinerja bagian ${p.bagian}, bukan tracker. Sebutkan file tracker lebih dulu, lalu format bagian, mis. lakip consolidate tracker-${p.tahunLaporan ?? 2017}.xlsx ${p.trackerName}`;
    case 'no-pk':
      return 'Tracker tidak punya sheet PK, sehingga tidak diketahui indikator mana milik bagian mana; jalankan lakip init lalu isi sheet PK.';
    case 'pk-columns':
      return `Sheet ${p.sheet} di tracker tidak punya kolom Kode Indikator dan Penanggung Jawab, sehingga format bagian tidak dapat dicocokkan; perbaiki judul kolomnya.`;
    case 'no-data-kinerja':
      return 'Tracker tidak punya sheet Data Kinerja; jalankan lakip init pada tracker untuk menambahkannya, lalu ulangi penggabungan.';
    case 'data-no-header':
      return `Sheet ${p.sheet} di tracker tidak punya baris judul dengan kolom Kode Indikator di 10 baris teratas; perbaiki judul kolomnya atau jalankan lakip init.`;
    case 'data-duplicate-columns':
      return `Sheet ${p.sheet} di tracker punya judul kolom ganda; hapus atau ganti judul yang ganda lebih dulu agar data tidak tertulis ke kolom yang salah.`;
  }
}

/** Why a source was skipped, in one sentence with what to do. */
export function describeSkip(s: SkipReason): string {
  switch (s.reason) {
    case 'tracker-unusable':
      return describeTrackerProblem(s.problem);
    case 'unreadable':
      return s.message;
    case 'not-a-format':
      return 'File ini bukan format data kinerja dari LAKIP Tracker (sheet Pengaturan-nya tidak berisi "Format Data Kinerja untuk Bagian"), jadi dilewati; minta bagian mengisi format yang dibuat LAKIP Tracker (menu Konsolidasi di add-in, atau perintah lakip format).';
    case 'unknown-bagian':
      return `Format ini untuk bagian "${s.bagian}", yang tidak ada di sheet Bagian tracker, jadi dilewati; tambahkan bagian itu atau buat ulang formatnya dari tracker ini.`;
    case 'other-year':
      return `Format ini untuk Tahun Laporan ${s.formatYear}, sedangkan tracker untuk tahun ${s.trackerYear}, jadi dilewati; kirim format tahun ${s.trackerYear} kepada ${s.bagianNama}.`;
    case 'no-data-sheet':
      return `Format ini tidak punya sheet ${s.sheet}, jadi dilewati; minta ${s.bagianNama} mengisi format yang asli.`;
    case 'no-header':
      return `Sheet ${s.sheet} tidak punya baris judul dengan kolom Kode Indikator di 10 baris teratas, jadi dilewati; judul kolom format jangan diubah.`;
  }
}

/** What became of a merged source: its counts, as one clause list (`3 baris digabung (…); …`). */
function mergedParts(s: SourceReport): string {
  const parts = [
    s.merged > 0
      ? `${s.merged} baris digabung (${s.added} baru, ${s.replaced} diperbarui, ${s.unchanged} sudah sama)`
      : 'tidak ada baris yang digabung',
  ];
  if (s.ratioCells > 0) parts.push(`${s.ratioCells} angka pembilang/penyebut`);
  if (s.empty > 0) parts.push(`${s.empty} baris belum diisi`);
  if (s.rejected > 0) parts.push(`${s.rejected} baris tidak digabung (lihat temuan)`);
  if (s.conflicts > 0) parts.push(`${s.conflicts} sel bentrok dengan file lain`);
  if (s.kept > 0) parts.push(`${s.kept} sel kosong di file, isi tracker dipertahankan`);
  if (s.missingIndicators.length > 0) parts.push(`tidak ada baris untuk ${s.missingIndicators.join(', ')}`);
  return `${parts.join('; ')}.`;
}

function sourceLine(s: SourceReport): string {
  const who = s.bagian === null ? s.name : `${s.name} (${s.bagian})`;
  if (s.status === 'skipped')
    return `${who}: dilewati. ${s.skip === undefined ? '' : describeSkip(s.skip)}`.trim();
  return `${who}: ${mergedParts(s)}`;
}

export function describeConsolidation(result: ConsolidationResult): ConsolidationText {
  if (result.trackerError !== null) {
    return {
      sources: [],
      conflicts: [],
      changes: [],
      findings: [],
      status: [describeTrackerProblem(result.trackerError)],
    };
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
 * A source's outcome without the file name a list already shows above it, and without the
 * "dilewati." a badge already says, starting with a capital (the Konsolidasi view).
 */
export function sourceDetail(s: SourceReport): string {
  const text = s.status === 'skipped' ? (s.skip === undefined ? '' : describeSkip(s.skip)) : mergedParts(s);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
