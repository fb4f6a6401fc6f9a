/**
 * Rekap: many kecamatan trackers into one summary for the kabupaten (or the kota). Each tracker
 * is first reduced to its `UnitFacts` (`summariseTracker`, core/rekap/facts.ts), one at a time;
 * `buildRekap` takes those facts (and the files that could not be read) and returns plain data
 * — the year, the units, the matched indicators, the skipped files with one sentence each — and
 * the WritePlan of the new workbook's four sheets (core/rekap/sheets.ts).
 *
 * The result does not depend on the order of the files: inputs are sorted by file name (which
 * decides which of two trackers of one unit is kept), units by their name.
 */
import { isLakipError } from '../errors';
import { readTrackerModel } from '../model/tracker-model';
import type { WorkbookSnapshot } from '../snapshot';
import { summariseModel } from '../rekap/facts';
import { classifyWorkbook } from './workbook-kind';
import { findingGroup, FINDING_CATEGORIES, type FindingGroup } from '../findings/categories';
import { FINDING_CODES, type FindingCode } from '../findings/finding';
import { formatNumber, formatPercent } from '../format/indonesian';
import { atExcelPrecision } from '../lakip/arithmetic';
import type { WritePlan } from '../plan/plan';
import type { RekapIndicator, RekapSkip, TrackerFacts, UnitFacts } from '../rekap/facts';
import { matchIndicators, normaliseName } from '../rekap/match';
import { buildRekapPlan, buildRekapTables, type RekapTable } from '../rekap/sheets';

export type { RekapSkip, TrackerFacts, UnitFacts } from '../rekap/facts';
/**
 * One tracker reduced to what the rekap keeps of it, read once; a bagian's data format or a
 * workbook that is no tracker (the one rule of `workbook-kind.ts`) is skipped with its sentence.
 */
export function summariseTracker(snapshot: WorkbookSnapshot, file: string): TrackerFacts {
  const kind = classifyWorkbook(snapshot);
  const skip = (reason: string): TrackerFacts => ({ kind: 'skip', skip: { file, reason } });
  if (kind.kind === 'format') {
    return skip(
      `${file} adalah format data kinerja bagian ${kind.format.bagian}, bukan tracker kecamatan, jadi tidak direkap; rekap memakai tracker setiap kecamatan.`,
    );
  }
  if (kind.kind === 'none') {
    return skip(`${file} bukan tracker LAKIP (tidak ada sheet tracker yang dikenali), jadi tidak direkap.`);
  }
  return summariseModel(readTrackerModel(snapshot), file);
}

/**
 * A tracker that could not be read, as the rekap skips it: the reader's own sentence (the input
 * guard's, for a foreign or damaged file), or, for a failure without one, the sentence for a
 * damaged file. The rest are still summarised.
 */
export function unreadableTracker(file: string, error: unknown): TrackerFacts {
  const reason = isLakipError(error)
    ? error.userMessage
    : `File "${file}" rusak atau tidak lengkap sehingga tidak dapat dibaca; minta salinan baru dari kecamatannya, atau buka di Excel lalu simpan ulang sebagai .xlsx.`;
  return { kind: 'skip', skip: { file, reason } };
}

export type { RekapIndicator } from '../rekap/facts';

/** The `--json` of `lakip rekap`, exactly its contract. */
export interface RekapJson {
  readonly tahun: number | null;
  readonly units: readonly string[];
  readonly indicators: readonly {
    readonly kode: string;
    readonly indikator: string;
    readonly capaian: Readonly<Record<string, number | null>>;
  }[];
  readonly anggaran: Readonly<Record<string, { readonly pagu: number; readonly realisasi: number }>>;
  readonly skipped: readonly RekapSkip[];
}

export interface Rekap {
  /** The Tahun Laporan the units share; null when no tracker could be summarised. */
  readonly tahun: number | null;
  /** The kabupaten most units name (empty when none does). */
  readonly kabupaten: string;
  /** The units summarised, sorted by name. */
  readonly units: readonly UnitFacts[];
  readonly indicators: readonly RekapIndicator[];
  /** Sorted by file name. */
  readonly skipped: readonly RekapSkip[];
  /** Finding groups any unit has, in the contract's order (the Rekap Pemeriksaan columns). */
  readonly groups: readonly FindingGroup[];
  readonly tables: readonly RekapTable[];
  /** One sentence per indicator naming the best and the lowest unit (the .docx). */
  readonly sentences: readonly string[];
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byName = (a: string, b: string): number =>
  a.localeCompare(b, 'id', { sensitivity: 'base', numeric: true }) || byCodePoint(a, b);

/** The year most trackers have; a tie goes to the later year. */
function commonYear(units: readonly UnitFacts[]): number | null {
  const counts = new Map<number, number>();
  for (const u of units) counts.set(u.tahun, (counts.get(u.tahun) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, n] of counts) {
    const bestN = best === null ? 0 : (counts.get(best) ?? 0);
    if (best === null || n > bestN || (n === bestN && year > best)) best = year;
  }
  return best;
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== '') counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0]))[0]?.[0] ?? '';
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} dan ${names[names.length - 1] ?? ''}`;
}

function indicatorSentence(ind: RekapIndicator, units: readonly string[]): string {
  const label = ind.kode !== '' ? `${ind.indikator} (${ind.kode})` : ind.indikator;
  const withValue = units
    .map((name, i) => ({ name, v: ind.capaian[i] ?? null }))
    .filter((x): x is { name: string; v: number } => x.v !== null);
  if (withValue.length === 0) return `Capaian indikator ${label} belum dapat dihitung di unit mana pun.`;
  if (withValue.length === 1) {
    const only = withValue[0] as { name: string; v: number };
    return `Capaian indikator ${label} hanya dapat dihitung di ${only.name}: ${formatPercent(only.v)}.`;
  }
  const hi = ind.tertinggi as number;
  const lo = ind.terendah as number;
  const at = (v: number): string => joinNames(withValue.filter((x) => x.v === v).map((x) => x.name));
  if (hi === lo) return `Capaian indikator ${label} sama di ${at(hi)}: ${formatPercent(hi)}.`;
  return `Capaian indikator ${label} tertinggi di ${at(hi)} (${formatPercent(hi)}) dan terendah di ${at(lo)} (${formatPercent(lo)}); rata-rata ${formatPercent(ind.rataRata as number)}.`;
}

/**
 * The rekap of the trackers' facts. `inputs` may come in any order; files that could not be
 * read at all are given as skips (`{ kind: 'skip' }`) with the reader's sentence.
 */
export function buildRekap(inputs: readonly TrackerFacts[]): Rekap {
  const fileOf = (t: TrackerFacts): string => (t.kind === 'unit' ? t.facts.file : t.skip.file);
  const sorted = [...inputs].sort((a, b) => byCodePoint(fileOf(a), fileOf(b)));
  const skipped: RekapSkip[] = [];
  const candidates: UnitFacts[] = [];
  for (const t of sorted) {
    if (t.kind === 'skip') skipped.push(t.skip);
    else candidates.push(t.facts);
  }
  const tahun = commonYear(candidates);
  const kept = new Map<string, UnitFacts>();
  for (const u of candidates) {
    if (u.tahun !== tahun) {
      skipped.push({
        file: u.file,
        reason: `${u.file} (${u.unit}) tidak direkap: Tahun Laporan-nya ${u.tahun}, bukan ${tahun ?? ''} seperti tracker lainnya; rekap tahun ${u.tahun} terpisah dengan tracker tahun itu.`,
      });
      continue;
    }
    const key = normaliseName(u.unit);
    const first = kept.get(key);
    if (first !== undefined) {
      skipped.push({
        file: u.file,
        reason: `${u.file} tidak direkap: unit kerja ${u.unit} sudah direkap dari ${first.file}; sertakan satu tracker saja untuk setiap kecamatan.`,
      });
      continue;
    }
    kept.set(key, u);
  }
  skipped.sort((a, b) => byCodePoint(a.file, b.file));
  const units = [...kept.values()].sort((a, b) => byName(a.unit, b.unit));
  const names = units.map((u) => u.unit);

  const indicators: RekapIndicator[] = matchIndicators(units).map((row) => {
    const cells = names.map((n) => row.cells.get(n));
    const capaian = cells.map((c) => c?.indicator.capaian ?? null);
    const values = capaian.filter((v): v is number => v !== null);
    const sum = values.reduce((a, b) => a + b, 0);
    return {
      kode: row.kode,
      indikator: row.indikator,
      satuan: row.satuan,
      capaian,
      kategori: cells.map((c) => c?.indicator.kategori ?? null),
      matchedBy: cells.map((c) => c?.by ?? null),
      reasons: cells.map((c) =>
        c !== undefined && c.indicator.capaian === null
          ? (c.indicator.reason ?? 'belum dapat dihitung')
          : null,
      ),
      rataRata: values.length === 0 ? null : atExcelPrecision(sum / values.length),
      tertinggi: values.length === 0 ? null : Math.max(...values),
      terendah: values.length === 0 ? null : Math.min(...values),
      missing: names.filter((_, i) => cells[i] === undefined),
    };
  });

  const codeOrder = Object.keys(FINDING_CODES) as FindingCode[];
  const groupOrder = [...new Set(codeOrder.map(findingGroup))];
  const groups = groupOrder.filter((g) => units.some((u) => u.pemeriksaan.byGroup[g] !== undefined));
  const kabupaten = mostCommon(units.map((u) => u.kabupaten));
  const base = { tahun, kabupaten, units, indicators, skipped, groups };
  return {
    ...base,
    tables: buildRekapTables(base, FINDING_CATEGORIES),
    sentences: indicators.map((ind) => indicatorSentence(ind, names)),
  };
}

/** The workbook of the rekap: its four sheets, nothing else. */
export function rekapPlan(rekap: Rekap): WritePlan {
  return buildRekapPlan(rekap.tables);
}

/** `lakip rekap --json`. */
export function rekapJson(rekap: Rekap): RekapJson {
  const names = rekap.units.map((u) => u.unit);
  return {
    tahun: rekap.tahun,
    units: names,
    indicators: rekap.indicators.map((ind) => ({
      kode: ind.kode,
      indikator: ind.indikator,
      capaian: Object.fromEntries(names.map((n, i) => [n, ind.capaian[i] ?? null])),
    })),
    anggaran: Object.fromEntries(
      rekap.units.map((u) => [u.unit, { pagu: u.anggaran.pagu, realisasi: u.anggaran.realisasi }]),
    ),
    skipped: rekap.skipped.map((s) => ({ file: s.file, reason: s.reason })),
  };
}

/** What one unit's tracker gave, in one line (the CLI and the task pane). */
export function unitLine(u: UnitFacts): string {
  const computed = u.indicators.filter((i) => i.capaian !== null).length;
  const serapan =
    u.anggaran.pagu === 0
      ? 'serapan belum dapat dihitung'
      : `serapan ${formatPercent((u.anggaran.realisasi / u.anggaran.pagu) * 100)}`;
  return `${u.unit} — ${formatNumber(u.indicators.length)} indikator (${formatNumber(computed)} capaian terhitung), ${serapan}, SOP ${u.sop.done} dari ${u.sop.total} langkah, ${u.pemeriksaan.galat} galat, ${u.pemeriksaan.peringatan} peringatan.`;
}

/** `Rekap Kinerja Kabupaten Lumajang 2017.xlsx`. */
export function rekapFileName(rekap: Pick<Rekap, 'kabupaten' | 'tahun'>): string {
  return `${[
    'Rekap Kinerja',
    rekap.kabupaten !== '' ? `Kabupaten ${rekap.kabupaten}` : '',
    rekap.tahun === null ? '' : String(rekap.tahun),
  ]
    .filter((s) => s !== '')
    .join(' ')}.xlsx`;
}
